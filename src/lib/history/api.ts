import type { ChangesIndex, ToolHistoryApi } from '../schemas/history-api.ts';
import { changeToTitle, type CatalogueChange } from './changes.ts';
import type { ToolHistoryView } from './tool-history.ts';

/** Changes /api/changes.json lists: the most recent ones; each server's API file has its whole history. */
export const CHANGES_API_LIMIT = 1_000;

/** A tool's history for /api/servers/<id>.json (the word diff is left to the reader: `details` has both texts). */
export function toolHistoryToApi(view: ToolHistoryView): ToolHistoryApi {
  return {
    firstSeen: view.firstSeen,
    changes: view.events.map(({ descriptionDiff: _diff, ...event }) => event),
  };
}

/** `/api/changes.json`. */
export function changesToIndex(changes: readonly CatalogueChange[], site: string): ChangesIndex {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    name: 'MCP tool risk catalogue: recent changes',
    site: absolute('/'),
    page: absolute('/changes/'),
    feed: absolute('/changes.xml'),
    total: changes.length,
    changes: changes.slice(0, CHANGES_API_LIMIT).map((c) => ({
      id: c.key,
      title: changeToTitle(c),
      date: c.date,
      published: c.published,
      ...(c.version !== undefined ? { version: c.version } : {}),
      change: c.change,
      fields: c.fields,
      details: c.details,
      warnings: c.warnings,
      server: { id: c.server.server.id, name: c.server.server.name, url: absolute(c.server.url), api: absolute(`/api/servers/${c.server.server.id}.json`), feed: absolute(`${c.server.url}changes.xml`) },
      tool: { name: c.tool.name, ...(c.tool.url ? { url: absolute(c.tool.url) } : {}) },
    })),
  };
}
