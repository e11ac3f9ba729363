import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, pageForEachTest, serveInBrowser } from '../support/browser.ts';

/** A server with tools in several categories, so the builder has rows to change. */
const SERVER_PATH = '/servers/github/';
/** An attack pattern that the shipped catalogue's destructive tools expose. */
const ATTACK_PATH = '/attacks/destructive-action-by-mistake/';

describeInBrowser('journeys through the shipped catalogue', () => {
  const site = serveInBrowser(distOf('shipped'));
  const tab = pageForEachTest(site, { clipboard: true });

  /** Goes to a path and fails on anything but 200, so a missing page reads as such. */
  async function open(pathname: string): Promise<void> {
    const response = await tab.page.goto(site.server.origin + pathname);
    expect(response?.status(), `${pathname} answers 200`).toBe(200);
  }

  test('home → search "delete" → filter Destructive → tool page → copy the YAML snippet: the clipboard holds exactly a valid policy for that tool', async () => {
    await open('/');
    await tab.page.fill('#home-search-q', 'delete');
    await tab.page.click('main form[role="search"] button[type="submit"]');
    await tab.page.waitForURL(/\/search\/\?q=delete$/);
    await tab.page.waitForSelector('[data-results] li a');
    await tab.page.getByRole('checkbox', { name: /^Destructive \(\d+\)$/ }).check();
    await tab.page.waitForURL(/category=Destructive/);
    await tab.page.waitForFunction(() => {
      const facts = [...document.querySelectorAll('[data-results] li p.muted')].map((p) => p.textContent ?? '');
      return facts.length > 0 && facts.every((text) => text.includes('Destructive'));
    });
    await tab.page.click('[data-results] li:first-child a');
    await tab.page.waitForSelector('main[data-category="Destructive"]');
    const toolName = await tab.page.getAttribute('main', 'data-tool');

    const snippet = tab.page.locator('copy-snippet', { has: tab.page.locator('pre[data-policy="intercept-yaml"]') });
    await snippet.locator('button[data-copy]').click();
    await snippet.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    const copied = await tab.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet.locator('pre').textContent());
    const doc = parseYaml(copied);
    expect(validatePolicy(doc)).toEqual([]);
    expect(Object.keys(doc.tools)).toEqual([toolName]);
  });

  test.each(['create_refund', 'browser_take_screenshot', 'execute_sql', 'get_file_contents', 'kubectl_delete'])(
    'searching a tool’s exact name (%s) lists a tool of that name first',
    async (name) => {
      await open(`/search/?q=${encodeURIComponent(name)}`);
      const first = tab.page.locator('[data-results] li a').first();
      await first.waitFor();
      expect(await first.textContent()).toBe(name);
    },
  );

  test('searching "delete" lists tools that delete first', async () => {
    await open('/search/?q=delete');
    await tab.page.locator('[data-results] li a').first().waitFor();
    const firstFive = await tab.page.locator('[data-results] li a').evaluateAll((links) => links.slice(0, 5).map((a) => a.textContent ?? ''));
    expect(firstFive).toHaveLength(5);
    for (const name of firstFive) expect(name.toLowerCase()).toContain('delete');
  });

  test('server page → change the builder’s choices: the YAML and JSON policies follow, stay valid, and reset to the recommendation', async () => {
    await open(SERVER_PATH);
    const form = tab.page.locator('[data-builder-form]');
    await form.waitFor({ state: 'visible' });
    const yamlPre = tab.page.locator('policy-builder pre[data-policy="intercept-yaml"]');
    const jsonPre = tab.page.locator('policy-builder pre[data-policy="json"]');
    const recommendedYaml = await yamlPre.textContent();
    const firstTool = await tab.page.locator('policy-builder tr[data-row="0"] td a').textContent();

    await tab.page.selectOption('select[name="mode-0"]', 'hide');
    await tab.page.locator('[data-builder-status]', { hasText: '1 tool changed' }).waitFor();
    const hidden = parseYaml((await yamlPre.textContent())!);
    expect(validatePolicy(hidden)).toEqual([]);
    expect(hidden.hide).toContain(firstTool);
    expect(hidden.tools[firstTool!].rules[0].action).toBe('deny');
    expect(JSON.parse((await jsonPre.textContent())!)).toEqual(hidden);
    expect(await tab.page.locator('policy-builder a[download]').first().getAttribute('href')).toMatch(/^blob:/);

    await tab.page.selectOption('select[name="mode-0"]', 'limit');
    await tab.page.fill('input[name="count-0"]', '7');
    await tab.page.selectOption('select[name="window-0"]', 'hour');
    await tab.page.waitForFunction(() => document.querySelector('policy-builder pre[data-policy="json"]')?.textContent?.includes('"7/hour"'));
    const limited = parseYaml((await yamlPre.textContent())!);
    expect(validatePolicy(limited)).toEqual([]);
    expect(limited.hide ?? []).not.toContain(firstTool);
    expect(limited.tools[firstTool!].rules[0].rate_limit).toBe('7/hour');

    await tab.page.click('[data-builder-reset]');
    await tab.page.locator('[data-builder-status]', { hasText: 'Recommended policy.' }).waitFor();
    expect(await yamlPre.textContent()).toBe(recommendedYaml);
  });

  test.each([
    { listing: '/categories/destructive/', attribute: 'data-category', value: 'Destructive' },
    { listing: '/risk/critical/', attribute: 'data-risk', value: 'Critical' },
  ])('$listing lists tools in a table linking to tool pages, and a tool page links back to it', async ({ listing, attribute, value }) => {
    await open(listing);
    await tab.page.click('main table a[href*="/tools/"]');
    await tab.page.waitForSelector(`main[${attribute}="${value}"]`);
    await tab.page.click(`main a[href="${listing}"]`);
    await tab.page.waitForURL(site.server.origin + listing);
  });

  test('an attack page lists exposed tools linking to tool pages, whose "Attack patterns" list links back to it', async () => {
    await open(ATTACK_PATH);
    const toolLink = tab.page.locator('main li a[href*="/tools/"]').first();
    const toolHref = await toolLink.getAttribute('href');
    await toolLink.click();
    await tab.page.waitForURL(site.server.origin + toolHref);
    const back = tab.page.locator(`main a[href="${ATTACK_PATH}"]`);
    expect(await back.count()).toBeGreaterThan(0);
    await back.first().click();
    await tab.page.waitForURL(site.server.origin + ATTACK_PATH);
    expect(await tab.page.locator(`main a[href="${toolHref}"]`).count()).toBeGreaterThan(0);
  });
});
