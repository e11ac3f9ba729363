import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/**
 * On a phone, tables and code that fit a desktop scroll sideways in their own boxes; a box that
 * scrolls must be reachable from the keyboard (axe: scrollable-region-focusable, WCAG 2.1.1).
 * This server's launch command, parameter table and example calls are all wider than 390 px.
 */
const server = testServer({
  id: 'wide',
  name: 'Wide',
  run: { command: 'npx -y @example-organisation/wide-mcp-server --workspace-directory=/srv/workspaces/default --read-only=false' },
  tools: [
    {
      name: 'create_refund',
      description: 'Refunds a payment intent.',
      inputSchema: {
        type: 'object',
        properties: {
          paymentIntentIdentifier: { type: 'string', description: 'The identifier of the payment intent to refund, as returned by list_payment_intents.' },
          amount: { type: 'number', description: 'Amount in cents.' },
        },
        required: ['paymentIntentIdentifier', 'amount'],
      },
      override: { category: 'Financial', reason: 'test fixture' },
    },
  ],
});
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAGES = [
  { path: '/servers/wide/', ready: 'policy-builder [data-builder-form]:not([hidden])' },
  { path: '/servers/wide/tools/create_refund/', ready: 'copy-snippet button[data-copy]:not([hidden])' },
];

describeInBrowser('accessibility on a phone', () => {
  const site = buildAndServeInBrowser('phone-a11y', [server]);

  test.each(PAGES)('$path at 390 px has no axe violations: every box that scrolls sideways takes keyboard focus', async ({ path, ready }) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      expect((await page.goto(site.server.origin + path))?.status()).toBe(200);
      await page.waitForSelector(ready);
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
