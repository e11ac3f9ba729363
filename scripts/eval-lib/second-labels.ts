/**
 * A second, independent labelling of test-split tools (`tests/fixtures/second-labels/<server-id>.json`, the label
 * files' format): how often two careful labellers agree, and whether the classifier's misses are errors or label
 * noise. The second labellers saw neither the first label nor the verdict, and did not know which tools were misses
 * (docs/classification.md says how the tools were drawn). Reported beside the figures, never mixed into them: the
 * first label and its alt stay the measure.
 */
import { join } from 'node:path';
import type { Category } from '../../src/lib/taxonomy.ts';
import { isRight, type Outcome } from './figures.ts';
import { LabelFileError, labelFiles, readLabelFile } from './labels.ts';

/** A second label: a category, and a second one the labeller could defend. */
export interface SecondLabel {
  label: Category;
  alt?: Category;
}

/** "server/tool" → second label. Throws one LabelFileError listing every problem. */
export function readSecondLabels(dir: string): Map<string, SecondLabel> {
  const problems: string[] = [];
  const labels = new Map<string, SecondLabel>();
  for (const file of labelFiles(dir)) {
    const server = file.replace(/\.json$/, '');
    for (const { label } of readLabelFile(join(dir, file), problems)) {
      const key = `${server}/${label.tool}`;
      if (labels.has(key)) problems.push(`${join(dir, file)}: ${label.tool} is labelled twice`);
      labels.set(key, { label: label.category, ...(label.alt && label.alt !== label.category && { alt: label.alt }) });
    }
  }
  if (problems.length > 0) throw new LabelFileError(`${problems.length} second-label problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  return labels;
}

/** A first-labelled tool with the classifier's verdict, keyed "server/tool". */
export type KeyedOutcome = Outcome & { key: string };

/** How the second labels compare with the first labels and with the verdicts. */
export interface Agreement {
  /** Tools with both labels. */
  tools: number;
  /** The second label is the first label. */
  same: number;
  /** The two labels' categories (label or alt) share one. */
  overlapping: number;
  /** Of those tools, the ones the classifier gets wrong against the first label. */
  misses: number;
  /** Misses where the second labeller's category or alt is the verdict: disagreement between labellers, not an error. */
  missesSecondAllows: number;
}

/** Compares the second labels with the first labels and the verdicts. Throws when a second label has no first label. */
export function labelAgreement(outcomes: readonly KeyedOutcome[], second: ReadonlyMap<string, SecondLabel>): Agreement {
  const byKey = new Map(outcomes.map((o) => [o.key, o]));
  const unmatched = [...second.keys()].filter((key) => !byKey.has(key));
  if (unmatched.length > 0) throw new LabelFileError(`second labels without a first label: ${unmatched.join(', ')}`);
  const agreement: Agreement = { tools: 0, same: 0, overlapping: 0, misses: 0, missesSecondAllows: 0 };
  for (const [key, s] of second) {
    const first = byKey.get(key)!;
    const firstSet = [first.label, first.alt];
    agreement.tools += 1;
    if (s.label === first.label) agreement.same += 1;
    if (firstSet.includes(s.label) || (s.alt !== undefined && firstSet.includes(s.alt))) agreement.overlapping += 1;
    if (isRight(first)) continue;
    agreement.misses += 1;
    if (s.label === first.ours || s.alt === first.ours) agreement.missesSecondAllows += 1;
  }
  return agreement;
}
