import { describe, expect, test } from 'vitest';
import { buildCatalogue, type CatalogueServer } from '../../src/lib/catalogue.ts';
import { changeToSummary, recentChanges } from '../../src/lib/recent-changes.ts';
import type { HistoryEntry, Server } from '../../src/lib/schemas/server.ts';
import { listingPageHref, listingToPages, ReservedServerIdError, serversToListings } from '../../src/lib/server-listing.ts';
import { mostUsedServers, riskiestServers, serverToRiskCounts, serverToRiskSummary, serverToUsageSummary } from '../../src/lib/server-rankings.ts';
import { serverToToolRows } from '../../src/lib/server-tool-rows.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/** A server whose tools have exactly the given categories (reviewed overrides, so the classifier cannot move them). */
function server(id: string, categories: Category[], extra: Partial<Server> = {}): Server {
  return {
    id,
    name: id.toUpperCase(),
    description: '',
    run: { command: `npx -y ${id}` },
    transport: 'stdio',
    tags: [],
    source: { kind: 'live-import', date: '2026-11-25' },
    tools: categories.map((category, i) => ({ name: `tool_${i}`, description: `Tool ${i} of ${id}. More text.`, inputSchema: { type: 'object' }, override: { category, reason: 'test fixture' } })),
    ...extra,
  };
}

const servers = (list: Server[]): CatalogueServer[] => buildCatalogue(list, []).servers;
const ids = (list: readonly CatalogueServer[]) => list.map((s) => s.server.id);

describe('server rankings', () => {
  const catalogue = servers([
    server('alpha', ['Read', 'Read', 'Read', 'Read', 'Read']),
    server('beta', ['Destructive', 'Read']),
    server('gamma', ['Financial', 'Destructive', 'Execute']),
    server('delta', ['Execute', 'Execute', 'Write']),
    server('epsilon', ['Financial', 'Destructive', 'Write']),
  ]);

  test('risk counts follow the categories: Financial and Destructive are Critical, Execute High, Write and Other Medium, Read Low', () => {
    const gamma = catalogue.find((s) => s.server.id === 'gamma')!;
    expect(serverToRiskCounts(gamma)).toEqual({ Critical: 2, High: 1, Medium: 0, Low: 0 });
  });

  test('the riskiest servers have the most Critical tools, then High, ties in id order', () => {
    expect(ids(riskiestServers(catalogue, 4))).toEqual(['gamma', 'epsilon', 'beta', 'delta']);
  });

  test('a risk summary names the two worst levels present and the tool count', () => {
    expect(serverToRiskSummary(catalogue.find((s) => s.server.id === 'gamma')!)).toBe('2 Critical, 1 High of 3 tools');
    expect(serverToRiskSummary(catalogue.find((s) => s.server.id === 'alpha')!)).toBe('5 Low of 5 tools');
  });

  test('without download counts, the most used servers are the largest, and the result says so', () => {
    const { servers: top, byDownloads } = mostUsedServers(catalogue, 3);
    expect(byDownloads).toBe(false);
    expect(ids(top)).toEqual(['alpha', 'delta', 'epsilon']);
  });

  test('download counts order first; servers without one follow by size', () => {
    const withDownloads = servers([
      server('small-popular', ['Read'], { downloads: 90_000 }),
      server('big-unknown', ['Read', 'Read', 'Read', 'Read']),
      server('mid-known', ['Read', 'Read'], { downloads: 1_000 }),
      server('small-unknown', ['Read']),
    ]);
    const { servers: top, byDownloads } = mostUsedServers(withDownloads, 10);
    expect(byDownloads).toBe(true);
    expect(ids(top)).toEqual(['small-popular', 'mid-known', 'big-unknown', 'small-unknown']);
    expect(serverToUsageSummary(top[0]!)).toBe('90,000 downloads a month, 1 tool');
    expect(serverToUsageSummary(top[2]!)).toBe('4 tools');
  });

  test('download counts can come from elsewhere than the server file', () => {
    const fromSources = new Map([['beta', 5], ['alpha', 3]]);
    const { servers: top } = mostUsedServers(catalogue, 2, (s) => fromSources.get(s.server.id));
    expect(ids(top)).toEqual(['beta', 'alpha']);
  });
});

describe('server listings', () => {
  const many = servers(Array.from({ length: 7 }, (_, i) => server(`s${i}`, i % 2 === 0 ? ['Read'] : ['Destructive', 'Read'])));

  test('list every server by name, tools and risk, and filter by each category and risk level', () => {
    const listings = serversToListings(many);
    expect(listings.map((l) => l.key)).toEqual(['name', 'tool-count', 'riskiest', 'financial', 'destructive', 'execute', 'write', 'read', 'other', 'critical', 'high', 'medium', 'low']);
    for (const key of ['name', 'tool-count', 'riskiest']) expect(listings.find((l) => l.key === key)!.servers).toHaveLength(7);
    expect(ids(listings.find((l) => l.key === 'destructive')!.servers)).toEqual(['s1', 's3', 's5']);
    expect(listings.find((l) => l.key === 'financial')!.servers).toEqual([]);
  });

  test('offer "most used" only when some server has a download count', () => {
    const withDownloads = servers([server('a', ['Read']), server('b', ['Read'], { downloads: 10 })]);
    expect(serversToListings(withDownloads).map((l) => l.key)).toContain('most-used');
    expect(serversToListings(many).map((l) => l.key)).not.toContain('most-used');
  });

  test('split a listing into pages that hold every server once, with links between them', () => {
    const byName = serversToListings(many)[0]!;
    const pages = listingToPages(byName, 3);
    expect(pages.map((p) => ids(p.data))).toEqual([['s0', 's1', 's2'], ['s3', 's4', 's5'], ['s6']]);
    expect(pages.map((p) => p.url.current)).toEqual(['/servers/', '/servers/by/name/2/', '/servers/by/name/3/']);
    expect(pages[1]!.url.prev).toBe('/servers/');
    expect(pages[1]!.url.next).toBe('/servers/by/name/3/');
    expect(pages[2]!.url.next).toBeUndefined();
    expect(pages.map((p) => [p.start, p.end, p.lastPage])).toEqual([[0, 2, 3], [3, 5, 3], [6, 6, 3]]);
  });

  test('an empty filter still has one page', () => {
    const financial = serversToListings(many).find((l) => l.key === 'financial')!;
    expect(listingToPages(financial)).toHaveLength(1);
    expect(listingToPages(financial)[0]!.data).toEqual([]);
  });

  test('page URLs: the first page by name is /servers/, every other page is under /servers/by/', () => {
    expect(listingPageHref('name', 1)).toBe('/servers/');
    expect(listingPageHref('riskiest', 1)).toBe('/servers/by/riskiest/');
    expect(listingPageHref('riskiest', 4)).toBe('/servers/by/riskiest/4/');
  });

  test('refuse a server whose id would take the listings’ URL, naming the file', () => {
    expect(() => serversToListings(servers([server('by', ['Read'])]))).toThrow(ReservedServerIdError);
    expect(() => serversToListings(servers([server('by', ['Read'])]))).toThrow('servers/by.yaml: id: "by" is reserved');
  });
});

describe('recent changes', () => {
  const change = (date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ date, added: ['new_tool'], removed: [], changed: [], ...extra });
  const catalogue = servers([
    server('zeta', ['Read'], { history: [change('2026-11-20'), change('2026-10-01')] }),
    server('alpha', ['Read'], { history: [change('2026-11-20', { added: ['a'] })] }),
    server('mid', ['Read'], { history: [change('2026-11-24')] }),
    server('quiet', ['Read']),
  ]);

  test('are the newest first across servers, ties in server id order, at most the limit', () => {
    const recent = recentChanges(catalogue, 3);
    expect(recent.map((r) => `${r.change.date} ${r.server.server.id}`)).toEqual(['2026-11-24 mid', '2026-11-20 alpha', '2026-11-20 zeta']);
  });

  test('include every change when the limit allows', () => {
    expect(recentChanges(catalogue, 100)).toHaveLength(4);
  });

  test('are summarised in words, naming a few tools and counting the rest', () => {
    const summary = changeToSummary({
      date: '2026-11-25',
      added: ['a', 'b', 'c', 'd', 'e'],
      removed: ['gone'],
      changed: [{ name: 'x', fields: ['description'], previousHash: '0123456789abcdef', hash: 'fedcba9876543210' }],
    });
    expect(summary).toBe('added 5 tools (a, b, c and 2 more); removed 1 tool (gone); changed 1 tool (x)');
  });

  test('show hidden characters in tool names and cut overlong ones', () => {
    const summary = changeToSummary({ date: '2026-11-25', added: ['evil\u200bname', 'x'.repeat(300)], removed: [], changed: [] });
    expect(summary).toContain('evil\\u200bname');
    expect(summary).not.toContain('\u200b');
    expect(summary).toContain(`${'x'.repeat(80)}…`);
    expect(summary).not.toContain('x'.repeat(81));
  });
});

describe('a server page’s tool rows', () => {
  test('put the riskiest categories first, keep the server’s order within one, and carry a one-line summary', () => {
    const [entry] = servers([server('acme', ['Read', 'Destructive', 'Write', 'Destructive'])]);
    const rows = serverToToolRows(entry!);
    expect(rows.map((r) => `${r.tool.classification.category} ${r.tool.tool.name}`)).toEqual(['Destructive tool_1', 'Destructive tool_3', 'Write tool_2', 'Read tool_0']);
    expect(rows[0]!.summary).toBe('Tool 1 of acme.');
  });

  test('fall back to the title when there is no description', () => {
    const [entry] = servers([{ ...server('acme', ['Read']), tools: [{ name: 'get', title: 'Get a thing. Fast.', inputSchema: { type: 'object' } }] }]);
    expect(serverToToolRows(entry!)[0]!.summary).toBe('Get a thing.');
  });
});
