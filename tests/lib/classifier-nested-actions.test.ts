import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/** Action arguments one level down, in a batch's items (rubric: the worst thing a call can do). Made-up tools only. */
const batchOf = (name: string, description: string, values: string[]): Tool => ({
  name, description, inputSchema: { type: 'object', properties: { changes: { type: 'array', items: { type: 'object', properties: { action: { type: 'string', enum: values } } } } } },
});

describe('an action argument in the items of a batch', () => {
  test('decides when the name and description say nothing', () => {
    const verdict = classifyTool(batchOf('records_batch', '', ['create', 'update', 'delete']));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.evidence).toContain('argument `changes[].action` can be `delete`');
  });

  test('weighs as a statement: an update tool whose items can be deleted stays Write, disputed', () => {
    const verdict = classifyTool(batchOf('update_records', 'Update records of a table.', ['create', 'update', 'delete']));
    expect(verdict.category).toBe('Write');
    expect(verdict.competing?.category).toBe('Destructive');
  });
});
