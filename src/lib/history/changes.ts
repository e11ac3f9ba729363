import { compare, type CatalogueServer } from '../catalogue.ts';
import { toDisplayText } from '../display-text.ts';
import type { FieldChange, HistoryWarning } from '../schemas/history.ts';
import { toolChangeToSummary, warningToMark, type ToolChangeKind } from './change-text.ts';
import { entryToFacts } from './tool-history.ts';

/** A tool named by a change: its exact name, the name as pages print it, and its page while the server still has it. */
export interface ToolMention {
  name: string;
  label: string;
  url?: string;
}

/** One tool's change in one version of one server: an item of /changes/, its feeds and /api/changes.json. */
export interface CatalogueChange {
  /** Unique and stable across builds: `<server>/<version or date>/<change>/<tool>`, URL-encoded segments. */
  key: string;
  server: CatalogueServer;
  date: string;
  /** True when `date` is the version's publish date. */
  published: boolean;
  version?: string;
  tool: ToolMention;
  change: ToolChangeKind;
  fields: string[];
  details: FieldChange[];
  warnings: HistoryWarning[];
}

/** Changes per page of /changes/: each is one line, so a page stays well inside its size budget. */
export const CHANGES_PAGE_SIZE = 50;

/**
 * Every recorded tool change of the catalogue, newest first: by date, then server id, then the
 * server's own order (newer entries first), then added, removed, changed, each in entry order.
 */
export function serversToChanges(servers: readonly CatalogueServer[]): CatalogueChange[] {
  const changes: CatalogueChange[] = [];
  const keys = new Set<string>();
  for (const entry of [...servers].sort((a, b) => compare(a.server.id, b.server.id))) {
    const { server } = entry;
    const urlByName = new Map(entry.tools.map((t) => [t.tool.name, t.url]));
    const publishedOn = new Map((server.versions ?? []).map((v) => [v.version, v.published]));
    for (const history of server.history ?? []) {
      const facts = entryToFacts(history, publishedOn);
      const warningsOf = (name: string) => (history.warnings ?? []).filter((w) => w.tool === name);
      const items = [
        ...history.added.map((name) => ({ name, change: 'added' as const, fields: [], details: [], warnings: warningsOf(name) })),
        ...history.removed.map((name) => ({ name, change: 'removed' as const, fields: [], details: [], warnings: [] })),
        ...history.changed.map((c) => ({ name: c.name, change: 'changed' as const, fields: c.fields, details: c.details ?? [], warnings: warningsOf(c.name) })),
      ];
      for (const item of items) {
        const url = item.change === 'removed' ? undefined : urlByName.get(item.name);
        changes.push({
          key: uniqueKey(keys, [server.id, facts.version ?? facts.date, item.change, item.name]),
          server: entry,
          ...facts,
          tool: { name: item.name, label: toDisplayText(item.name, 300).text, ...(url ? { url } : {}) },
          change: item.change,
          fields: item.fields,
          details: item.details,
          warnings: item.warnings,
        });
      }
    }
  }
  // Stable sort: equal dates keep server order, then the file's order (newest entry first), then added/removed/changed.
  const order = new Map(changes.map((c, i) => [c, i]));
  changes.sort((a, b) => compare(b.date, a.date) || compare(a.server.server.id, b.server.server.id) || order.get(a)! - order.get(b)!);
  return changes;
}

/** The change in one line, marks first: `[adds model-aimed text] Acme 1.2.0: read_file — description changed`. */
export function changeToTitle(change: CatalogueChange): string {
  const marks = change.warnings.map((w) => `[${warningToMark(w)}] `).join('');
  const what = change.change === 'changed' ? ` — ${toolChangeToSummary('changed', change.fields, change.details)}` : ` ${change.change}`;
  return `${marks}${change.server.name} ${change.version ?? change.date}: ${change.tool.label}${what}`;
}

function uniqueKey(keys: Set<string>, segments: string[]): string {
  const base = segments.map(encodeURIComponent).join('/');
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}/${n}`;
  keys.add(key);
  return key;
}

/** The changes of each server (by server id), in the catalogue's order. */
export function changesByServerId(changes: readonly CatalogueChange[]): Map<string, CatalogueChange[]> {
  const byServer = new Map<string, CatalogueChange[]>();
  for (const change of changes) {
    const id = change.server.server.id;
    const list = byServer.get(id);
    if (list) list.push(change);
    else byServer.set(id, [change]);
  }
  return byServer;
}

/** The newest import date of the catalogue: what an empty feed is dated with. */
export function latestImportDate(servers: readonly CatalogueServer[]): string {
  return servers.reduce((latest, s) => (s.server.source.date > latest ? s.server.source.date : latest), '1970-01-01');
}
