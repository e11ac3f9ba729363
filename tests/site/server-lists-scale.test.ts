import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { serverToYaml } from '../../src/lib/server-file.ts';
import { CATEGORIES } from '../../src/lib/taxonomy.ts';
import { readPage } from '../support/dist.ts';
import { readListing } from '../support/server-list-pages.ts';
import { testServer } from '../support/test-server.ts';

/**
 * The shipped catalogue may not yet have more servers than a page holds, download counts or import
 * history. This catalogue has all three: 130 small servers, most with a download count, some with
 * dated changes, one of them naming tools with markup.
 */
const SERVER_COUNT = 130;
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

function syntheticServer(i: number): ServerInput {
  const id = `srv-${String(i).padStart(3, '0')}`;
  const categories = [CATEGORIES[i % CATEGORIES.length]!, 'Read' as const];
  return testServer({
    id,
    name: `Server ${String(i).padStart(3, '0')}`,
    // Every third server has no count; the others are unique, so the expected order is unambiguous.
    ...(i % 3 === 0 ? {} : { downloads: (i * 7919) % 100_003 }),
    // Server 8's change is the newest, and names a tool with markup.
    ...(i % 4 === 0 ? { history: [{ date: i === 8 ? '2026-11-30' : `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, added: i === 8 ? [HOSTILE_NAME] : [`tool_${i}_0`], removed: [], changed: [] }] } : {}),
    tools: categories.map((category, t) => ({ name: `tool_${i}_${t}`, description: `Tool ${t} of server ${i}.`, inputSchema: { type: 'object' }, override: { category, reason: 'test fixture' } })),
  });
}

const servers = Array.from({ length: SERVER_COUNT }, (_, i) => syntheticServer(i));
let root = '';
let dist = '';

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'catalogue-scale-'));
  mkdirSync(path.join(root, 'servers'));
  for (const server of servers) writeFileSync(path.join(root, 'servers', `${server.id}.yaml`), serverToYaml(server));
  dist = path.join(root, 'dist');
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', dist], {
    env: { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, CATALOGUE_CONTENT: root, CATALOGUE_CACHE_DIR: path.join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`a catalogue of ${SERVER_COUNT} servers`, () => {
  const hrefOf = (server: ServerInput) => `/servers/${server.id}/`;
  const byDownloads = [...servers].sort((a, b) => {
    if ((a.downloads === undefined) !== (b.downloads === undefined)) return a.downloads === undefined ? 1 : -1;
    return (b.downloads ?? 0) - (a.downloads ?? 0) || (a.id < b.id ? -1 : 1);
  });

  test('/servers/ spreads the servers over pages of 100 linked by rel=next/prev, each server once', () => {
    const pages = readListing(dist, '/servers/');
    expect(pages.map((p) => p.rows.length)).toEqual([100, 30]);
    expect(pages.map((p) => p.file)).toEqual(['servers/index.html', 'servers/by/name/2/index.html']);
    expect(pages.flatMap((p) => p.rows.map((r) => r.href))).toEqual(servers.map(hrefOf));
    expect(pages[1]!.page.querySelector('main nav.pagination a[rel="prev"]')!.getAttribute('href')).toBe('/servers/');
    expect(pages[1]!.page.querySelector('main nav.pagination a[aria-current="page"]')!.textContent).toBe('2');
  });

  test('/servers/by/most-used/ orders by monthly downloads, then servers without a count, and shows the count', () => {
    const rows = readListing(dist, '/servers/by/most-used/').flatMap((p) => p.rows);
    expect(rows.map((r) => r.href)).toEqual(byDownloads.map(hrefOf));
    expect(rows[0]!.numbers.get('Downloads a month')).toBe(byDownloads[0]!.downloads);
  });

  test('the home page lists the ten most used servers and the ten latest changes, and stays small', () => {
    const main = readPage(dist, 'index.html').querySelector('main')!;
    expect(main.querySelector('#most-used')!.textContent).toBe('Most used servers');
    expect(main.querySelectorAll('section[aria-labelledby="most-used"] ol li a').map((a) => a.getAttribute('href'))).toEqual(byDownloads.slice(0, 10).map(hrefOf));
    const changed = servers.filter((s) => s.history).sort((a, b) => (a.history![0]!.date < b.history![0]!.date ? 1 : a.history![0]!.date > b.history![0]!.date ? -1 : a.id < b.id ? -1 : 1));
    expect(main.querySelectorAll('[data-recent-changes] li a').map((a) => a.getAttribute('href'))).toEqual(changed.slice(0, 10).map(hrefOf));
    expect(statSync(path.join(dist, 'index.html')).size).toBeLessThan(32_000);
  });

  test('a tool name with markup in a recent change is printed as text', () => {
    const main = readPage(dist, 'index.html').querySelector('main')!;
    const item = main.querySelectorAll('[data-recent-changes] li').find((li) => li.querySelector('a')!.getAttribute('href') === '/servers/srv-008/');
    expect(item).toBeDefined();
    expect(item!.textContent).toContain(`added 1 tool (${HOSTILE_NAME})`);
    expect(main.querySelectorAll('img')).toHaveLength(0);
  });
});
