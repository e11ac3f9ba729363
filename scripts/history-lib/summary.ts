import type { HistoryRow } from './run-history.ts';

const HEADERS = ['id', 'selected', 'new', 'failed', 'versions', 'working', 'entries', 'status', 'seconds'] as const;

/** The closing table of a history run, one row per server, and a line of totals. */
export function historyRowsToTable(rows: readonly HistoryRow[]): string {
  const cells = rows.map((r) => [r.id, r.selected, r.added, r.failed, r.versions, r.working, r.entries, r.status, r.seconds.toFixed(1)].map(String));
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...cells.map((line) => line[i]!.length)));
  const text = new Set([0, 7]);
  const format = (line: readonly string[]) => line.map((cell, i) => (text.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const failed = rows.filter((r) => r.status.startsWith('failed')).length;
  const withFive = rows.filter((r) => r.working >= 5).length;
  const totals = `${rows.length} servers: ${rows.filter((r) => r.status === 'ok').length} updated, ${rows.filter((r) => r.status === 'up to date').length} up to date, ${failed} failed; ${rows.reduce((n, r) => n + r.added, 0)} versions added (${rows.reduce((n, r) => n + r.failed, 0)} failed to start); ${withFive} servers with at least 5 working versions`;
  return [format(HEADERS), format(widths.map((w) => '-'.repeat(w))), ...cells.map(format), '', totals].join('\n');
}
