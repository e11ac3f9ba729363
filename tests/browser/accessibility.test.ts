import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser } from '../support/browser.ts';

/** WCAG 2.1 level AA, as axe tags it. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One page of each kind; the search page is checked with results and filters on screen. */
const PAGES = [
  { kind: 'home', path: '/' },
  { kind: 'servers list', path: '/servers/' },
  { kind: 'servers list by risk', path: '/servers/by/riskiest/' },
  { kind: 'server', path: '/servers/github/', ready: 'policy-builder [data-builder-form]:not([hidden])' },
  { kind: 'tool', path: '/servers/github/tools/create_issue/', ready: 'copy-snippet button[data-copy]:not([hidden])' },
  { kind: 'category', path: '/categories/destructive/' },
  { kind: 'risk', path: '/risk/critical/' },
  { kind: 'attack', path: '/attacks/destructive-action-by-mistake/' },
  { kind: 'search with results', path: '/search/?q=delete', ready: '[data-results] li a' },
];
const SCHEMES = ['light', 'dark'] as const;
const cases = SCHEMES.flatMap((scheme) => PAGES.map((page) => ({ ...page, scheme })));

/** One line per failing node: rule, impact, selector and axe's summary, so a red test names the element to fix. */
function violationsToLines(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

describeInBrowser('accessibility at WCAG 2.1 AA', () => {
  const site = serveInBrowser(distOf('shipped'));


  test.each(cases)('$kind page ($path) in the $scheme scheme has no axe violations', async ({ path, ready, scheme }) => {
    const context = await site.browser.newContext({ colorScheme: scheme });
    try {
      const page: Page = await context.newPage();
      const response = await page.goto(site.server.origin + path);
      expect(response?.status()).toBe(200);
      if (ready) await page.waitForSelector(ready);
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(violationsToLines(results.violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
