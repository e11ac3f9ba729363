import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** One tool of each category, so every category and risk is a filter value, as on the shipped catalogue. */
const TOOLS = [
  ['refund_payment', 'Refunds a payment. Deleted orders cannot be refunded.', 'Financial'],
  ['delete_order', 'Deletes an order for good.', 'Destructive'],
  ['run_export', 'Runs an export of deleted and live orders.', 'Execute'],
  ['update_order', 'Updates an order; a deleted order cannot be updated.', 'Write'],
  ['list_orders', 'Lists orders; deleted ones are left out.', 'Read'],
  ['ping', 'Answers pong, even for deleted sessions.', 'Other'],
  // Over 4,000 characters: the definition audit flags it, so the Findings filter shows too.
  ['import_orders', 'Imports orders, skipping deleted ones. '.repeat(110), 'Write'],
] as const;

/**
 * Fourteen servers: more than the twelve the Server filter lists before its "Show all" button, so
 * the filters are as tall as on the shipped catalogue.
 */
const servers: ServerInput[] = Array.from({ length: 14 }, (_, i) => testServer({
  id: `shop-${i}`,
  name: `Shop ${i} (archived reference server)`,
  tools: TOOLS.map(([name, description, category]) => ({ name, description, inputSchema: { type: 'object' }, override: { category, reason: 'test fixture' } })),
}));

/** A common phone and WCAG 2.1's reflow width (1.4.10), each with a short screen. */
const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describeInBrowser('search page on a phone', () => {
  const site = buildAndServeInBrowser('search-phone', servers, { searchIndex: true });

  test.each(PHONES)('after a query the search box and the first result are on the first screen ($width × $height)', async (viewport) => {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/search/?q=delete`);
      const first = page.locator('[data-results] li').first();
      await first.waitFor();
      const box = await page.locator('#search-q').boundingBox();
      const result = await first.locator('a').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(result!.y + result!.height, 'the first result’s link is above the fold').toBeLessThanOrEqual(viewport.height);
    } finally {
      await context.close();
    }
  });

  test('the folded filters open from the keyboard, say so to a screen reader, and still filter', async () => {
    const context = await site.browser.newContext({ viewport: PHONES[0] });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/search/?q=delete`);
      await page.locator('[data-results] li').first().waitFor();
      const destructive = page.getByRole('checkbox', { name: /^Destructive \(\d+\)$/ });
      expect(await destructive.isVisible()).toBe(false);
      const summary = page.locator('[data-filters-box] > summary');
      expect(await summary.evaluate((s) => s.parentElement!.hasAttribute('open'))).toBe(false);
      await page.locator('#search-q').focus();
      await page.keyboard.press('Tab'); // the Search button
      await page.keyboard.press('Tab');
      expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
      // Closed, a screen reader meets one named group and nothing of its content.
      expect(await page.locator('[data-filters-box]').ariaSnapshot()).toBe('- group: Filters');
      await page.keyboard.press('Enter');
      await destructive.waitFor({ state: 'visible' });
      expect(await page.locator('[data-filters-box]').ariaSnapshot()).toContain('checkbox "Destructive (');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await destructive.evaluate((c) => c === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForURL(/category=Destructive/);
      await expect.poll(() => summary.textContent()).toBe('Filters (1 chosen)');
      // The results follow once the filtered search comes back: then each of the 14 is a destructive tool.
      await expect.poll(async () => (await page.locator('[data-results] li p.muted').allTextContents()).map((facts) => facts.split(' · ')[1])).toEqual(Array(14).fill('Destructive'));
    } finally {
      await context.close();
    }
  });

  test('on a desktop screen the filters show at once and take focus, with no disclosure to open', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/search/?q=delete`);
      await page.locator('[data-results] li').first().waitFor();
      expect(await page.getByRole('checkbox', { name: /^Destructive \(\d+\)$/ }).isVisible()).toBe(true);
      expect(await page.locator('[data-filters-box] > summary').isVisible()).toBe(false);
      // From the keyboard the first filter follows the Search button, with no closed disclosure in between.
      await page.locator('#search-q').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Financial');
    } finally {
      await context.close();
    }
  });

  test.each(['closed', 'open'])('at 390 px with the filters %s the page has no axe violations', async (state) => {
    const context = await site.browser.newContext({ viewport: PHONES[0] });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/search/?q=delete`);
      await page.locator('[data-results] li').first().waitFor();
      if (state === 'open') await page.locator('[data-filters-box] > summary').click();
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
