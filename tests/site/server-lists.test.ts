import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, RISKS } from '../../src/lib/taxonomy.ts';
import { BUILDS, distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { countFor, readApiServers, readListing, urlToFile, type ApiServer } from '../support/server-list-pages.ts';
import { readServers } from '../support/shipped.ts';

const dist = distOf('shipped');
const api = readApiServers(dist);
const byPath = new Map(api.map((s) => [s.path, s]));
const serverPaths = listFiles(dist, 'index.html')
  .filter((f) => /^servers\/[^/]+\/index\.html$/.test(f) && !f.startsWith('servers/by/'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();
const servers = readServers(BUILDS.shipped.content);
const home = readPage(dist, 'index.html');

/** Riskiest first: more Critical tools, then High, Medium, Low; ties by id. Written apart from the site's own comparator. */
function compareRisk(a: ApiServer, b: ApiServer): number {
  for (const risk of RISKS) {
    const difference = countFor(b, risk) - countFor(a, risk);
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

describe('/servers/', () => {
  const pages = readListing(dist, '/servers/');
  const rows = pages.flatMap((p) => p.rows);

  test('lists every server once across its pages, at most 100 a page', () => {
    expect(serverPaths.length).toBe(api.length);
    expect([...rows.map((r) => r.href)].sort()).toEqual(serverPaths);
    for (const page of pages) expect(page.rows.length).toBeLessThanOrEqual(100);
  });

  test('gives each server its tool count and its counts per category and per risk, as the API has them', () => {
    const wrong = rows.flatMap((row) => ['Tools', ...CATEGORIES, ...RISKS].filter((column) => row.numbers.get(column) !== countFor(byPath.get(row.href)!, column)).map((column) => `${row.href} ${column}`));
    expect(wrong).toEqual([]);
  });

  test('is in name order and says so', () => {
    const names = rows.map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(pages[0]!.sortedBy).toEqual({ column: 'Server', direction: 'ascending' });
  });

  test('a listing page stays under 40 KB of HTML', () => {
    for (const page of pages) expect(statSync(path.join(dist, page.file)).size).toBeLessThan(40_000);
  });
});

describe('orders and filters of /servers/', () => {
  const nav = readPage(dist, 'servers/index.html').querySelectorAll('main nav.list-nav a').map((a) => ({ label: a.textContent.trim(), href: a.getAttribute('href')! }));

  test('link every order and a filter per category and risk level', () => {
    expect(nav.map((l) => l.label)).toEqual(expect.arrayContaining(['Name', 'Most tools', 'Riskiest', ...CATEGORIES, ...RISKS]));
    expect(nav.find((l) => l.label === 'Name')!.href).toBe('/servers/');
  });

  test.each(['Tools', ...CATEGORIES, ...RISKS])('ordered by %s: the servers with such tools, most first', (column) => {
    const href = column === 'Tools' ? '/servers/by/tool-count/' : nav.find((l) => l.label === column)!.href;
    const listing = readListing(dist, href);
    const rows = listing.flatMap((p) => p.rows);
    const expected = api.filter((s) => countFor(s, column) > 0).map((s) => s.path).sort();
    expect(rows.map((r) => r.href).sort()).toEqual(expected);
    const counts = rows.map((r) => r.numbers.get(column)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    if (rows.length > 0) expect(listing[0]!.sortedBy).toEqual({ column, direction: 'descending' });
    expect(readPage(dist, urlToFile(href)).querySelector('main nav.list-nav a[aria-current="page"]')?.textContent.trim()).toBe(column === 'Tools' ? 'Most tools' : column);
  });

  test('riskiest: every server, most Critical tools first, then High, Medium and Low', () => {
    const rows = readListing(dist, '/servers/by/riskiest/').flatMap((p) => p.rows);
    expect(rows.map((r) => r.href)).toEqual([...api].sort(compareRisk).map((s) => s.path));
  });
});

describe('the home page', () => {
  const main = home.querySelector('main')!;
  const listHrefs = (id: string) => main.querySelectorAll(`section[aria-labelledby="${id}"] ol.rank-list li a`).map((a) => a.getAttribute('href'));

  test('stays small: no list of every server, under 32 KB of HTML', () => {
    expect(statSync(path.join(dist, 'index.html')).size).toBeLessThan(32_000);
    const serverLinks = new Set(main.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '').filter((href) => /^\/servers\/[a-z0-9-]+\/$/.test(href)));
    expect(serverLinks.size).toBeLessThanOrEqual(30);
    expect(main.querySelector('a[href="/servers/"]')).not.toBeNull();
  });

  test('shows the catalogue’s counts and a search form', () => {
    expect(main.querySelector('.lead')!.textContent).toContain(`${api.reduce((n, s) => n + s.tools.length, 0).toLocaleString('en-US')} tools of ${api.length.toLocaleString('en-US')} MCP servers`);
    expect(main.querySelector('form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
  });

  test('lists the ten riskiest servers in order', () => {
    expect(listHrefs('riskiest')).toEqual([...api].sort(compareRisk).slice(0, 10).map((s) => s.path));
  });

  test('lists the ten most used servers: by monthly downloads, then by number of tools', () => {
    const downloads = new Map(servers.map((s) => [`/servers/${s.id}/`, s.downloads]));
    const used = (s: ApiServer) => downloads.get(s.path);
    const expected = [...api].sort((a, b) => {
      const [da, db] = [used(a), used(b)];
      if (da !== undefined && db !== undefined && da !== db) return db - da;
      if ((da === undefined) !== (db === undefined)) return da === undefined ? 1 : -1;
      return b.tools.length - a.tools.length || (a.id < b.id ? -1 : 1);
    });
    expect(listHrefs('most-used')).toEqual(expected.slice(0, 10).map((s) => s.path));
    const anyDownloads = servers.some((s) => s.downloads !== undefined);
    expect(main.querySelector('#most-used')!.textContent).toBe(anyDownloads ? 'Most used servers' : 'Largest servers');
  });

  test('lists the ten latest recorded changes, newest first, or says there are none', () => {
    const changes = [...servers]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap((s) => (s.history ?? []).map((h) => `${h.date} /servers/${s.id}/`))
      .sort((a, b) => (a.slice(0, 10) < b.slice(0, 10) ? 1 : a.slice(0, 10) > b.slice(0, 10) ? -1 : 0))
      .slice(0, 10);
    const shown = main.querySelectorAll('[data-recent-changes] li').map((li) => `${li.querySelector('time')!.getAttribute('datetime')} ${li.querySelector('a')!.getAttribute('href')}`);
    expect(shown).toEqual(changes);
    if (changes.length === 0) expect(main.querySelector('[data-recent-changes="none"]')).not.toBeNull();
    expect(main.querySelector('a[href="/changes/"]')).not.toBeNull();
  });
});
