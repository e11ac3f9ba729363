/**
 * What "right on servers it has never seen" means (issue #14): asserted on the test split and on the
 * servers not imported by tests/lib/classifier-holdout.test.ts, and printed by `npm run eval:classifier`.
 */
import type { Figures } from './figures.ts';

export const HOLDOUT_THRESHOLDS = {
  /** Below this many labelled test servers the figures are too noisy to hold the classifier to. */
  minServers: 40,
  /** Share of verdicts that match the label or its alt. */
  minAccuracy: 0.95,
  /** Share of verdicts that are Other. */
  maxOtherShare: 0.03,
  /** Share of verdicts with confidence ≥ 0.9 that are right. */
  minConfidentRight: 0.97,
} as const;

/** Each threshold the figures miss, in words; empty when the test split passes. */
export function holdoutFailures(figures: Figures): string[] {
  const t = HOLDOUT_THRESHOLDS;
  const confident = figures.calibration['≥ 0.9'];
  const failures: string[] = [];
  if (figures.right < t.minAccuracy * figures.tools) failures.push(`accuracy ${figures.right}/${figures.tools} is below ${t.minAccuracy * 100}%`);
  if (figures.other > t.maxOtherShare * figures.tools) failures.push(`Other share ${figures.other}/${figures.tools} is above ${t.maxOtherShare * 100}%`);
  if (confident.right < t.minConfidentRight * confident.tools) failures.push(`confidence ≥ 0.9 right ${confident.right}/${confident.tools} is below ${t.minConfidentRight * 100}%`);
  return failures;
}
