import type { FindingContext } from '../../src/lib/findings/tool-findings.ts';
import { toolsToHistoryEntry } from '../../src/lib/history/entry.ts';
import type { Version } from '../../src/lib/schemas/history.ts';
import type { HistoryEntry, Server } from '../../src/lib/schemas/server.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { PublishedVersion } from './registry.ts';
import { compareVersions } from './select.ts';

/** The tools one version listed, as an import of it stored them. */
export interface Snapshot {
  tools: Tool[];
  serverVersion?: string;
}

/** How the import of one version ended. */
export type VersionOutcome = { version: PublishedVersion; snapshot: Snapshot } | { version: PublishedVersion; failed: string };

/** Longest failure reason kept in a server file. */
const REASON_CHARACTERS = 200;

/**
 * Folds a history run into the server file: every fresh version joins `versions` (with its tool
 * count, or why it failed), and each pair of neighbouring working versions of which at least one
 * is fresh gets its history entry computed again, dated with the newer version's publish date.
 * Entries recorded earlier for those versions (by a plain re-import, dated the day it ran) are
 * replaced; all other entries are kept. `current` is the version the file's tools are from.
 * Returns undefined when a neighbour needed for a comparison has no snapshot (its import failed).
 */
export function mergeHistory(server: Server, current: PublishedVersion, fresh: readonly PublishedVersion[], outcomes: readonly VersionOutcome[], context: FindingContext): { versions: Version[]; history: HistoryEntry[] } | { missing: string } {
  const freshNames = new Set(fresh.map((v) => v.version));
  const byVersion = new Map((server.versions ?? []).map((v) => [v.version, v]));
  const snapshots = new Map<string, Snapshot>([[current.version, { tools: server.tools, ...(server.source.serverVersion ? { serverVersion: server.source.serverVersion } : {}) }]]);
  for (const outcome of outcomes) {
    if ('snapshot' in outcome) snapshots.set(outcome.version.version, outcome.snapshot);
    if (!freshNames.has(outcome.version.version)) continue;
    const { version, published } = outcome.version;
    byVersion.set(version, 'snapshot' in outcome ? { version, published, tools: outcome.snapshot.tools.length } : { version, published, failed: clipReason(outcome.failed) });
  }
  if (freshNames.has(current.version)) byVersion.set(current.version, { version: current.version, published: current.published, tools: server.tools.length });
  const versions = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
  const chain = versions.filter((v) => v.failed === undefined);
  const replaced = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const [i, newer] of chain.entries()) {
    const older = chain[i - 1];
    if (!freshNames.has(newer.version) && !(older && freshNames.has(older.version))) continue;
    replaced.add(newer.version);
    if (!older) continue;
    const [before, after] = [snapshots.get(older.version), snapshots.get(newer.version)];
    if (!before || !after) return { missing: before ? newer.version : older.version };
    const entry = toolsToHistoryEntry(before.tools, after.tools, { date: newer.published, packageVersion: newer.version, serverVersion: after.serverVersion }, context);
    if (entry) entries.push(entry);
  }
  const kept = (server.history ?? []).filter((e) => e.packageVersion === undefined || !replaced.has(e.packageVersion));
  return { versions, history: sortHistory([...kept, ...entries]) };
}

/** Newest first by date; on one date, the later package version first; otherwise as they were. */
function sortHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.packageVersion && b.packageVersion ? compareVersions(b.packageVersion, a.packageVersion) : 0));
}

function clipReason(reason: string): string {
  const oneLine = reason.replace(/\s+/g, ' ').trim() || 'failed to start';
  return oneLine.length > REASON_CHARACTERS ? `${oneLine.slice(0, REASON_CHARACTERS - 1)}…` : oneLine;
}
