import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { ToolSchema, type Tool } from '../../src/lib/schemas/tool.ts';
import { isCategory, type Category } from '../../src/lib/taxonomy.ts';

/**
 * Every tool of the shipped catalogue, labelled by hand by the rubric (tests/fixtures/hand-labels.json),
 * against the classifier's verdict from the rules alone (reviewed overrides are ignored).
 */
const root = join(import.meta.dirname, '../..');
const { _notes: notes, ...labels } = JSON.parse(readFileSync(join(root, 'tests/fixtures/hand-labels.json'), 'utf8')) as Record<string, string> & { _notes: Record<string, string> };
const MIN_ACCURACY = 0.95;

function shippedTools(): { id: string; tool: Tool }[] {
  const dir = join(root, 'content/servers');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((file) => {
    const server = parse(readFileSync(join(dir, file), 'utf8')) as { id: string; tools: unknown[] };
    return server.tools.map((raw) => {
      const { override: _, ...tool } = ToolSchema.parse(raw);
      return { id: `${server.id}/${tool.name}`, tool };
    });
  });
}

describe('hand-labelled catalogue', () => {
  const tools = shippedTools();

  test('labels every shipped tool with a category, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(tools.map((t) => t.id).sort());
    expect(Object.values(labels).filter((c) => !isCategory(c))).toEqual([]);
    expect(Object.keys(notes).filter((id) => !(id in labels))).toEqual([]);
  });

  test(`classifier agrees with at least ${MIN_ACCURACY * 100}% of the hand labels`, () => {
    const misses: string[] = [];
    for (const { id, tool } of tools) {
      const expected = labels[id] as Category;
      const verdict = classifyTool(tool);
      if (verdict.category !== expected) misses.push(`${id}: labelled ${expected}, classified ${verdict.category} (${verdict.evidence.join('; ')})`);
    }
    const accuracy = (tools.length - misses.length) / tools.length;
    console.log(`hand-label accuracy ${(accuracy * 100).toFixed(1)}% (${tools.length - misses.length}/${tools.length})${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(accuracy, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
