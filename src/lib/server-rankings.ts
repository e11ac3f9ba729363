import type { CatalogueServer } from './catalogue.ts';
import { compare } from './code-point.ts';
import { toolCount } from './count-words.ts';
import { CATEGORIES, RISKS, RISK_BY_CATEGORY, type Risk } from './taxonomy.ts';

/** A server's monthly downloads when known; `undefined` when the catalogue has no count for it. */
export type DownloadsOf = (entry: CatalogueServer) => number | undefined;

/** Reads the optional `downloads` field of the server file (src/lib/schemas/server.ts). */
export const downloadsFromServerFile: DownloadsOf = (entry) => entry.server.downloads;

const riskCountsByServer = new WeakMap<CatalogueServer, Record<Risk, number>>();

/** A server's tools counted by risk level; risk follows the category (RISK_BY_CATEGORY). Computed once per server. */
export function serverToRiskCounts(entry: CatalogueServer): Record<Risk, number> {
  let counts = riskCountsByServer.get(entry);
  if (!counts) {
    counts = Object.fromEntries(RISKS.map((risk) => [risk, 0])) as Record<Risk, number>;
    for (const category of CATEGORIES) counts[RISK_BY_CATEGORY[category]] += entry.countsByCategory[category];
    riskCountsByServer.set(entry, counts);
  }
  return counts;
}

/** Riskiest first: more Critical tools, then more High, then Medium, then Low; ties in id order. */
export function compareByRisk(a: CatalogueServer, b: CatalogueServer): number {
  const countsA = serverToRiskCounts(a);
  const countsB = serverToRiskCounts(b);
  for (const risk of RISKS) if (countsA[risk] !== countsB[risk]) return countsB[risk] - countsA[risk];
  return compare(a.server.id, b.server.id);
}

/** Most tools first; ties in id order. */
export function compareByToolCount(a: CatalogueServer, b: CatalogueServer): number {
  return b.tools.length - a.tools.length || compare(a.server.id, b.server.id);
}

/**
 * Most used first: servers with a download count by that count, then servers without one by their
 * number of tools (a server's size is the best proxy we have for how much of an agent it reaches).
 */
export function compareByUse(downloadsOf: DownloadsOf = downloadsFromServerFile): (a: CatalogueServer, b: CatalogueServer) => number {
  return (a, b) => {
    const downloadsA = downloadsOf(a);
    const downloadsB = downloadsOf(b);
    if (downloadsA !== undefined && downloadsB !== undefined && downloadsA !== downloadsB) return downloadsB - downloadsA;
    if ((downloadsA === undefined) !== (downloadsB === undefined)) return downloadsA === undefined ? 1 : -1;
    return compareByToolCount(a, b);
  };
}

/** The `limit` riskiest servers (compareByRisk). */
export function riskiestServers(servers: readonly CatalogueServer[], limit: number): CatalogueServer[] {
  return [...servers].sort(compareByRisk).slice(0, limit);
}

/** The `limit` most used servers (compareByUse), and whether any server had a download count to order by. */
export function mostUsedServers(servers: readonly CatalogueServer[], limit: number, downloadsOf: DownloadsOf = downloadsFromServerFile): { servers: CatalogueServer[]; byDownloads: boolean } {
  return { servers: [...servers].sort(compareByUse(downloadsOf)).slice(0, limit), byDownloads: servers.some((s) => downloadsOf(s) !== undefined) };
}

/** A server's risk in a few words, for ranked lists: "12 Critical, 3 High of 40 tools" (the levels it has, worst two). */
export function serverToRiskSummary(entry: CatalogueServer): string {
  const counts = serverToRiskCounts(entry);
  const worst = RISKS.filter((risk) => counts[risk] > 0).slice(0, 2).map((risk) => `${counts[risk].toLocaleString('en-US')} ${risk}`);
  const tools = toolCount(entry.tools.length);
  return worst.length === 0 ? 'no tools' : `${worst.join(', ')} of ${tools}`;
}

/** How used a server is, in a few words: "123,456 downloads a month, 40 tools", or "40 tools" without a count. */
export function serverToUsageSummary(entry: CatalogueServer, downloadsOf: DownloadsOf = downloadsFromServerFile): string {
  const downloads = downloadsOf(entry);
  const tools = toolCount(entry.tools.length);
  return downloads === undefined ? tools : `${downloads.toLocaleString('en-US')} downloads a month, ${tools}`;
}
