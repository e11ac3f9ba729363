/** One row of the import:all summary. */
export interface SummaryRow {
  id: string;
  version: string;
  tools: number | undefined;
  added: number;
  removed: number;
  changed: number;
  status: string;
  seconds: number;
  /** For a failure: its kind, to count failures by reason. */
  reason?: string;
}

const HEADERS = ['id', 'version', 'tools', 'added', 'removed', 'changed', 'status', 'seconds'] as const;

/** A plain-text table, columns padded to the widest cell; numbers right-aligned. */
export function rowsToTable(rows: readonly SummaryRow[]): string {
  const cells = rows.map((row) => [row.id, row.version, row.tools ?? '-', row.added, row.removed, row.changed, row.status, row.seconds.toFixed(1)].map(String));
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...cells.map((line) => line[i]!.length)));
  const numeric = new Set([2, 3, 4, 5, 7]);
  const format = (line: readonly string[]): string => line.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const totals = rows.reduce((sum, row) => sum + (row.tools ?? 0), 0);
  const failed = rows.filter((row) => row.status.startsWith('failed')).length;
  return [format(HEADERS), format(widths.map((w) => '-'.repeat(w))), ...cells.map(format), '', `${rows.length} servers, ${totals} tools, ${failed} failed`].join('\n');
}

/** The closing counts: imported (new), updated (drift), unchanged, and failures by reason. */
export function closingSummary(rows: readonly SummaryRow[]): string {
  const ok = rows.filter((row) => row.status.startsWith('ok'));
  const imported = ok.filter((row) => row.status === 'ok (new)').length;
  const updated = ok.filter((row) => row.status === 'ok' && row.added + row.removed + row.changed > 0).length;
  const failed = rows.filter((row) => row.status.startsWith('failed'));
  const byReason = new Map<string, number>();
  for (const row of failed) byReason.set(row.reason ?? 'failed', (byReason.get(row.reason ?? 'failed') ?? 0) + 1);
  const lines = [`imported ${imported}, updated ${updated}, unchanged ${ok.length - imported - updated}, failed ${failed.length}`];
  for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  failed ${count}: ${reason}`);
  return lines.join('\n');
}
