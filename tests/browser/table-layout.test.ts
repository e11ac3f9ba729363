import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser } from '../support/browser.ts';

/** Pages with tables: server pages whose tool tables have long one-line summaries, and the listings. */
const TABLE_PAGES = ['/servers/github/', '/servers/azure/', '/servers/cloudflare/', '/servers/', '/review/', '/categories/write/', '/risk/critical/'];
const SERVER_PAGES = TABLE_PAGES.filter((path) => /^\/servers\/[^/]+\/$/.test(path));
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
/** Rows read per table: enough to meet every column's longest words without timing a 100-row page word by word. */
const ROWS = 30;

/** Header cells of the main tables that take more than one line (one client rect per line of their text). */
function wrappedHeaders(page: Page): Promise<string[]> {
  return page.locator('main table thead th').evaluateAll((cells) =>
    cells.filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    }).map((cell) => cell.textContent?.trim() ?? ''),
  );
}

/** Words broken across lines in the main tables' cells outside the first column (which holds identifiers). */
function brokenWords(page: Page, rows: number): Promise<string[]> {
  return page.locator('main table tbody').evaluateAll((bodies, rows) => {
    const broken: string[] = [];
    for (const body of bodies) {
      for (const row of [...(body as HTMLTableSectionElement).rows].slice(0, rows)) {
        for (const cell of [...row.cells].slice(1)) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/[^\s\-‐–—]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) broken.push(match[0]);
            }
          }
        }
      }
    }
    return broken;
  }, rows);
}

/** The narrowest "What it does" cell of a server page's tool table, in CSS pixels. */
function narrowestSummary(page: Page): Promise<number> {
  return page.locator('[data-tool-table] tbody td:nth-child(2)').evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
}

describeInBrowser('tables on narrow and wide screens', () => {
  const site = serveInBrowser(distOf('shipped'));

  async function eachPage(viewport: { width: number; height: number }, paths: readonly string[], check: (page: Page, path: string) => Promise<void>): Promise<void> {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      for (const path of paths) {
        expect((await page.goto(site.server.origin + path))?.status(), path).toBe(200);
        await check(page, path);
      }
    } finally {
      await context.close();
    }
  }

  test.each(VIEWPORTS)('keeps every column header on one line ($width px wide)', (viewport) =>
    eachPage(viewport, TABLE_PAGES, async (page, path) => expect(await wrappedHeaders(page), path).toEqual([])));

  test.each(VIEWPORTS)('never breaks a word of a cell outside the first column: a table too wide scrolls sideways instead ($width px wide)', (viewport) =>
    eachPage(viewport, TABLE_PAGES, async (page, path) => expect(await brokenWords(page, ROWS), path).toEqual([])));

  test.each(VIEWPORTS)('never squeezes a server page’s summaries to a few letters a line ($width px wide)', (viewport) =>
    // 10rem: room for two or three words a line.
    eachPage(viewport, SERVER_PAGES, async (page, path) => expect(await narrowestSummary(page), path).toBeGreaterThanOrEqual(160)));
});
