import type { Version } from '../../src/lib/schemas/history.ts';
import type { PublishedVersion } from './registry.ts';
import { compareVersions } from './select.ts';

/** What one history run imports, and why. */
export interface HistoryPlan {
  /** Versions not yet in the file's `versions` (and failed ones, when retrying). */
  fresh: PublishedVersion[];
  /**
   * Versions to start, oldest first: every fresh one but the catalogue's current version (its
   * tools are the file's), and each already-recorded version next to a fresh one, whose tools are
   * needed again to say what changed between the two.
   */
  imports: PublishedVersion[];
}

/**
 * Plans a history run: only versions the file has not seen are new, so a re-run adds nothing
 * twice; a version inserted between two recorded ones (a wider selection reaching back) is
 * compared with both neighbours, which are imported again rather than trusted from memory.
 */
export function planHistoryImport(selected: readonly PublishedVersion[], recorded: readonly Version[], current: string, retryFailed: boolean): HistoryPlan {
  const recordedBy = new Map(recorded.map((v) => [v.version, v]));
  const fresh = selected.filter((v) => {
    const seen = recordedBy.get(v.version);
    return !seen || (retryFailed && seen.failed !== undefined && v.version !== current);
  });
  if (fresh.length === 0) return { fresh, imports: [] };
  const freshNames = new Set(fresh.map((v) => v.version));
  const chain = [...recorded.filter((v) => v.failed === undefined && !freshNames.has(v.version)).map(({ version, published }) => ({ version, published })), ...fresh]
    .sort((a, b) => compareVersions(a.version, b.version));
  const needed = new Set<string>();
  chain.forEach((v, i) => {
    if (!freshNames.has(v.version)) return;
    needed.add(v.version);
    for (const neighbour of [chain[i - 1], chain[i + 1]]) if (neighbour) needed.add(neighbour.version);
  });
  needed.delete(current);
  return { fresh, imports: chain.filter((v) => needed.has(v.version)) };
}
