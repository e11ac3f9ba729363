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
