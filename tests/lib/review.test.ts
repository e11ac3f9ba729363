import { describe, expect, test } from 'vitest';
import type { CatalogueTool } from '../../src/lib/catalogue.ts';
import type { Classification } from '../../src/lib/classifier/classify.ts';
import { needsReview, toolsNeedingReview } from '../../src/lib/review.ts';

const verdict = (confidence: number, override?: Classification['override']): Classification => ({ category: 'Read', risk: 'Low', confidence, evidence: [], contradictions: [], override });
// Only the fields toolsNeedingReview reads.
const entry = (server: string, name: string, confidence: number): CatalogueTool => ({ server: { server: { id: server } }, tool: { name }, classification: verdict(confidence) }) as unknown as CatalogueTool;

describe('needsReview', () => {
  test.each([
    { confidence: 0.45, expected: true },
    { confidence: 0.69, expected: true },
    { confidence: 0.7, expected: false },
    { confidence: 0.9, expected: false },
  ])('a verdict of confidence $confidence needs review: $expected', ({ confidence, expected }) => {
    expect(needsReview(verdict(confidence))).toBe(expected);
  });

  test('a reviewed override never needs review', () => {
    expect(needsReview(verdict(0.3, { reason: 'read the source', rulesSaid: 'Other' }))).toBe(false);
  });
});

describe('toolsNeedingReview', () => {
  test('keeps unsure verdicts, least confident first, then by server id and tool name', () => {
    const tools = [entry('b', 'x', 0.65), entry('a', 'z', 0.65), entry('a', 'y', 0.65), entry('c', 'sure', 0.8), entry('c', 'w', 0.3)];
    expect(toolsNeedingReview(tools).map((t) => `${t.server.server.id}/${t.tool.name}`)).toEqual(['c/w', 'a/y', 'a/z', 'b/x']);
  });
});
