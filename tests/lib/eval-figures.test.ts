import { describe, expect, test } from 'vitest';
import { outcomesToFigures, type Outcome } from '../../scripts/eval-lib/figures.ts';
import { serverMeanRight } from '../../scripts/eval-lib/report.ts';
import { holdoutFailures } from '../../scripts/eval-lib/thresholds.ts';

const outcome = (server: string, label: Outcome['label'], ours: Outcome['ours'], confidence: number, alt?: Outcome['alt']): Outcome => ({ server, label, ours, confidence, alt });

describe('outcomesToFigures', () => {
  const figures = outcomesToFigures([
    outcome('a', 'Write', 'Write', 0.95),
    outcome('a', 'Read', 'Write', 0.92),
    outcome('a', 'Read', 'Other', 0.3),
    outcome('b', 'Execute', 'Write', 0.75, 'Write'),
    outcome('b', 'Destructive', 'Destructive', 0.9),
  ]);

  test('counts a verdict matching the alt as right', () => {
    expect([figures.right, figures.tools, figures.servers]).toEqual([3, 5, 2]);
  });

  test('weights each server once in the server mean (a: 1 of 3, b: 2 of 2), unlike the tool-weighted share', () => {
    expect(serverMeanRight(figures)).toBeCloseTo((1 / 3 + 1) / 2);
    expect(figures.right / figures.tools).not.toBeCloseTo(serverMeanRight(figures));
  });

  test('counts Other verdicts as the Other share, whatever the label', () => {
    expect(figures.other).toBe(1);
  });

  test('puts each verdict in its confidence band (0.9 is in the top band, 0.7–0.9 excludes 0.9)', () => {
    expect(figures.calibration).toEqual({ '≥ 0.9': { tools: 3, right: 2 }, '0.7–0.9': { tools: 1, right: 1 }, '< 0.7': { tools: 1, right: 0 } });
  });

  test('fills the confusion matrix by label, then verdict', () => {
    expect(figures.confusion.Read).toMatchObject({ Write: 1, Other: 1, Read: 0 });
    expect(figures.confusion.Execute.Write).toBe(1);
  });

  test('lists servers worst first', () => {
    expect(figures.perServer).toEqual([{ server: 'a', tools: 3, right: 1 }, { server: 'b', tools: 2, right: 2 }]);
  });
});

describe('holdoutFailures', () => {
  const many = (n: number, o: Outcome): Outcome[] => Array.from({ length: n }, () => o);

  test('passes 95% right, 3% Other and 97% of confident verdicts right', () => {
    const figures = outcomesToFigures([...many(97, outcome('s', 'Read', 'Read', 0.9)), ...many(3, outcome('s', 'Read', 'Other', 0.3))]);
    expect(holdoutFailures(figures)).toEqual([]);
  });

  test('names each threshold missed', () => {
    const figures = outcomesToFigures([...many(90, outcome('s', 'Read', 'Read', 0.8)), ...many(6, outcome('s', 'Read', 'Other', 0.3)), ...many(4, outcome('s', 'Write', 'Read', 0.95))]);
    expect(holdoutFailures(figures)).toEqual([
      'accuracy 90/100 is below 95%',
      'Other share 6/100 is above 3%',
      'confidence ≥ 0.9 right 0/4 is below 97%',
    ]);
  });
});
