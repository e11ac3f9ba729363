import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RATE_CLASSES, RATES } from '../../src/lib/policy/rates.ts';

const doc = readFileSync(new URL('../../docs/policies.md', import.meta.url), 'utf8');

describe('docs/policies.md', () => {
  test.each(RATE_CLASSES.map((kind) => ({ kind })))('states the rate of $kind tools and why, as RATES has them', ({ kind }) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| ${kind} |`));
    expect(row, `no row for ${kind}`).toBeDefined();
    const cells = row!.split('|').map((cell) => cell.trim());
    expect(cells[3]).toBe(`${RATES[kind].count}/${RATES[kind].window}`);
    expect(cells[4]).toBe(RATES[kind].why);
  });
});
