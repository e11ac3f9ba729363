import { compare } from '../catalogue.ts';
import type { HistoryWarning } from '../schemas/history.ts';
import type { HistoryEntry, Server } from '../schemas/server.ts';
import { entryToFacts } from './tool-history.ts';

/** One row of a server's version timeline: a version imported (changed or not), or a change an import saw. */
export interface TimelineRow {
  version?: string;
  date: string;
  /** True when `date` is the version's publish date. */
  published: boolean;
  /** Tools the version listed, when known. */
  tools?: number;
  /** Why the version could not be imported; such a row has no changes. */
  failed?: string;
  /** The oldest version imported: the baseline the changes after it are measured from. */
  baseline: boolean;
  /** The change recorded for this version, if any. */
  entry?: HistoryEntry;
  warnings: HistoryWarning[];
}

/**
 * A server's timeline, newest first: every version of `versions` (with its change, if one is
 * recorded for it), and every recorded change whose version is not listed (changes seen by plain
 * re-imports). Rows are ordered by date, newest first; on the same date, later versions first.
 */
export function serverToTimeline(server: Server): TimelineRow[] {
  const versions = server.versions ?? [];
  const publishedOn = new Map(versions.map((v) => [v.version, v.published]));
  const entryByVersion = new Map<string, HistoryEntry>();
  const rows: (TimelineRow & { order: number })[] = [];
  (server.history ?? []).forEach((entry, index) => {
    const listed = entry.packageVersion !== undefined && publishedOn.has(entry.packageVersion) && !entryByVersion.has(entry.packageVersion);
    if (listed) entryByVersion.set(entry.packageVersion!, entry);
    // An entry of a listed version is shown on that version's row; any other gets a row of its own.
    else rows.push({ ...entryToFacts(entry, publishedOn), baseline: false, entry, warnings: entry.warnings ?? [], order: -1 - index });
  });
  const firstOk = versions.findIndex((v) => v.failed === undefined);
  versions.forEach((v, index) => {
    const entry = entryByVersion.get(v.version);
    rows.push({
      version: v.version,
      date: v.published,
      published: true,
      ...(v.tools !== undefined ? { tools: v.tools } : {}),
      ...(v.failed !== undefined ? { failed: v.failed } : {}),
      baseline: index === firstOk,
      ...(entry ? { entry } : {}),
      warnings: entry?.warnings ?? [],
      order: index,
    });
  });
  // On one date: listed versions first, the later one first; then other entries in file order (newest first).
  rows.sort((a, b) => compare(b.date, a.date) || b.order - a.order);
  return rows.map(({ order: _order, ...row }) => row);
}
