import type { Candidate } from './candidate-file.ts';

/** The whole candidate list in figures: tried, imported, failed and skipped, each by reason. */
export function candidatesToYield(candidates: readonly Candidate[]): string {
  const count = (status: Candidate['status']): Candidate[] => candidates.filter((c) => c.status === status);
  const imported = count('imported');
  const failed = count('failed');
  const skipped = count('skipped');
  const tried = imported.length + failed.length;
  const lines = [
    `candidate list: ${candidates.length} packages; tried ${tried}: ${imported.length} imported (${tried ? Math.round((100 * imported.length) / tried) : 0}%), ${failed.length} failed; ${skipped.length} skipped without a try; ${count('untried').length} untried`,
  ];
  for (const [title, group] of [['failed', failed], ['skipped', skipped]] as const) {
    const byReason = new Map<string, number>();
    for (const c of group) {
      const reason = (c.reason ?? 'no reason').split(':')[0]!.trim();
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  ${title} ${String(n).padStart(4)}  ${reason}`);
  }
  return lines.join('\n');
}
