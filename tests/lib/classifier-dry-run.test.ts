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
    expect(verdict.evidence.some((e) => e.includes('switches between a rehearsal and the effect'))).toBe(true);
  });

  test('is not needed for a preview sentence to describe a rehearsal, not the call', () => {
    const verdict = classifyTool(tool('run_rule', 'Run a saved rule by name. Set mode to preview to see what would change without making changes.', { name: { type: 'string' }, mode: { type: 'string' } }));
    expect(verdict.category).toBe('Execute');
  });
});

describe('a switch that asks for the effect (apply, submit, write)', () => {
  test('makes a read-only claim about the default mode no claim about the call', () => {
    const verdict = classifyTool(tool('claim_fees', 'Claim accrued fees. Modes: submit false (default) — read-only check of the claimable amount; submit true — sends the claim transaction.', { submit: { type: 'boolean' } }));
    expect(verdict.category).not.toBe('Read');
  });

  test('lifts a read to a change: with write=true the tool writes its files', () => {
    expect(classifyTool(tool('extract_tokens', 'Extract design tokens from the codebase into JSON.', { write: { type: 'boolean' } })).category).toBe('Write');
  });

  test('only lifts a read: typing into a page with submit=true still drives it', () => {
    const verdict = classifyTool({ ...tool('browser_type', 'Type text into editable element', { element: { type: 'string' }, submit: { type: 'boolean' } }), title: 'Type text' });
    expect(verdict.category).toBe('Execute');
  });

  test('only lifts a read: exchanging its own OAuth code with persist=true still manages its session', () => {
    const verdict = classifyTool({ ...tool('oauth_exchange_code', 'Exchange the authorization code for access tokens after the user has completed the OAuth flow.', { code: { type: 'string' }, persist: { type: 'boolean' } }), title: 'OAuth exchange' });
    expect(verdict.category).not.toBe('Write');
  });
});

describe('a read-only claim about a tool named before it', () => {
  test('"(which only reads)" after another tool\'s name is not a claim about this call', () => {
    const verdict = classifyTool(tool('call_method', 'Invoke any method on any node. The write counterpart to query_runtime_node (which only reads).'));
    expect(verdict.category).toBe('Execute');
  });
});
