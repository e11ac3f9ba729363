import { expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** Real names run this long (SmartBear, eBay): one unbroken token wider than a phone at body size. */
const LONG_READ = 'qmetry_fetch_test_case_runs_by_test_suite_run_and_linked_requirements';
const LONG_FINANCIAL = 'ebay_create_refund_for_payment_dispute_evidence_of_marketplace_order';

/** Desktop Commander's descriptions are indented template literals: 26 spaces before each line. */
const INDENT = ' '.repeat(26);
const OLD_ORDERS = `\n${INDENT}Lists orders made during this session.\n${INDENT}History kept in memory.`;
const NEW_ORDERS = `\n${INDENT}Lists local orders.\n${INDENT}History is persisted locally.`;

const servers: ServerInput[] = [
  testServer({
    id: 'long-names',
    name: 'Long Names',
    history: [{ date: '2026-10-01', added: [], removed: [], changed: [{ name: 'list_orders', fields: ['description'], previousHash: '0123456789abcdef', hash: 'fedcba9876543210', details: [{ part: 'description', change: 'changed', before: OLD_ORDERS, after: NEW_ORDERS }] }] }],
    tools: [
      {
        name: LONG_READ,
        // Over 4,000 characters: the definition audit lists it (home page, /findings/).
        description: 'Fetches the runs of a test suite run with their linked requirements. '.repeat(70),
        inputSchema: { type: 'object', properties: { testSuiteRunIdentifierWithLinkedRequirements: { type: 'string' } } },
        override: { category: 'Read', reason: 'test fixture' },
      },
      {
        name: LONG_FINANCIAL,
        description: 'Refunds the buyer of a marketplace order.',
        inputSchema: { type: 'object', properties: { amount: { type: 'number' } }, required: ['amount'] },
        override: { category: 'Financial', reason: 'test fixture' },
      },
      { name: 'list_orders', description: NEW_ORDERS, inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
      {
        name: 'create_refund',
        description: 'Refunds a payment intent.',
        inputSchema: { type: 'object', properties: { payment_intent: { type: 'string' }, amount: { type: 'number' }, reason: { type: 'string' } }, required: ['payment_intent', 'amount', 'reason'] },
        override: { category: 'Financial', reason: 'test fixture' },
      },
    ],
  }),
];

/**
 * Pages that list or name those tools: each must fit a phone, with wide tables and code scrolling in their own boxes.
 * 320 px is WCAG 2.1's reflow width (1.4.10); 390 px a common phone.
 */
const WIDTHS = [390, 320];
const PAGES = [
  '/',
  '/search/',
  '/servers/',
  '/servers/long-names/',
  `/servers/long-names/tools/${LONG_READ}/`,
  `/servers/long-names/tools/${LONG_FINANCIAL}/`,
  '/findings/',
  '/attacks/malicious-server-package/',
  '/categories/financial/',
  '/risk/critical/',
];

describeInBrowser('pages on a phone', () => {
  const site = buildAndServeInBrowser('phone-width', servers);

  test.each(WIDTHS)('no page scrolls sideways at %i px: long tool names wrap, the policy builder’s table scrolls in its box', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    try {
      const page = await context.newPage();
      const wider: Record<string, number> = {};
      for (const path of PAGES) {
        expect((await page.goto(site.server.origin + path))?.status(), path).toBe(200);
        // The builder's form is shown by its script; wait for it where there is one.
        if (path === '/servers/long-names/') await page.locator('[data-builder-form]').waitFor({ state: 'visible' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wider[path] = scrollWidth;
      }
      expect(wider).toEqual({});
    } finally {
      await context.close();
    }
  });

  test('a description’s word diff drops the server’s indentation, as the description itself does', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/servers/long-names/tools/list_orders/`);
      const offsets = await page.locator('.diff').first().evaluate((diff) => {
        const left = diff.getBoundingClientRect().left + parseFloat(getComputedStyle(diff).borderLeftWidth) + parseFloat(getComputedStyle(diff).paddingLeft);
        const walker = document.createTreeWalker(diff, NodeFilter.SHOW_TEXT);
        const lineStarts: number[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.search(/Lists|History/);
          if (at < 0 || (node.parentElement && node.parentElement.classList.contains('visually-hidden'))) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          lineStarts.push(Math.round(range.getBoundingClientRect().left - left));
        }
        return lineStarts;
      });
      expect(offsets.length).toBeGreaterThan(0);
      expect(offsets.filter((x) => x > 1)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('example-call arguments wrap between members at 390 px, never inside a name or value', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/servers/long-names/tools/create_refund/`);
      const cells = page.locator('[data-policy-examples] tbody td:nth-child(2) code');
      expect(await cells.count()).toBeGreaterThan(0);
      const broken = await cells.evaluateAll((codes) => codes.flatMap((code) => {
        const text = code.firstChild!;
        return [...(text.textContent ?? '').matchAll(/\S+/g)].filter((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        }).map((m) => m[0]);
      }));
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
