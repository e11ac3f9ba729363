import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext, type ServerContext } from '../../src/lib/classifier/server-context.ts';
import { ToolSchema, type Tool } from '../../src/lib/schemas/tool.ts';
import { isCategory, type Category } from '../../src/lib/taxonomy.ts';

/**
 * Every tool of the servers the catalogue first shipped, labelled by hand by the rubric
 * (tests/fixtures/hand-labels.json), against the classifier's verdict from the rules alone (reviewed
 * overrides are ignored), each with its server's tools as context. Servers imported later are
 * labelled in tests/fixtures/labels/ (classifier-holdout.test.ts, npm run eval:classifier).
 */
const root = join(import.meta.dirname, '../..');
const { _notes: notes, ...labels } = JSON.parse(readFileSync(join(root, 'tests/fixtures/hand-labels.json'), 'utf8')) as Record<string, string> & { _notes: Record<string, string> };
const MIN_ACCURACY = 0.95;

const labelledServers = new Set(Object.keys(labels).map((id) => id.slice(0, id.indexOf('/'))));

function shippedTools(): { id: string; tool: Tool; context: ServerContext }[] {
  const dir = join(root, 'content/servers');
  return readdirSync(dir).filter((f) => labelledServers.has(f.replace(/\.yaml$/, ''))).sort().flatMap((file) => {
    const server = parse(readFileSync(join(dir, file), 'utf8')) as { id: string; tools: unknown[] };
    const tools = server.tools.map((raw) => {
      const { override: _, ...tool } = ToolSchema.parse(raw);
      return tool;
    });
    const context = toolsToServerContext(tools);
    return tools.map((tool) => ({ id: `${server.id}/${tool.name}`, tool, context }));
  });
}

describe('hand-labelled catalogue', () => {
  const tools = shippedTools();

  test('labels every tool of the hand-labelled servers with a category, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(tools.map((t) => t.id).sort());
    expect(Object.values(labels).filter((c) => !isCategory(c))).toEqual([]);
    expect(Object.keys(notes).filter((id) => !(id in labels))).toEqual([]);
  });

  test(`classifier agrees with at least ${MIN_ACCURACY * 100}% of the hand labels`, () => {
    const misses: string[] = [];
    for (const { id, tool, context } of tools) {
      const expected = labels[id] as Category;
      const verdict = classifyTool(tool, context);
      if (verdict.category !== expected) misses.push(`${id}: labelled ${expected}, classified ${verdict.category} (${verdict.evidence.join('; ')})`);
    }
    const accuracy = (tools.length - misses.length) / tools.length;
    console.log(`hand-label accuracy ${(accuracy * 100).toFixed(1)}% (${tools.length - misses.length}/${tools.length})${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(accuracy, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
