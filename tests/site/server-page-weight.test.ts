import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/**
 * A server page carries, for every tool, a row of the tools table, an entry of the builder's data
 * block and the tool's lines in the two policy views (whose full text copy buttons and scripts need).
 * Everything else per tool is weight a reader pays for on first load: the builder's form used to
 * print ~780 bytes of controls per tool, hidden without JavaScript, and the call checker an
 * <option> each (eBay: 669 KB of HTML for 299 tools). Measured on this fixture when the form moved
 * to the browser: 1,271 → 440 bytes per tool outside the policy views, 80 → 34 gzipped. The
 * budgets leave room for a column or two, not for per-tool controls again.
 */
const MAX_BYTES_PER_TOOL = 600;
const MAX_GZIP_BYTES_PER_TOOL = 50;
const TOOL_COUNT = 240;

const VERBS = ['get', 'list', 'create', 'update', 'delete', 'search', 'send', 'run', 'refund', 'export'];
const NOUNS = ['inventory_item', 'offer', 'fulfillment_policy', 'payment_dispute', 'marketing_campaign', 'listing_fee', 'return_policy', 'sales_tax_table'];

/** A marketplace server the size of eBay's or SmartBear's, with their kind of names and descriptions. */
const big = testServer({
  id: 'market',
  name: 'Market',
  tools: Array.from({ length: TOOL_COUNT }, (_, i) => {
    const verb = VERBS[i % VERBS.length]!;
    const noun = NOUNS[Math.floor(i / VERBS.length) % NOUNS.length]!;
    return {
      name: `market_${verb}_${noun}_${i}`,
      description: `${verb[0]!.toUpperCase()}${verb.slice(1)} a ${noun.replace(/_/g, ' ')} of the seller's account. Requires a user token with the sell scope.`,
      inputSchema: { type: 'object', properties: { id: { type: 'string', description: `The ${noun} identifier.` }, marketplace_id: { type: 'string' } }, required: ['id'] },
    };
  }),
});

describe('a server page with hundreds of tools', () => {
  let build: SmallBuild;
  let html: string;
  let page: ReturnType<typeof readPage>;
  beforeAll(() => {
    build = buildSmallCatalogue('page-weight', [big]);
    html = readFileSync(path.join(build.dist, 'servers/market/index.html'), 'utf8');
    page = readPage(build.dist, 'servers/market/index.html');
  }, 600_000);
  afterAll(() => build?.remove());

  /** The page without its two policy views, whose size is the policy's. */
  function outsidePolicyViews(): string {
    let rest = html;
    for (const pre of page.querySelectorAll('pre[data-policy]')) rest = rest.replace(pre.outerHTML, '');
    return rest;
  }

  test(`spends at most ${MAX_BYTES_PER_TOOL} bytes (${MAX_GZIP_BYTES_PER_TOOL} gzipped) per tool outside the policy views`, () => {
    const rest = outsidePolicyViews();
    expect(rest.length).toBeLessThan(html.length - 100_000); // both views were found and taken out
    const perTool = { bytes: Math.round(rest.length / TOOL_COUNT), gzip: Math.round(gzipSync(rest).length / TOOL_COUNT) };
    expect(perTool.bytes, `${perTool.bytes} bytes per tool`).toBeLessThanOrEqual(MAX_BYTES_PER_TOOL);
    expect(perTool.gzip, `${perTool.gzip} gzipped bytes per tool`).toBeLessThanOrEqual(MAX_GZIP_BYTES_PER_TOOL);
  });

  test('prints no per-tool markup in the builder or the call checker: the browser draws both from the data block', () => {
    expect(page.querySelectorAll('policy-builder tr[data-row]')).toHaveLength(0);
    expect(page.querySelectorAll('policy-builder select, policy-builder input[type="number"]').map((e) => e.getAttribute('name'))).toEqual(['tool']);
    expect(page.querySelectorAll('[data-call-checker] option')).toHaveLength(0);
    const data = JSON.parse(page.querySelector('script[data-builder-input]')!.textContent) as { rows: unknown[] };
    expect(data.rows).toHaveLength(TOOL_COUNT);
  });

  test('still prints both policy views in full: each is its download, byte for byte', () => {
    for (const [format, file] of [['intercept-yaml', 'policy.yaml'], ['json', 'policy.json']] as const) {
      const pres = page.querySelectorAll(`pre[data-policy="${format}"]`);
      expect(pres).toHaveLength(1);
      expect(pres[0]!.textContent).toBe(readFileSync(path.join(build.dist, 'servers/market', file), 'utf8'));
    }
  });
});
