import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, serveInBrowser, watchPage, type PageTrouble } from '../support/browser.ts';

const SERVER_PATH = '/servers/github/';
const VIEWPORT = { width: 1280, height: 800 };

describeInBrowser('the whole-server policy on a server page', () => {
  const site = serveInBrowser(distOf('shipped'));
  let context: BrowserContext | undefined;
  let trouble: PageTrouble | undefined;

  afterEach(async () => {
    await context?.close();
    context = undefined;
    if (trouble) expect(trouble).toEqual({ dialogs: [], errors: [], cspViolations: [] });
    trouble = undefined;
  });

  async function open(javaScriptEnabled: boolean): Promise<Page> {
    context = await site.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    trouble = watchPage(page);
    const response = await page.goto(site.server.origin + SERVER_PATH);
    expect(response?.status()).toBe(200);
    return page;
  }

  const yamlPre = (page: Page) => page.locator('pre[data-policy="intercept-yaml"]');
  const jsonPre = (page: Page) => page.locator('pre[data-policy="json"]');

  test.each([true, false])('shows one view at a time, YAML first, and the JSON view on request (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open(javaScriptEnabled);
    expect(await yamlPre(page).isVisible()).toBe(true);
    expect(await jsonPre(page).isVisible()).toBe(false);
    await page.getByText('JSON', { exact: true }).click();
    expect(await jsonPre(page).isVisible()).toBe(true);
    expect(await yamlPre(page).isVisible()).toBe(false);
    await page.getByText('YAML', { exact: true }).click();
    expect(await yamlPre(page).isVisible()).toBe(true);
    expect(await jsonPre(page).isVisible()).toBe(false);
  });

  test('the switch works from the keyboard: arrow keys move between the views', async () => {
    const page = await open(true);
    await page.getByRole('radio', { name: 'YAML' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'JSON' }).isChecked()).toBe(true);
    expect(await jsonPre(page).isVisible()).toBe(true);
    expect(await yamlPre(page).isVisible()).toBe(false);
  });

  test('the JSON view’s copy button copies exactly the JSON document, a valid policy', async () => {
    const page = await open(true);
    await page.getByText('JSON', { exact: true }).click();
    const snippet = page.locator('copy-snippet', { has: jsonPre(page) });
    await snippet.locator('button[data-copy]').click();
    await snippet.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await jsonPre(page).textContent());
    expect(validatePolicy(JSON.parse(copied))).toEqual([]);
  });

  test('the policy takes at most one screen: a long document scrolls in its box', async () => {
    const page = await open(true);
    const box = await yamlPre(page).boundingBox();
    expect(box!.height).toBeLessThanOrEqual(VIEWPORT.height * 0.75);
    // The github policy is far longer than that: the rest is inside the box, reachable by scrolling.
    expect(await yamlPre(page).evaluate((pre) => pre.scrollHeight - pre.clientHeight)).toBeGreaterThan(500);
  });

  test('has no axe violations with the JSON view chosen', async () => {
    const page = await open(true);
    await page.locator('policy-builder [data-builder-form]:not([hidden])').waitFor();
    await page.getByText('JSON', { exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
