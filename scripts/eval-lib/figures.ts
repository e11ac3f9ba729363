/**
 * What the eval reports about a set of labelled tools: accuracy (a verdict matching the label or
 * its `alt` is right), the confusion matrix, per-server accuracy, the Other share and calibration
 * (how often verdicts of each confidence band are right). Pure: no files, no printing.
 */
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';

/** One labelled tool and the classifier's verdict on it. */
export interface Outcome {
  server: string;
  label: Category;
  alt?: Category;
  ours: Category;
  confidence: number;
}

/** A count of tools and how many of them the classifier got right. */
export interface Tally {
  tools: number;
  right: number;
}

/** Confidence bands of the calibration table, highest first. */
export const CONFIDENCE_BANDS = [
  { name: '≥ 0.9', min: 0.9, max: Infinity },
  { name: '0.7–0.9', min: 0.7, max: 0.9 },
  { name: '< 0.7', min: -Infinity, max: 0.7 },
] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number]['name'];

/** The figures for one set of labelled tools. */
export interface Figures extends Tally {
  servers: number;
  /** Verdicts of Other, whatever the label. */
  other: number;
  /** confusion[label][ours] = tools. */
  confusion: Record<Category, Record<Category, number>>;
  /** Per server, sorted by accuracy (worst first), then id. */
  perServer: (Tally & { server: string })[];
  calibration: Record<ConfidenceBand, Tally>;
}

/** True when the verdict is the label or its defensible alternative. */
export function isRight(outcome: Outcome): boolean {
  return outcome.ours === outcome.label || outcome.ours === outcome.alt;
}

/** Sums up outcomes into figures. */
export function outcomesToFigures(outcomes: readonly Outcome[]): Figures {
  const confusion = Object.fromEntries(CATEGORIES.map((label) => [label, Object.fromEntries(CATEGORIES.map((ours) => [ours, 0]))])) as Figures['confusion'];
  const calibration = Object.fromEntries(CONFIDENCE_BANDS.map((band) => [band.name, { tools: 0, right: 0 }])) as Figures['calibration'];
  const byServer = new Map<string, Tally>();
  let right = 0;
  let other = 0;
  for (const outcome of outcomes) {
    const ok = isRight(outcome) ? 1 : 0;
    right += ok;
    if (outcome.ours === 'Other') other += 1;
    confusion[outcome.label][outcome.ours] += 1;
    const band = CONFIDENCE_BANDS.find((b) => outcome.confidence >= b.min && outcome.confidence < b.max)!;
    calibration[band.name].tools += 1;
    calibration[band.name].right += ok;
    const server = byServer.get(outcome.server) ?? { tools: 0, right: 0 };
    server.tools += 1;
    server.right += ok;
    byServer.set(outcome.server, server);
  }
  const perServer = [...byServer].map(([server, tally]) => ({ server, ...tally }));
  perServer.sort((a, b) => a.right / a.tools - b.right / b.tools || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
  return { tools: outcomes.length, right, servers: byServer.size, other, confusion, perServer, calibration };
}

/** `part / whole` as a rounded percentage string ("95.2%"), or "n/a" for nothing. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
