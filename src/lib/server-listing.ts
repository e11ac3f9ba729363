import { compare, type CatalogueServer } from './catalogue.ts';
import { compareByRisk, compareByToolCount, compareByUse, downloadsFromServerFile, serverToRiskCounts, type DownloadsOf } from './server-rankings.ts';
import { CATEGORIES, RISKS, categoryToSlug, riskToSlug, type Category, type Risk } from './taxonomy.ts';

/** Servers per page of /servers/: a page stays near 25 KB of HTML whatever the catalogue's size. */
export const SERVER_LIST_PAGE_SIZE = 100;

/**
 * Listings live under /servers/by/<key>/, next to the server pages at /servers/<id>/: a server
 * whose id is this word would take its URL, so the catalogue refuses such an id.
 */
export const SERVER_LISTINGS_SEGMENT = 'by';

/** What a listing is ordered by: a column of the server table. */
export type ServerSortKey = 'name' | 'tools' | 'downloads' | Category | Risk;

/** One order or filter of the server list, with its servers in order. */
export interface ServerListing {
  /** URL segment: /servers/by/<key>/ (the name order's first page is /servers/ itself). */
  key: string;
  /** `order` lists every server; `filter` only those with at least one tool of the category or risk. */
  kind: 'order' | 'filter';
  /** Link text in the listing's navigation. */
  label: string;
  /** Page heading. */
  title: string;
  /** What the listing holds and in which order, one sentence. */
  description: string;
  sortedBy: ServerSortKey;
  servers: CatalogueServer[];
}

/** One page of a listing, in the shape of Astro's `Page` so that the Pagination component can render it. */
export interface ServerListPage {
  listing: ServerListing;
  data: CatalogueServer[];
  start: number;
  end: number;
  size: number;
  total: number;
  currentPage: number;
  lastPage: number;
  url: { current: string; prev: string | undefined; next: string | undefined; first: string | undefined; last: string | undefined };
}

/** Thrown when a server id would take the URL of the server listings. */
export class ReservedServerIdError extends Error {}

/**
 * The orders and filters of /servers/: by name (the default), most tools, riskiest, most used
 * (only when some server has a download count), and one filter per category and per risk level,
 * each ordered by how many such tools a server has.
 */
export function serversToListings(servers: readonly CatalogueServer[], downloadsOf: DownloadsOf = downloadsFromServerFile): ServerListing[] {
  const reserved = servers.find((s) => s.server.id === SERVER_LISTINGS_SEGMENT);
  if (reserved) throw new ReservedServerIdError(`servers/${SERVER_LISTINGS_SEGMENT}.yaml: id: ${JSON.stringify(SERVER_LISTINGS_SEGMENT)} is reserved for the server listings at /servers/${SERVER_LISTINGS_SEGMENT}/<order>/; give the server another id`);
  const sorted = (comparator: (a: CatalogueServer, b: CatalogueServer) => number) => [...servers].sort(comparator);
  // Keys never spell a path segment of another page type ("tools"): tests and tools tell tool pages by /tools/ in the path.
  const listings: ServerListing[] = [
    { key: 'name', kind: 'order', label: 'Name', title: 'MCP servers', description: 'Every server, by name.', sortedBy: 'name', servers: sorted((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.server.id, b.server.id)) },
    { key: 'tool-count', kind: 'order', label: 'Most tools', title: 'MCP servers with the most tools', description: 'Every server, the one with the most tools first.', sortedBy: 'tools', servers: sorted(compareByToolCount) },
    { key: 'riskiest', kind: 'order', label: 'Riskiest', title: 'The riskiest MCP servers', description: 'Every server, the one with the most Critical-risk tools first, then High, Medium and Low.', sortedBy: 'Critical', servers: sorted(compareByRisk) },
  ];
  if (servers.some((s) => downloadsOf(s) !== undefined)) {
    listings.push({ key: 'most-used', kind: 'order', label: 'Most used', title: 'The most used MCP servers', description: 'Every server by monthly npm downloads; servers without a download count follow, by number of tools.', sortedBy: 'downloads', servers: sorted(compareByUse(downloadsOf)) });
  }
  const withMost = (countOf: (s: CatalogueServer) => number) => servers.filter((s) => countOf(s) > 0).sort((a, b) => countOf(b) - countOf(a) || compare(a.server.id, b.server.id));
  for (const category of CATEGORIES) {
    const matching = withMost((s) => s.countsByCategory[category]);
    listings.push({ key: categoryToSlug(category), kind: 'filter', label: category, title: `MCP servers with ${category} tools`, description: `Servers with at least one ${category} tool, the one with the most first.`, sortedBy: category, servers: matching });
  }
  for (const risk of RISKS) {
    const matching = withMost((s) => serverToRiskCounts(s)[risk]);
    listings.push({ key: riskToSlug(risk), kind: 'filter', label: risk, title: `MCP servers with ${risk}-risk tools`, description: `Servers with at least one ${risk}-risk tool, the one with the most first.`, sortedBy: risk, servers: matching });
  }
  return listings;
}

/** The URL of page `n` (from 1) of a listing: /servers/ for the first page by name, else /servers/by/<key>/[n/]. */
export function listingPageHref(key: string, n: number): string {
  if (key === 'name' && n === 1) return '/servers/';
  return `/servers/${SERVER_LISTINGS_SEGMENT}/${key}/${n === 1 ? '' : `${n}/`}`;
}

/** Splits a listing into pages of `pageSize`; an empty listing still has one (empty) page. */
export function listingToPages(listing: ServerListing, pageSize = SERVER_LIST_PAGE_SIZE): ServerListPage[] {
  const total = listing.servers.length;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const href = (n: number) => listingPageHref(listing.key, n);
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * pageSize;
    const data = listing.servers.slice(start, start + pageSize);
    return {
      listing,
      data,
      start,
      end: Math.max(start, start + data.length - 1),
      size: pageSize,
      total,
      currentPage: n,
      lastPage,
      url: { current: href(n), prev: n > 1 ? href(n - 1) : undefined, next: n < lastPage ? href(n + 1) : undefined, first: href(1), last: href(lastPage) },
    };
  });
}
