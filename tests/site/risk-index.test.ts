import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** Twelve servers with Critical-risk tools: more than the ten the risk page lists. */
const servers: ServerInput[] = Array.from({ length: 12 }, (_, i) => testServer({
  id: `shop-${i}`,
  name: `Shop ${i}`,
  tools: Array.from({ length: i + 1 }, (_, j) => ({ name: `delete_order_${j}`, description: 'Deletes an order for good.', inputSchema: { type: 'object' }, override: { category: 'Destructive' as const, reason: 'test fixture' } })),
}));

describe('the risk page’s servers with the most critical tools', () => {
  let build: SmallBuild;
  beforeAll(() => {
    build = buildSmallCatalogue('risk-index', servers);
  }, 600_000);
  afterAll(() => build?.remove());

  test('lists ten and links to the listing of all twelve, which holds them in the same order', () => {
    const page = readPage(build.dist, 'risk/index.html');
    const listed = page.querySelectorAll('main ol li a').map((a) => a.getAttribute('href'));
    expect(listed).toHaveLength(10);
    const more = page.querySelectorAll('main a').find((a) => a.textContent.startsWith('All 12 servers with Critical-risk tools'));
    expect(more?.getAttribute('href')).toBe('/servers/by/critical/');
    const rows = readPage(build.dist, 'servers/by/critical/index.html').querySelectorAll('main table tbody th a').map((a) => a.getAttribute('href'));
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 10)).toEqual(listed);
  });
});
