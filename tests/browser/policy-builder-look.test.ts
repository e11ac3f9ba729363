import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { describeInBrowser, launchBrowser } from '../support/browser.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const server: ServerInput = {
  id: 'builder-look',
  name: 'Builder look',
  run: { command: 'npx -y builder-look' },
  source: { kind: 'tools-list-json', date: '2026-11-01' },
  tools: [{ name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } }],
};

describeInBrowser('the policy builder’s limit fields', () => {
  let build: SmallBuild;
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    build = buildSmallCatalogue('builder-look', [server]);
    site = await startStaticServer(build.dist);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    build?.remove();
  });

  test.each(['light', 'dark'] as const)('look switched off once a tool is denied, so "10 per hour" does not read as a limit that applies (%s scheme)', async (scheme) => {
    const context = await browser.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/servers/builder-look/`);
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
