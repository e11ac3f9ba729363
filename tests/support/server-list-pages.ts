import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { readPage } from './dist.ts';

/** One row of a /servers/ table: the server page it links to, and every number column by its header. */
export interface ServerRow {
  href: string;
  name: string;
  numbers: Map<string, number>;
}

/** One page of a server listing as built. */
export interface ListingPage {
  file: string;
  page: HTMLElement;
  rows: ServerRow[];
  /** The header of the column marked `aria-sort`, and its direction. */
  sortedBy: { column: string; direction: string } | undefined;
}

/** `/a/b/` → `a/b/index.html`. */
export function urlToFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** The rows of a page's server table, with numbers read by column header ("Tools", "Destructive", "Critical", "Downloads a month"). */
export function readServerTable(page: HTMLElement): ServerRow[] {
  const table = page.querySelector('main table.server-table');
  if (!table) return [];
  const headers = table.querySelectorAll('thead tr:last-child th').map((th) => th.textContent.trim());
  return table.querySelectorAll('tbody tr').map((tr) => {
    const link = tr.querySelector('th[scope="row"] a')!;
    const cells = tr.querySelectorAll('td');
    const numbers = new Map<string, number>();
    cells.forEach((cell, i) => numbers.set(headers[i + 1]!, Number(cell.textContent.trim().replaceAll(',', '').replace('–', 'NaN'))));
    return { href: link.getAttribute('href')!, name: link.textContent, numbers };
  });
}

/** Every page of a listing from its first URL, following rel=next. */
export function readListing(dist: string, firstUrl: string): ListingPage[] {
  const pages: ListingPage[] = [];
  for (let url: string | undefined = firstUrl; url; ) {
    const file = urlToFile(url);
    const page = readPage(dist, file);
    const sorted = page.querySelector('main table.server-table thead th[aria-sort]');
    pages.push({ file, page, rows: readServerTable(page), sortedBy: sorted ? { column: sorted.textContent.trim(), direction: sorted.getAttribute('aria-sort')! } : undefined });
    url = page.querySelector('main nav.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
    if (pages.length > 1000) throw new Error(`${firstUrl}: more than 1000 pages, a rel=next loop?`);
  }
  return pages;
}

/** Tools of each server as the build's API lists them: category and risk per tool, by server page path. */
export interface ApiServer {
  id: string;
  path: string;
  tools: { name: string; category: string; risk: string; path: string }[];
}

/** `/api/catalogue.json` of a build, with URLs turned into site paths. */
export function readApiServers(dist: string): ApiServer[] {
  const index = JSON.parse(readFileSync(path.join(dist, 'api/catalogue.json'), 'utf8')) as { servers: { id: string; url: string; tools: { name: string; category: string; risk: string; url: string }[] }[] };
  return index.servers.map((s) => ({ id: s.id, path: new URL(s.url).pathname, tools: s.tools.map((t) => ({ name: t.name, category: t.category, risk: t.risk, path: new URL(t.url).pathname })) }));
}

/** How many of a server's tools fall under a column: "Tools", a category or a risk level. */
export function countFor(server: ApiServer, column: string): number {
  if (column === 'Tools') return server.tools.length;
  return server.tools.filter((t) => t.category === column || t.risk === column).length;
}
