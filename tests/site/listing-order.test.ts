import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** A server with `count` Destructive tools named delete_<noun>_<i>, and a monthly download count. */
function server(id: string, downloads: number, count: number): ServerInput {
  return testServer({
    id,
    name: id.toUpperCase(),
    downloads,
    tools: Array.from({ length: count }, (_, i) => ({ name: `delete_${id}_${i}`, description: 'Deletes a record for good.', inputSchema: { type: 'object' }, override: { category: 'Destructive' as const, reason: 'test fixture' } })),
  });
}

/**
 * The lowest id is a niche server with more tools than a list page holds (as 0nmcp is, with 1,083): in id
 * order the first page showed nothing else. The most used server has the highest id.
 */
const niche = server('aaa-niche', 15, 120);
const used = server('zzz-used', 500_000, 3);

describe('tool listings on the site', () => {
  let build: SmallBuild;
  beforeAll(() => {
    build = buildSmallCatalogue('listing-order', [niche, used]);
  }, 600_000);
  afterAll(() => build?.remove());

  const servers = (file: string) => readPage(build.dist, file).querySelectorAll('main table tbody tr td:nth-child(2) a').map((a) => a.getAttribute('href'));

  test.each(['categories/destructive', 'risk/critical', 'attacks/destructive-action-by-mistake/tools'])('/%s/ lists the most used server’s tools first, then the niche one’s', (list) => {
    const first = servers(`${list}/index.html`);
    expect(first.slice(0, 4)).toEqual(['/servers/zzz-used/', '/servers/zzz-used/', '/servers/zzz-used/', '/servers/aaa-niche/']);
    expect(new Set(servers(`${list}/2/index.html`))).toEqual(new Set(['/servers/aaa-niche/']));
  });

  test.each(['categories/destructive', 'risk/critical'])('/%s/ says its order in one line', (list) => {
    const lines = readPage(build.dist, `${list}/index.html`).querySelectorAll('main p').map((p) => p.textContent.trim());
    expect(lines).toContain("Most used servers first (monthly npm downloads), each server's tools together.");
  });

  test('an attack’s exposed tools say how equally relevant tools are ordered', () => {
    const lead = readPage(build.dist, 'attacks/destructive-action-by-mistake/tools/index.html').querySelector('main .lead')!.textContent;
    expect(lead).toContain('most relevant first, then most used servers first,');
  });
});
