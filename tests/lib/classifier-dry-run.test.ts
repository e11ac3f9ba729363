import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * A dry-run switch says the call changes something when it is not a rehearsal (issue #14: reads
 * of tools that write, run or delete are the costliest misses). Made-up tools only.
 */
const tool = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: 'object', properties } });

describe('a dry-run argument', () => {
  const dryRun = { dryRun: { type: 'boolean', description: 'Preview only' } };

  test('makes a read-only claim about the rehearsal no claim about the call', () => {
    const verdict = classifyTool(tool('bulk_delete', 'Delete emails matching the filters. Use dryRun: true to preview without making changes.', { ...dryRun, sender: { type: 'string' } }));
    expect(verdict.category).toBe('Destructive');
  });

  test('says the call changes something when its verbs only read', () => {
    const verdict = classifyTool(tool('learner_discover', 'Automatically discover patterns from the episode history.', { ...dryRun, limit: { type: 'number' } }));
    expect(verdict.category).toBe('Write');
    expect(verdict.evidence.some((e) => e.includes('offers a dry run'))).toBe(true);
  });

  test('is not needed for a preview sentence to describe a rehearsal, not the call', () => {
    const verdict = classifyTool(tool('run_rule', 'Run a saved rule by name. Set mode to preview to see what would change without making changes.', { name: { type: 'string' }, mode: { type: 'string' } }));
    expect(verdict.category).toBe('Execute');
  });
});
