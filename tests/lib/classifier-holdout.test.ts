import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { outcomesToFigures, percent } from '../../scripts/eval-lib/figures.ts';
import { readLabelledTools, repoLabelSources } from '../../scripts/eval-lib/labels.ts';
import { HOLDOUT_FLOORS, HOLDOUT_THRESHOLDS, holdoutFailures, holdoutRegressions } from '../../scripts/eval-lib/thresholds.ts';

/**
 * The classifier on servers whose rules were never tuned on them (issue #14): the test split of
 * tests/fixtures/labels/. Only aggregate figures are printed or asserted, never a tool.
 */
describe('held-out test split', () => {
  const labelled = readLabelledTools(repoLabelSources(join(import.meta.dirname, '../..')));
  const test_ = labelled.filter((l) => l.set === 'test');
  const figures = outcomesToFigures(test_.map((l) => {
    const verdict = classifyTool(l.tool, l.serverContext);
    return { server: l.server, label: l.label, alt: l.alt, ours: verdict.category, confidence: verdict.confidence };
  }));

  test(`does not fall below the measured floors (right ≥ ${HOLDOUT_FLOORS.minAccuracy * 100}%, Other ≤ ${HOLDOUT_FLOORS.maxOtherShare * 100}%, confidence ≥ 0.9 right ≥ ${HOLDOUT_FLOORS.minConfidentRight * 100}%) on ${HOLDOUT_FLOORS.minServers}+ test-split servers`, () => {
    const confident = figures.calibration['≥ 0.9'];
    console.log(`test split: ${figures.servers} servers, ${figures.tools} tools; right ${percent(figures.right, figures.tools)}, Other ${percent(figures.other, figures.tools)}, confidence ≥ 0.9 right ${percent(confident.right, confident.tools)}`);
    // The targets (95%, 3%, 97%) are printed, not asserted, until they are met.
    const gaps = holdoutFailures(figures);
    if (gaps.length > 0) console.log(`targets of ${HOLDOUT_THRESHOLDS.minAccuracy * 100}% / ${HOLDOUT_THRESHOLDS.maxOtherShare * 100}% / ${HOLDOUT_THRESHOLDS.minConfidentRight * 100}% not met yet: ${gaps.join('; ')}`);
    expect(figures.servers).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.minServers);
    expect(holdoutRegressions(figures)).toEqual([]);
  });
});
