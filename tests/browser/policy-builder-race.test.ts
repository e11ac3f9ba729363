import { expect, test } from 'vitest';
import type { Choice } from '../../src/lib/policy/choices.ts';
import { serverPolicyTexts, type ServerPolicyInput } from '../../src/lib/policy/server-policy.ts';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser } from '../support/browser.ts';

const SERVER_PATH = '/servers/github/';
/** Rounds per run: a stale result shows in about half of them, so eight make a miss very unlikely. */
const ROUNDS = 8;

describeInBrowser('the policy builder under a slow network', () => {
  const site = serveInBrowser(distOf('shipped'));


  test('two quick changes before the composer has loaded still end on the reader’s last choices', async () => {
    const stale: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const fresh = await site.browser.newContext();
      await fresh.route(/\/_astro\/server-policy\.[^/]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      const builderPage = await fresh.newPage();
      await builderPage.goto(site.server.origin + SERVER_PATH);
      await builderPage.locator('[data-builder-form]').waitFor({ state: 'visible' });
      const data = JSON.parse((await builderPage.locator('script[data-builder-input]').textContent())!) as { input: ServerPolicyInput; recommended: Choice[] };
      await builderPage.selectOption('select[name="mode-0"]', 'deny');
      await builderPage.selectOption('select[name="mode-1"]', 'deny');
      const expected = serverPolicyTexts(data.input, data.recommended.map((choice, i) => (i < 2 ? { mode: 'deny' } : choice)));
      // Both updates finish within microtasks of the delayed module's arrival, which networkidle waits past.
      await builderPage.waitForLoadState('networkidle');
      if ((await builderPage.locator('policy-builder pre[data-policy="json"]').textContent()) !== expected.json) stale.push(round);
      await fresh.close();
    }
    expect(stale).toEqual([]);
  }, 120_000);
});
