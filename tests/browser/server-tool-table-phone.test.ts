import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Category } from '../../src/lib/taxonomy.ts';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** eBay-like: long one-token names, one-sentence summaries, every category, and a tool without a description. */
const TOOLS: [name: string, description: string, category: Category][] = [
  ['ebay_create_refund_for_payment_dispute_evidence_of_marketplace_order', 'Issue a full or partial refund for an eBay order, with the evidence of the payment dispute attached.', 'Financial'],
  ['ebay_delete_inventory_item_group', 'Delete an inventory item group and every variation listing in it.', 'Destructive'],
  ['ebay_run_bulk_migrate_listing', 'Migrate listings to the inventory model, see https://developer.ebay.com/api-docs/sell/inventory/resources/listing/methods/bulkMigrateListing for the limits.', 'Execute'],
  ['ebay_bulk_update_price_quantity', 'Bulk update price and quantity for multiple offers.', 'Write'],
  ['qmetry_fetch_test_case_runs_by_test_suite_run_and_linked_requirements', 'Fetches the runs of a test suite run with their linked requirements.', 'Read'],
  ['ping', '', 'Other'],
];
const big = testServer({
  id: 'market',
  name: 'Market',
  tools: TOOLS.map(([name, description, category]) => ({ name, ...(description ? { description } : {}), inputSchema: { type: 'object' }, override: { category, reason: 'test fixture' } })),
});
const small = testServer({
  id: 'notes',
  name: 'Notes',
  tools: [{ name: 'delete_note', description: 'Deletes a note.', inputSchema: { type: 'object' }, override: { category: 'Destructive', reason: 'test fixture' } }],
});
const PATHS = ['/servers/market/', '/servers/notes/'];
/** A common phone and WCAG 2.1's reflow width (1.4.10). */
const PHONES = [390, 320];
/** Tablets, where the table keeps its columns: just above the phone layout, portrait, landscape. */
const TABLETS = [641, 768, 1024];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A node of Chromium's accessibility tree (CDP Accessibility domain). */
interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The tool table's own width, how far its box scrolls sideways, and the right edge of its furthest cell, in CSS pixels. */
function tableWidths(page: Page): Promise<{ table: number; scrollsBy: number; rightmostCell: number }> {
  return page.locator('[data-tool-table]').evaluate((table) => {
    const box = table.parentElement!;
    const cells = [...table.querySelectorAll('tbody :is(th, td)')];
    return { table: table.getBoundingClientRect().width, scrollsBy: box.scrollWidth - box.clientWidth, rightmostCell: Math.max(...cells.map((c) => c.getBoundingClientRect().right)) };
  });
}

describeInBrowser('a server page’s tool table on a phone', () => {
  const site = buildAndServeInBrowser('tool-table-phone', [big, small]);

  async function withPage(width: number, check: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    try {
      await check(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  test.each([...PHONES, ...TABLETS])('fits %i px: no sideways scrolling of the page or of the table’s box, every cell on screen', (width) =>
    withPage(width, async (page) => {
      for (const path of PATHS) {
        expect((await page.goto(site.server.origin + path))?.status(), path).toBe(200);
        const widths = await tableWidths(page);
        expect(widths.table, path).toBeLessThanOrEqual(width);
        expect(widths.scrollsBy, path).toBe(0);
        expect(widths.rightmostCell, path).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
    }));

  test('keeps four columns side by side on a desktop, with the column headers on screen', () =>
    withPage(1280, async (page) => {
      await page.goto(`${site.server.origin}/servers/market/`);
      const rows = await page.locator('[data-tool-table] tbody tr').evaluateAll((trs) => trs.map((tr) => new Set([...tr.children].map((cell) => Math.round(cell.getBoundingClientRect().top))).size));
      expect(rows).toEqual(TOOLS.map(() => 1));
      expect(await page.locator('[data-tool-table] thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height > 10))).toEqual([true, true, true, true]);
    }));

  test('stays a table for screen readers at 390 px: Chromium exposes its headers, rows and cells', () =>
    withPage(390, async (page, context) => {
      await page.goto(`${site.server.origin}/servers/market/`);
      // The rows are stacked, not side by side: what this test guards is the table under that layout.
      expect(await page.locator('[data-tool-table] tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).not.toBe('table-row');
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === 'Tools of Market, riskiest categories first');
      expect(table, 'the tool table, named by its caption').toBeDefined();
      const roles: Record<string, number> = {};
      const walk = (n: AxNode): void => {
        if (!n.ignored && n.role) roles[n.role.value] = (roles[n.role.value] ?? 0) + 1;
        for (const id of n.childIds ?? []) walk(byId.get(id)!);
      };
      walk(table!);
      expect({ row: roles.row, columnheader: roles.columnheader, rowheader: roles.rowheader, cell: roles.cell }).toEqual({ row: TOOLS.length + 1, columnheader: 4, rowheader: TOOLS.length, cell: TOOLS.length * 3 });
    }));

  test.each(PHONES)('has no axe violations at WCAG 2.1 AA at %i px', (width) =>
    withPage(width, async (page) => {
      await page.goto(`${site.server.origin}/servers/market/`);
      await page.locator('policy-builder [data-builder-form]:not([hidden])').waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    }));
});
