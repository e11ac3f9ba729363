import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * Confidence 0.9 and above is kept for verdicts that do not rest on one reading of one part of the
 * definition (issue #14: calibration on servers nobody has labelled). Made-up tools only.
 */
const tool = (name: string, description: string, properties: Record<string, unknown> = {}, extra: Partial<Tool> = {}): Tool => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required: Object.keys(properties) },
  ...extra,
});

describe('a verdict resting on one reading of one part stays below 0.9', () => {
  test('the worst value of an action argument decides, but is not sure', () => {
    const verdict = classifyTool(tool('manage_widget_links', 'Create or delete links between widgets.', { action: { type: 'string', enum: ['create', 'delete'] }, widgetId: { type: 'string' } }));
    expect(verdict.evidence.join(' ')).toContain('argument `action` can be `delete`');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('an action argument beside a warning of permanent loss is still sure', () => {
    const verdict = classifyTool(tool('bulk_edit_widgets', "Bulk edit widgets. WARNING: the 'delete' operation permanently removes widgets from the system.", { operation: { type: 'string', enum: ['update', 'delete'] } }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('an output-path argument that only a plain lead sentence backs is not sure', () => {
    const verdict = classifyTool(tool('widget_export', 'Export widget records to a JSON file (ids, names and timestamps).', { outputPath: { type: 'string' } }));
    expect(verdict.category).toBe('Write');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('an output-path argument that name and description both back is sure', () => {
    const verdict = classifyTool(tool('save_widgets', 'Save widget records to a JSON file.', { outputPath: { type: 'string' } }));
    expect(verdict.category).toBe('Write');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a code argument with a lead sentence that says it runs code is still sure', () => {
    const verdict = classifyTool(tool('run_snippet', 'Run a JavaScript code snippet in a sandbox and return the result.', { code: { type: 'string', description: 'JavaScript code to execute' } }));
    expect(verdict.category).toBe('Execute');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a warning of loss that no verb of loss backs is not sure', () => {
    const verdict = classifyTool(tool('reorder_slides', 'Reorder slides by giving their ids in the new order. WARNING: This is a destructive operation.', { ids: { type: 'array' } }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a warning of loss beside a verb that deletes is sure', () => {
    const verdict = classifyTool(tool('remove_slide', 'Remove a slide from the deck. WARNING: This is a destructive operation.', { id: { type: 'string' } }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a verdict the name\'s own verb disagrees with is not sure', () => {
    const verdict = classifyTool(tool('edit_diagram', 'Edit a page of the diagram by operations (update/add/delete cells).', { operations: { type: 'array', items: { type: 'object', properties: { operation: { type: 'string', enum: ['update', 'add', 'delete'] } } } } }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a warning of permanent loss settles it whatever the name says', () => {
    const verdict = classifyTool(tool('bulk_edit_tags', "Bulk edit tags. WARNING: the 'delete' operation permanently removes tags from the system.", { operation: { type: 'string', enum: ['rename', 'delete'] } }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a read-only claim that no other source agrees with is not sure', () => {
    const verdict = classifyTool(tool('widget_batch', 'Run an ordered list of widget tool calls in one go. Read-only tools such as widget_get may be mixed with others.', { calls: { type: 'array' } }));
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a read-only claim the name agrees with is sure', () => {
    const verdict = classifyTool(tool('get_widget', 'Get a widget by id. This tool is read-only.', { id: { type: 'string' } }));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
