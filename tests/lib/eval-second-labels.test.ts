import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dirs.ts';
import { readLabelledTools, repoLabelSources } from '../../scripts/eval-lib/labels.ts';
import { labelAgreement, readSecondLabels, type KeyedOutcome } from '../../scripts/eval-lib/second-labels.ts';

function dirWith(files: Record<string, unknown>): string {
  const dir = tempDir('second-labels-');
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), JSON.stringify(content));
  return dir;
}

const outcome = (key: string, label: KeyedOutcome['label'], ours: KeyedOutcome['ours'], alt?: KeyedOutcome['alt']): KeyedOutcome => ({ key, server: key.split('/')[0]!, label, alt, ours, confidence: 0.8 });

describe('readSecondLabels', () => {
  test('reads "server/tool" → label and alt from label files (an alt equal to the label is dropped)', () => {
    const dir = dirWith({ 'acme.json': [{ tool: 'send', category: 'Write', alt: 'Write', reason: 'sends' }, { tool: 'run', category: 'Execute', alt: 'Destructive', reason: 'runs' }] });
    expect([...readSecondLabels(dir)]).toEqual([['acme/send', { label: 'Write' }], ['acme/run', { label: 'Execute', alt: 'Destructive' }]]);
  });

  test('lists every problem: an unknown category and a tool labelled twice', () => {
    const dir = dirWith({ 'acme.json': [{ tool: 'send', category: 'Send', reason: 'x' }, { tool: 'run', category: 'Execute', reason: 'x' }, { tool: 'run', category: 'Read', reason: 'x' }] });
    expect(() => readSecondLabels(dir)).toThrow(/2 second-label problems[\s\S]*category[\s\S]*run is labelled twice/);
  });
});

describe('labelAgreement', () => {
  test('counts same labels, shared categories, and misses where the second labeller allows the verdict', () => {
    const outcomes = [outcome('a/x', 'Write', 'Write'), outcome('a/y', 'Read', 'Write'), outcome('a/z', 'Execute', 'Read', 'Destructive'), outcome('a/w', 'Other', 'Read')];
    const second = new Map([
      ['a/x', { label: 'Write' as const }], // same; a hit
      ['a/y', { label: 'Read' as const, alt: 'Write' as const }], // same; a miss the second label allows
      ['a/z', { label: 'Destructive' as const }], // shares the first label's alt; a miss it does not allow
      ['a/w', { label: 'Write' as const }], // shares nothing; a miss it does not allow
    ]);
    expect(labelAgreement(outcomes, second)).toEqual({ tools: 4, same: 2, overlapping: 3, misses: 3, missesSecondAllows: 1 });
  });

  test('refuses a second label with no first label', () => {
    expect(() => labelAgreement([outcome('a/x', 'Write', 'Write')], new Map([['a/gone', { label: 'Read' as const }]]))).toThrow(/a\/gone/);
  });

  test('every second label in the repository is of a first-labelled test-split tool', () => {
    const root = resolve(import.meta.dirname, '../..');
    const test = readLabelledTools(repoLabelSources(root)).filter((t) => t.set === 'test').map((t) => outcome(`${t.server}/${t.tool.name}`, t.label, t.label));
    const second = readSecondLabels(join(root, 'tests/fixtures/second-labels'));
    expect(second.size).toBeGreaterThanOrEqual(296);
    expect(labelAgreement(test, second).tools).toBe(second.size);
  });
});
