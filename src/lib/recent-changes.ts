import { compare, type CatalogueServer } from './catalogue.ts';
import { toDisplayText } from './display-text.ts';
import type { HistoryEntry } from './schemas/server.ts';

/** One dated change of one server's tool list, as an import recorded it. */
export interface RecentChange {
  server: CatalogueServer;
  change: HistoryEntry;
}

/** The `limit` most recent changes across all servers: newest date first, then server id order, then the file's own order. */
export function recentChanges(servers: readonly CatalogueServer[], limit: number): RecentChange[] {
  const all = [...servers]
    .sort((a, b) => compare(a.server.id, b.server.id))
    .flatMap((server) => (server.server.history ?? []).map((change) => ({ server, change })));
  // Array.prototype.sort is stable: equal dates keep server and file order.
  return all.sort((a, b) => compare(b.change.date, a.change.date)).slice(0, limit);
}

/**
 * A change in one line of words, naming at most `namesShown` tools per kind:
 * `added 3 tools (a, b, c); removed 1 tool (d); changed 12 tools (e, f, g and 9 more)`.
 * Names are third-party text: invisible characters are made visible and long names cut.
 */
export function changeToSummary(change: HistoryEntry, namesShown = 3): string {
  const parts = [
    ['added', change.added],
    ['removed', change.removed],
    ['changed', change.changed.map((c) => c.name)],
  ] as const;
  return parts
    .filter(([, names]) => names.length > 0)
    .map(([verb, names]) => `${verb} ${names.length} tool${names.length === 1 ? '' : 's'} (${namesToList(names, namesShown)})`)
    .join('; ');
}

function namesToList(names: readonly string[], shown: number): string {
  const listed = names.slice(0, shown).map((name) => {
    const display = toDisplayText(name, 80);
    return display.cutCharacters > 0 ? `${display.text}…` : display.text;
  });
  return names.length > shown ? `${listed.join(', ')} and ${names.length - shown} more` : listed.join(', ');
}
