import { expect, test } from 'vitest';
import type { BuilderData } from '../../src/lib/builder-data.ts';
import { describeInBrowser, pageForEachTest } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/**
 * Names whose printed label or URL slug differ from the name (markup, a zero-width space, a dot and
 * a space), beside plain ones, in four categories so the rows start from different choices.
 */
const server = testServer({
  id: 'rows',
  name: 'Rows',
  tools: [
    { name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
    { name: 'refund_payment', description: 'Refunds a payment.', inputSchema: { type: 'object' }, override: { category: 'Financial', reason: 'test fixture' } },
    { name: 'delete\u200border', description: 'Deletes an order.', inputSchema: { type: 'object' }, override: { category: 'Destructive', reason: 'test fixture' } },
    { name: '<img src=x onerror=alert(1)>', description: 'Updates an order.', inputSchema: { type: 'object' }, override: { category: 'Write', reason: 'test fixture' } },
    { name: 'orders.export all', description: 'Exports orders.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
  ],
});

interface DrawnRow {
  href: string;
  text: string;
  category: string;
  mode: string;
  count: string;
  window: string;
  limitDisabled: boolean;
}

describeInBrowser('the policy builder’s rows, drawn from the page’s data', () => {
  const site = buildAndServeInBrowser('builder-rows', [server]);
  const tab = pageForEachTest(site);

  async function open(): Promise<BuilderData> {
    await tab.page.goto(`${site.server.origin}/servers/rows/`);
    await tab.page.locator('policy-builder [data-builder-form]:not([hidden])').waitFor();
    return JSON.parse((await tab.page.locator('script[data-builder-input]').textContent())!) as BuilderData;
  }

  function readRows(): Promise<DrawnRow[]> {
    return tab.page.locator('policy-builder tr[data-row]').evaluateAll((rows) =>
      rows.map((row) => {
        const field = (name: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[name^="${name}-"]`)!;
        return { href: row.querySelector('a')!.getAttribute('href')!, text: row.querySelector('a')!.textContent!, category: row.children[1]!.textContent!, mode: field('mode').value, count: field('count').value, window: field('window').value, limitDisabled: field('count').disabled };
      }),
    );
  }

  test('one row per tool, in tool order, linking to the page the tools table links to, preset to the recommendation', async () => {
    const data = await open();
    const tableLinks = await tab.page.locator('table[data-tool-table] tbody th a').evaluateAll((links) => links.map((a) => [a.textContent!, a.getAttribute('href')!] as const));
    const rows = await readRows();
    expect(rows).toHaveLength(server.tools.length);
    expect(rows.map((r) => [r.text, r.href]).sort()).toEqual(tableLinks.map(([text, href]) => [text, href]).sort());
    expect(rows.map((r) => r.category)).toEqual(data.input.tools.map((t) => t.category));
    expect(rows.map((r) => r.mode)).toEqual(data.recommended.map((c) => c.mode));
    expect(rows.map((r) => [Number(r.count), r.window])).toEqual(data.rows.map((r) => [r.count, r.window]));
    expect(rows.map((r) => r.limitDisabled)).toEqual(data.recommended.map((c) => c.mode !== 'limit'));
    // The names that differ from their label or slug are drawn from the label and slug, not the raw name.
    expect(rows.find((r) => r.text.startsWith('<img'))!.text).toBe('<img src=x onerror=alert(1)>');
    expect(await tab.page.locator('policy-builder img').count()).toBe(0);
    expect(rows.some((r) => r.text === 'delete\u200border')).toBe(false);
  });

  test('“Back to the recommendation” restores every row after changes', async () => {
    await open();
    const before = await readRows();
    await tab.page.selectOption('select[name="mode-0"]', 'deny');
    await tab.page.selectOption('select[name="mode-1"]', 'limit');
    await tab.page.fill('input[name="count-1"]', '7');
    await tab.page.selectOption('select[name="window-1"]', 'day');
    await tab.page.locator('[data-builder-status]', { hasText: '2 tools changed' }).waitFor();
    await tab.page.click('[data-builder-reset]');
    await tab.page.locator('[data-builder-status]', { hasText: 'Recommended policy.' }).waitFor();
    expect(await readRows()).toEqual(before);
  });

  test('“Try a call” lists every tool by its printed name, in tool order', async () => {
    const data = await open();
    const rows = await readRows();
    const options = await tab.page.locator('[data-call-checker] select[name="tool"] option').evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent!]));
    expect(options).toEqual(rows.map((r, i) => [String(i), r.text]));
    expect(options).toHaveLength(data.input.tools.length);
  });
});
