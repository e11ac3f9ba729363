import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * Calibration on servers the rules have not seen (issue #14): a verdict of 0.9 and above must be
 * right about 97% of the time, and the costly wrong verdicts are reads of tools that change
 * something. Made-up tools only.
 */
const tool = (name: string, description: string, properties: Record<string, unknown> = {}, annotations?: Tool['annotations']): Tool => ({ name, description, inputSchema: { type: 'object', properties }, annotations });
const readOnly = { readOnlyHint: true };

describe('a read is confident only when its name observes', () => {
  test('an observing name verb, a lead sentence and readOnlyHint agreeing are confident', () => {
    const verdict = classifyTool(tool('list_projects', 'List the projects of a workspace.', { workspace_id: { type: 'string' } }, readOnly));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a read verb that can also save or create (download, generate) stays below 0.9', () => {
    for (const t of [tool('download_report', 'Download the monthly report.', {}, readOnly), tool('generate_summary', 'Generate a summary of the thread.', {}, readOnly)]) {
      const verdict = classifyTool(t);
      expect(verdict.category).toBe('Read');
      expect(verdict.confidence).toBeLessThan(0.9);
    }
  });

  test('a read the rules reinterpreted (navigating loads a page to read it) stays below 0.9', () => {
    const verdict = classifyTool(tool('navigate', 'Navigate to a URL.', { url: { type: 'string' } }, readOnly));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a read with an argument that carries content to store stays below 0.9', () => {
    const verdict = classifyTool(tool('get_document', 'Get a document by path.', { path: { type: 'string' }, content: { type: 'string' } }, readOnly));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('an aside for another category keeps agreeing sources below 0.9', () => {
    const verdict = classifyTool(tool('get_settings', 'Get the workspace settings. Pairs with the editor to update them.', { workspace_id: { type: 'string' } }, readOnly));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeLessThan(0.9);
  });
});

describe('a dry-run argument in the confidence', () => {
  const dryRun = { dryRun: { type: 'boolean', description: 'Preview only' } };

  test('does not make a Write verdict confident: it confirms a change, not which', () => {
    const withDryRun = classifyTool(tool('move_messages', 'Move messages to another mailbox.', { ...dryRun, target: { type: 'string' } }));
    expect(withDryRun.category).toBe('Write');
    expect(withDryRun.confidence).toBeLessThan(0.9);
  });
});

describe('a Financial verdict is confident only when the description says money moves', () => {
  const money = { amount: { type: 'number' }, currency: { type: 'string' } };

  test('an amount with a currency alone stays below 0.9 (it may only record money)', () => {
    const verdict = classifyTool(tool('create_expense', 'Record an expense in the budget app.', money));
    expect(verdict.category).toBe('Financial');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a description that pays, with the amount, is confident', () => {
    const verdict = classifyTool(tool('create_payment', 'Create a payment to a recipient.', money));
    expect(verdict.category).toBe('Financial');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a read-only claim against the name\'s own Write verb', () => {
  test('decides Read but is not confident: the definition contradicts itself', () => {
    const verdict = classifyTool(tool('create_issue', 'Creates an issue. Read-only.'));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a run or execute verb of a read-only query agrees with the claim', () => {
    expect(classifyTool(tool('query', 'Run a read-only SQL query.')).confidence).toBeGreaterThanOrEqual(0.9);
  });
});
