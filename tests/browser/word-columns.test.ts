import { expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';

const server: ServerInput = {
  id: 'orders',
  name: 'Orders',
  run: { command: 'npx -y orders-mcp' },
  source: { kind: 'tools-list-json', date: '2026-11-01' },
  tools: [{ name: 'delete_order', description: 'Deletes an order.', inputSchema: { type: 'object' } }],
};

describeInBrowser('tables whose first column holds words', () => {
  const site = buildAndServeInBrowser('word-columns', [server]);

  test.each([320, 390])('/categories/ and /risk/ keep each category and risk name on one line at %i px', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    try {
      const page = await context.newPage();
      const broken: string[] = [];
      for (const path of ['/categories/', '/risk/']) {
        await page.goto(site.server.origin + path);
        const names = await page.locator('main table tbody tr > :first-child').evaluateAll((cells) =>
          cells.filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
          }).map((cell) => cell.textContent!.trim()),
        );
        broken.push(...names.map((name) => `${path} ${name}`));
      }
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
