import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser } from '../support/browser.ts';

/** The pages that show definition history, with a real history (the hostile fixture's `releases` server): word diffs, marks, timeline. */
const PAGES = ['/changes/', '/servers/releases/', '/servers/releases/tools/read_file/', '/servers/releases/tools/list_dir/'];
const cases = (['light', 'dark'] as const).flatMap((scheme) => PAGES.map((path) => ({ path, scheme })));

describeInBrowser('history pages at WCAG 2.1 AA', () => {
  const site = serveInBrowser(distOf('hostile'));

  test.each(cases)('$path in the $scheme scheme has no axe violations', async ({ path, scheme }) => {
    const context = await site.browser.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      expect((await page.goto(site.server.origin + path))?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).include('section.history, ol.change-list').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
