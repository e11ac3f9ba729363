import { expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

const server = testServer({
  id: 'builder-look',
  name: 'Builder look',
  tools: [{ name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } }],
});

describeInBrowser('the policy builder’s limit fields', () => {
  const site = buildAndServeInBrowser('builder-look', [server]);

  test.each(['light', 'dark'] as const)('look switched off once a tool is denied, so "10 per hour" does not read as a limit that applies (%s scheme)', async (scheme) => {
    const context = await site.browser.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/servers/builder-look/`);
      await page.waitForSelector('policy-builder [data-builder-form]:not([hidden])');
      const look = (name: string) => page.locator(`[name="${name}"]`).evaluate((e) => { const s = getComputedStyle(e); return `${s.color} ${s.backgroundColor} ${s.opacity}`; });
      const before = { count: await look('count-0'), window: await look('window-0') };
      await page.selectOption('[name="mode-0"]', 'deny');
      // The builder disables the fields once its policy module has loaded and rewritten the snippets.
      await page.waitForSelector('[name="count-0"]:disabled');
      expect(await look('count-0')).not.toBe(before.count);
      expect(await look('window-0')).not.toBe(before.window);
    } finally {
      await context.close();
    }
  });
});
