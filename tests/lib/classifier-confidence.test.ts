import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Confidence that means something on servers nobody has labelled (issue #14): 0.9 and above only
 * when independent sources agree and nothing as strong disputes them. Made-up tools only.
 */

describe('confidence of 0.9 and above needs independent sources and no rival', () => {
  const readOnly = { readOnlyHint: true };
  test('name, lead sentence and readOnlyHint agreeing with nothing disputing them is confident', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'get_user', description: 'Get a user by id.', annotations: readOnly, expected: 'Read' }));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('name and lead sentence alone (one source restating the other) stay below 0.9', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'get_user', description: 'Get a user by id.', expected: 'Read' }));
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a rival as strong as a name verb keeps a money noun in the name below 0.9', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'set_order_status', description: 'Set the status and service preferences of an order.', expected: 'Financial' }));
    expect(verdict.category).toBe('Financial');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('an action enum agreeing with a lead sentence is not confident when the name says something else', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'get_reference', description: 'Returns the CRUD operation requirements.', properties: { operation: { type: 'string', enum: ['create', 'delete'] } }, expected: 'Destructive' }));
    expect(verdict.confidence).toBeLessThan(0.9);
  });
});


describe('a money noun in a name', () => {
  // Not `set_order_note`, whose money noun qualifies the note the call sets (classifier-ninth-set.test.ts): Write.
  test('decides Financial, but not confidently, against a lead sentence that only sets a status', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'set_order_status', description: 'Set the status of an order.', expected: 'Financial' }));
    expect(verdict.category).toBe('Financial');
    expect(verdict.confidence).toBeLessThan(0.9);
  });

  test('a Write verb beside it agrees: creating an invoice also writes', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'create_refund', description: 'Create a refund.', properties: { amount: { type: 'number' }, currency: { type: 'string' } }, expected: 'Financial' }));
    expect(verdict.category).toBe('Financial');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });
});


describe('readOnlyHint=false', () => {
  test('says a call with no other evidence changes something', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'acme_state', description: 'Acme state.', annotations: { readOnlyHint: false }, expected: 'Write' })).category).toBe('Write');
  });

  test('keeps a read it disputes below 0.9', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'get_docs', description: 'Returns the documentation for a library.', annotations: { readOnlyHint: false }, expected: 'Read' }));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeLessThanOrEqual(0.8);
  });
});


describe('a local path a tool sends from', () => {
  test('is its source, not where it saves: no schema evidence of saving files', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'file_push', description: 'Push a local file to the device.', properties: { localPath: { type: 'string' } }, required: ['localPath'], expected: 'Write' }));
    expect(verdict.category).toBe('Write');
    expect(verdict.evidence.some((e) => e.includes('saves files'))).toBe(false);
  });
});
