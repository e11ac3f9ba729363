import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { describeInBrowser, pageForEachTest } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/**
 * The shipped catalogue's largest server (0nmcp) has 1,083 tools. Its page is where per-tool costs
 * that a 10-tool page hides become visible: a count printed without its separator, work that
 * grows with the square of the tool count. This server is a little larger, with the CRM-style
 * names and one-line descriptions of the real one, in every category.
 */
const TOOL_COUNT = 1_200;
const VERBS = ['get', 'list', 'create', 'update', 'delete', 'search', 'send', 'run', 'charge', 'export'];
const NOUNS = ['contact', 'invoice', 'calendar_event', 'pipeline', 'blog_post', 'social_account', 'workflow', 'custom_field', 'location_tag', 'course', 'funnel', 'product'];

const big = testServer({
  id: 'crm-suite',
  name: 'CRM Suite',
  tools: Array.from({ length: TOOL_COUNT }, (_, i) => {
    const verb = VERBS[i % VERBS.length]!;
    const noun = NOUNS[Math.floor(i / VERBS.length) % NOUNS.length]!;
    return {
      name: `crm_${verb}_${noun}_${i}`,
      description: `${verb[0]!.toUpperCase()}${verb.slice(1)} a ${noun.replace(/_/g, ' ')} of a CRM location.`,
      inputSchema: { type: 'object', properties: { location_id: { type: 'string' }, id: { type: 'string' } }, required: ['location_id'] },
    };
  }),
});

describeInBrowser('a server page with more than a thousand tools', () => {
  const site = buildAndServeInBrowser('big-server-page', [big]);
  const tab = pageForEachTest(site);

  async function open(): Promise<void> {
    await tab.page.goto(`${site.server.origin}/servers/crm-suite/`);
    await tab.page.locator('[data-call-checker]:not([hidden])').waitFor();
  }

  test('prints its tool count as the title and the category counts do: 1,200 tools', async () => {
    await open();
    const title = await tab.page.title();
    expect(title).toContain('1,200 tools');
    const line = (await tab.page.locator('main h1 ~ p').filter({ hasText: /tools:/ }).first().textContent())!;
    expect(line).toMatch(/^1,200 tools: /);
    // The policy's own header, in both views and the downloads, counts the same way.
    expect((await tab.page.locator('pre[data-policy="intercept-yaml"]').textContent())!.split('\n')[0]).toBe('# Intercept policy for CRM Suite (1,200 tools), from the MCP tool risk catalogue.');
    const counts = [...line.matchAll(/([\d,]+) (Financial|Destructive|Execute|Write|Read|Other)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(TOOL_COUNT);
  });

  test('links each category count to where that category starts in the 1,200-row tools table', async () => {
    await open();
    const links = await tab.page.locator('main h1 ~ p').filter({ hasText: /tools:/ }).first().locator('a').evaluateAll((anchors) =>
      anchors.map((a) => {
        const row = document.getElementById(a.getAttribute('href')!.slice(1));
        const rows = [...document.querySelectorAll('[data-tool-table] tbody tr')];
        const category = a.textContent!.replace(/^[\d,]+ /, '');
        return { text: a.textContent!, rowCategory: row?.children[2]?.textContent, firstOfCategory: rows.find((r) => r.children[2]!.textContent === category) === row };
      }),
    );
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.rowCategory, link.text).toBe(link.text.replace(/^[\d,]+ /, ''));
      expect(link.firstOfCategory, link.text).toBe(true);
    }
  });

  test('is listed on /servers/ with its counts written the same way', async () => {
    await tab.page.goto(`${site.server.origin}/servers/`);
    const cells = await tab.page.locator('table.server-table tbody tr', { hasText: 'CRM Suite' }).locator('td').allTextContents();
    expect(cells[0]).toBe('1,200');
    expect(cells.slice(1).every((cell) => /^(0|[1-9]\d{0,2}(,\d{3})*)$/.test(cell)), cells.join(' ')).toBe(true);
  });

  test('“Try a call” reads the builder’s form once per check, not once per tool', async () => {
    await open();
    // Every read of a row goes through the form's controls by name; count those reads during one check.
    await tab.page.evaluate(() => {
      const proto = HTMLFormControlsCollection.prototype;
      const original = proto.namedItem;
      const counter = window as unknown as { namedItemReads: number };
      counter.namedItemReads = 0;
      proto.namedItem = function (this: HTMLFormControlsCollection, name: string) {
        counter.namedItemReads += 1;
        return original.call(this, name);
      };
    });
    await tab.page.click('[data-call-checker] button[type="submit"]');
    await tab.page.locator('[data-call-decision]').filter({ hasText: /^(Allowed|Denied)/ }).waitFor({ timeout: 60_000 });
    const reads = await tab.page.evaluate(() => (window as unknown as { namedItemReads: number }).namedItemReads);
    // A row is read with at most three names (mode, count, window), plus the checker's own fields.
    expect(reads).toBeLessThanOrEqual(3 * TOOL_COUNT + 10);
  });

  test('folds the builder’s rows, so the policy follows its heading; unfolding draws one row per tool', async () => {
    await tab.page.setViewportSize({ width: 1280, height: 900 });
    await open();
    expect(await tab.page.locator('policy-builder tr[data-row]').count()).toBe(0);
    const top = (selector: string) => tab.page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    // Heading, one paragraph, the folded form, "Try a call", then the policy: about 900 px at 1280 px wide.
    expect((await top('pre[data-policy="intercept-yaml"]')) - (await top('h2#policy'))).toBeLessThan(2_000);
    await tab.page.locator('details[data-builder-rows-folded] > summary').click();
    await tab.page.locator('policy-builder tr[data-row]').first().waitFor();
    expect(await tab.page.locator('policy-builder tr[data-row]').count()).toBe(TOOL_COUNT);
    // The drawn rows drive the policy as on any server page.
    const before = await tab.page.locator('pre[data-policy="intercept-yaml"]').textContent();
    await tab.page.selectOption('select[name="mode-5"]', 'deny');
    await tab.page.locator('[data-builder-status]', { hasText: '1 tool changed' }).waitFor();
    expect(await tab.page.locator('pre[data-policy="intercept-yaml"]').textContent()).not.toBe(before);
  });

  test('has no WCAG 2.1 AA violations with its rows folded', async () => {
    await open();
    const results = await new AxeBuilder({ page: tab.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 120_000); // axe reads the 1,200-row tools table: about 25 s on a loaded machine
});
