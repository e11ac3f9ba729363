import { expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** One server with a short name, one whose name is two long words, as Alertmanager or Boondmanager on /servers/. */
const servers: ServerInput[] = [
  testServer({
    id: 'orders',
    name: 'Orders',
    tools: [{ name: 'delete_order', description: 'Deletes an order.', inputSchema: { type: 'object' } }],
  }),
  testServer({
    id: 'boondmanager',
    name: 'Boondmanager Orchestrator',
    tools: [{ name: 'list_projects', description: 'Lists projects.', inputSchema: { type: 'object' } }],
  }),
];

/** Tables whose first column holds words (category, risk and server names), not identifiers. */
const PAGES = ['/categories/', '/risk/', '/servers/', '/servers/by/riskiest/'];

describeInBrowser('tables whose first column holds words', () => {
  const site = buildAndServeInBrowser('word-columns', servers);

  test.each([320, 390])('never break a word of a category, risk or server name (%i px)', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    try {
      const page = await context.newPage();
      const broken: string[] = [];
      for (const path of PAGES) {
        await page.goto(site.server.origin + path);
        const words = await page.locator('main table tbody tr > :first-child').evaluateAll((cells) =>
          cells.flatMap((cell) => {
            const split: string[] = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of node.textContent!.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) split.push(match[0]);
              }
            }
            return split;
          }),
        );
        broken.push(...words.map((word) => `${path} ${word}`));
      }
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
