import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { serverPolicyTexts, type ServerPolicyInput } from '../../src/lib/policy/server-policy.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser, watchPage, type PageTrouble } from '../support/browser.ts';
import { listFiles } from '../support/dist.ts';

const dist = distOf('hostile');
/** Every page of the hostile build, as the URL a reader visits. */
const urls = listFiles(dist, '.html').map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

/** Reports, on the page itself, every Content-Security-Policy violation (init scripts run outside the page's CSP). */
const RECORD_CSP_VIOLATIONS = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
};

/** What content must never have done to the page: run a script or add an element. */
function pageState(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injectedElements: [...document.querySelectorAll('[data-pwned]')].map((e) => e.outerHTML.slice(0, 120)),
    cspViolations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
  }));
}
const CLEAN = { pwned: null, injectedElements: [], cspViolations: [] };

describeInBrowser('the hostile catalogue in a browser', () => {
  const site = serveInBrowser(dist);
  let context: BrowserContext;
  let page: Page;
  let trouble: PageTrouble;

  /** A fresh context that may use the clipboard and records CSP violations on every page. */
  async function openPage(): Promise<void> {
    context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await context.addInitScript(RECORD_CSP_VIOLATIONS);
    page = await context.newPage();
    trouble = watchPage(page);
  }
  /** Fails the test when the page opened a dialog, threw, logged an error or broke the CSP; then starts a clean record. */
  function expectNoTrouble(): void {
    const seen = { ...trouble };
    trouble.dialogs = [];
    trouble.errors = [];
    trouble.cspViolations = [];
    expect(seen).toEqual({ dialogs: [], errors: [], cspViolations: [] });
  }


  // One context for the whole sweep: a new context per page costs about a second each.
  describe('every page', () => {
    beforeAll(openPage);
    afterAll(() => context.close());
    afterEach(expectNoTrouble);

    test('there are pages to visit', () => {
      expect(urls.length).toBeGreaterThan(100);
    });

    test.each(urls)('%s runs no script and adds no element from content', async (url) => {
      const response = await page.goto(site.server.origin + url);
      expect(response?.status()).toBe(200);
      expect(await pageState(page)).toEqual(CLEAN);
    });
  });

  describe('interactive pages', () => {
    beforeEach(openPage);
    afterEach(async () => {
      await context.close();
      expectNoTrouble();
    });

    test('the search page works under the CSP and shows hostile names as text', async () => {
      await page.goto(`${site.server.origin}/search/?q=pwned`);
      await page.waitForSelector('[data-results] li a');
      const titles = await page.locator('[data-results] li a').allTextContents();
      expect(titles.some((title) => title.includes('<script>') || title.includes('</code></pre>'))).toBe(true);
      await page.getByRole('checkbox', { name: /^Destructive \(\d+\)$/ }).check();
      await page.waitForURL(/category=Destructive/);
      await page.waitForFunction(() => [...document.querySelectorAll('[data-results] li p.muted')].every((p) => p.textContent?.includes('Destructive')));
      expect(await pageState(page)).toEqual(CLEAN);
    });

    test.each(['markup', 'yaml-specials', 'unicode', 'slugs', 'line-breaks'])('the policy builder of %s works under the CSP and keeps every tool name exact', async (id) => {
      await page.goto(`${site.server.origin}/servers/${id}/`);
      await page.locator('[data-builder-form]').waitFor({ state: 'visible' });
      const data = JSON.parse((await page.locator('script[data-builder-input]').textContent())!) as { input: ServerPolicyInput };
      const expected = serverPolicyTexts(data.input, data.input.tools.map(() => ({ mode: 'deny' })));
      // The first change loads the composer; later ones then finish in order (see the race test in journeys).
      await page.selectOption('select[name="mode-0"]', 'allow');
      await page.locator('[data-builder-status]', { hasText: /changed|Recommended/ }).waitFor();
      for (let i = 0; i < data.input.tools.length; i++) await page.selectOption(`select[name="mode-${i}"]`, 'deny');
      await page.waitForFunction((json) => document.querySelector('policy-builder pre[data-policy="json"]')?.textContent === json, expected.json);
      const yamlText = await page.locator('policy-builder pre[data-policy="intercept-yaml"]').textContent();
      expect(yamlText).toBe(expected.yaml);
      const doc = parseYaml(yamlText!);
      const names = data.input.tools.map((t) => t.name).filter((name) => name !== '*');
      expect(validatePolicy(doc)).toEqual([]);
      expect(Object.keys(doc.tools).sort()).toEqual([...names].sort());
      for (const name of names) expect(doc.tools[name].rules[0].action).toBe('deny');
      expect(await pageState(page)).toEqual(CLEAN);
    });

    test('copying the YAML snippet of a tool named with markup puts exactly that name on the clipboard', async () => {
      await page.goto(`${site.server.origin}/servers/markup/tools/script-window-__pwned-script-alert-script-script/`);
      const name = await page.getAttribute('main', 'data-tool');
      expect(name).toBe(`<script>window.__pwned='script';alert('script')</script>`);
      await page.click('copy-snippet:has(pre[data-policy="intercept-yaml"]) button[data-copy]');
      await page.locator('.copy-status', { hasText: 'Copied' }).waitFor();
      const doc = parseYaml(await page.evaluate(() => navigator.clipboard.readText()));
      expect(Object.keys(doc.tools)).toEqual([name]);
      expect(validatePolicy(doc)).toEqual([]);
    });
  });
});
