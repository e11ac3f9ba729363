import type { CatalogueServer, CatalogueTool } from './catalogue.ts';
import { toolHistoryOf } from './history/tool-history.ts';
import { sha256Hex } from './tool-hash.ts';

/** What a tool page shows of an attack pattern it links to. */
export type AttackLabel = (slug: string) => string;

/**
 * The cache key of a tool page for Astro's incremental builds: a digest of everything the page
 * prints that comes from data (the page's code is covered by Astro's own dependency hash). A page
 * whose key is unchanged is copied from the last build instead of rendered again, so anything a
 * page shows must be in here; keep it in step with src/pages/servers/[id]/tools/[tool]/index.astro.
 */
export function toolPageCacheKey(tool: CatalogueTool, attackLabel: AttackLabel): string {
  const { server } = tool.server;
  return sha256Hex(
    JSON.stringify([
      tool.hash,
      tool.tool.override ?? null,
      tool.slug,
      [server.id, server.name, server.repository ?? null, server.run, server.source, server.tools.length],
      tool.classification,
      tool.choice,
      tool.argumentRules,
      tool.exposures.map((e) => [e, attackLabel(e.slug)]),
      tool.findings,
      tool.changes,
      toolHistoryOf(server, tool.tool.name),
      tool.related.map((r) => [r.url, r.label, r.server.name]),
    ]),
  ).slice(0, 16);
}

/** The cache key of a server page: the server's data and the keys of its tools. */
export function serverPageCacheKey(server: CatalogueServer, toolKeys: readonly string[]): string {
  return sha256Hex(JSON.stringify([server.server, server.name, server.policyYaml, toolKeys])).slice(0, 16);
}
