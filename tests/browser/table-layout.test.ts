import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser } from '../support/browser.ts';

/** Servers whose tool tables have long one-line summaries, which squeeze the narrow Category and Risk columns. */
const SERVER_PATHS = ['/servers/github/', '/servers/azure/', '/servers/cloudflare/'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** How many lines each header cell of the tool table's head takes (one client rect per line of its text). */
function headerLineCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-tool-table] thead th').evaluateAll((cells) =>
    Object.fromEntries(
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return [cell.textContent?.trim() ?? '', lines.size];
      }),
    ),
  );
}

/** The narrowest "What it does" cell of the tool table, in CSS pixels. */
function narrowestSummary(page: Page): Promise<number> {
  return page.locator('[data-tool-table] tbody td:nth-child(2)').evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
}

describeInBrowser('a server page’s tool table', () => {
  const site = serveInBrowser(distOf('shipped'));

  test.each(VIEWPORTS)('keeps every column header on one line, never broken mid-word ($width px wide)', async (viewport) => {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      for (const path of SERVER_PATHS) {
        expect((await page.goto(site.server.origin + path))?.status()).toBe(200);
        expect(await headerLineCounts(page), path).toEqual({ Tool: 1, 'What it does': 1, Category: 1, Risk: 1 });
      }
    } finally {
      await context.close();
    }
  });

  test.each(VIEWPORTS)('never squeezes a summary to a few letters a line: the table scrolls sideways instead ($width px wide)', async (viewport) => {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      for (const path of SERVER_PATHS) {
        expect((await page.goto(site.server.origin + path))?.status()).toBe(200);
        // 10rem: room for two or three words a line.
        expect(await narrowestSummary(page), path).toBeGreaterThanOrEqual(160);
      }
    } finally {
      await context.close();
    }
  });
});
