/** Text tables for `npm run eval:classifier`. */
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';
import { CONFIDENCE_BANDS, percent, type Figures } from './figures.ts';
import type { Agreement } from './second-labels.ts';

/** Rows: one category per line; columns: the other; cell = count. */
export function confusionToLines(rowsTitle: string, count: (row: Category, column: Category) => number): string[] {
  const lines = [`  ${rowsTitle.padEnd(12)}${CATEGORIES.map((c) => c.slice(0, 9).padStart(10)).join('')}`];
  for (const row of CATEGORIES) lines.push(`  ${row.padEnd(12)}${CATEGORIES.map((column) => String(count(row, column)).padStart(10)).join('')}`);
  return lines;
}

/**
 * The mean of the servers' accuracies. Tool-weighted accuracy leans on the servers with the most
 * labelled tools; this says how the classifier does on a typical server.
 */
export function serverMeanRight(figures: Figures): number {
  if (figures.perServer.length === 0) return 0;
  return figures.perServer.reduce((sum, s) => sum + s.right / s.tools, 0) / figures.perServer.length;
}

/**
 * A set's figures: summary line, calibration, confusion matrix and per-server accuracy. For the
 * test split (`listServers: false`) servers are only counted by accuracy band, so that reading the
 * report never points at a held-out server to study.
 */
export function figuresToLines(title: string, figures: Figures, listServers: boolean): string[] {
  const lines = [`${title}: ${figures.tools} tools from ${figures.servers} servers`];
  if (figures.tools === 0) return [...lines, '  (no labels yet)'];
  lines.push(`  right (label or alt): ${figures.right}/${figures.tools} = ${percent(figures.right, figures.tools)}`);
  lines.push(`  each server weighted once: mean ${percent(serverMeanRight(figures), 1)} right over ${figures.servers} servers`);
  lines.push(`  Other share: ${figures.other}/${figures.tools} = ${percent(figures.other, figures.tools)}`);
  lines.push('  calibration (confidence band: right/verdicts):');
  for (const band of CONFIDENCE_BANDS) {
    const t = figures.calibration[band.name];
    lines.push(`    ${band.name.padEnd(8)} ${`${t.right}/${t.tools}`.padStart(9)} = ${percent(t.right, t.tools)}`);
  }
  lines.push('  confusion matrix (rows: label, columns: ours):', ...confusionToLines('', (label, ours) => figures.confusion[label][ours]).map((l) => `  ${l}`));
  if (listServers) {
    lines.push('  per server (worst first): right/tools');
    for (const s of figures.perServer) lines.push(`    ${s.server.padEnd(36)} ${`${s.right}/${s.tools}`.padStart(8)} = ${percent(s.right, s.tools)}`);
  } else {
    const bands = [['100%', 1, 2], ['95–99.9%', 0.95, 1], ['90–94.9%', 0.9, 0.95], ['< 90%', -1, 0.9]] as const;
    const counts = bands.map(([name, min, max]) => `${figures.perServer.filter((s) => s.right / s.tools >= min && s.right / s.tools < max).length} at ${name}`);
    lines.push(`  per server: ${counts.join(', ')} (held-out servers are not listed by name)`);
  }
  return lines;
}

/** How second blind labels compare with the first labels and the verdicts: `heading` names them, the two lines after it are indented under it. */
export function agreementToLines(heading: string, a: Agreement): string[] {
  return [
    heading,
    `  same category as the first label: ${a.same}/${a.tools} = ${percent(a.same, a.tools)}; sharing a category (label or alt): ${a.overlapping}/${a.tools} = ${percent(a.overlapping, a.tools)}`,
    `  of these, the classifier misses ${a.misses}; the second labeller allows the verdict (category or alt) on ${a.missesSecondAllows} of them`,
  ];
}
