/**
 * What "right on servers it has never seen" means (issue #14), checked on the test split by
 * tests/lib/classifier-holdout.test.ts and printed by `npm run eval:classifier`.
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

/**
 * Where the test split stood when these rules were last changed (2026-11-29 night, 165 servers, 2,882
 * tools: 94.8% right, Other 1.0%, 367 of 370 confident verdicts right), rounded down: the figures
 * the suite guards so no later rule makes the unseen-server accuracy worse. The accuracy target
 * above is not met yet (issue #14 stays open); raise these floors whenever the figures rise.
 */
export const HOLDOUT_FLOORS = {
  minServers: 40,
  minAccuracy: 0.94,
  maxOtherShare: 0.03,
  minConfidentRight: 0.97,
} as const;

/** Each floor the figures fall below, in words; empty when the classifier has not regressed. */
export function holdoutRegressions(figures: Figures): string[] {
  const f = HOLDOUT_FLOORS;
  const confident = figures.calibration['≥ 0.9'];
  const failures: string[] = [];
  if (figures.right < f.minAccuracy * figures.tools) failures.push(`accuracy ${figures.right}/${figures.tools} is below the floor of ${f.minAccuracy * 100}%`);
  if (figures.other > f.maxOtherShare * figures.tools) failures.push(`Other share ${figures.other}/${figures.tools} is above ${f.maxOtherShare * 100}%`);
  if (confident.right < f.minConfidentRight * confident.tools) failures.push(`confidence ≥ 0.9 right ${confident.right}/${confident.tools} is below the floor of ${f.minConfidentRight * 100}%`);
  return failures;
}
