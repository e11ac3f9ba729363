import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/** A read-only claim settles Read at 0.9, so it must be about the call. Made-up tools only. */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('"read-only" qualifying a thing the call makes or sets', () => {
  test('is no claim that the call only reads', () => {
    expect(classifyTool(tool('create_share_link', 'Create a read-only share link for a document.')).category).toBe('Write');
    expect(classifyTool(tool('update_record', 'Update a record. Read-only fields are ignored.')).category).toBe('Write');
    expect(classifyTool(tool('set_role', 'Set a user to read-only or editor.')).category).toBe('Write');
  });

  test('before a noun phrase naming the query or the call it is still a claim', () => {
    const verdict = classifyTool(tool('query', 'Runs a custom read-only ClickHouse SQL query against the logs.'));
    expect(verdict.category).toBe('Read');
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
    expect(classifyTool(tool('inspect_cluster', 'Read-only. Inspect the cluster and fix nothing.')).category).toBe('Read');
  });
});

describe('a part that a change spares', () => {
  test('is no claim that nothing changes', () => {
    expect(classifyTool(tool('update_title', 'Update the title without modifying the body.')).category).toBe('Write');
    expect(classifyTool(tool('append_row', 'Append a row to the sheet without changing existing rows.')).category).toBe('Write');
    expect(classifyTool(tool('rename_file', 'Rename a file. Does not modify its contents.')).category).toBe('Write');
    expect(classifyTool(tool('add_tag', 'Adds a tag. No side effects on other tags.')).category).toBe('Write');
  });

  test('a whole store or "changes" left alone is still a claim', () => {
    expect(classifyTool(tool('run_query', 'Run a query without modifying the database.')).category).toBe('Read');
    expect(classifyTool(tool('inspect_repo', 'Inspect the repository without making changes.')).category).toBe('Read');
  });
});

describe('"non-destructive"', () => {
  test('is no claim that the call only reads: a non-destructive change writes', () => {
    expect(classifyTool(tool('merge_pdfs', 'Merge PDFs into a new file. Non-destructive: the input files are kept.')).category).toBe('Write');
    expect(classifyTool(tool('add_column', 'Add a column to the table (non-destructive migration).')).category).not.toBe('Read');
  });

  test('is no warning of loss', () => {
    expect(classifyTool(tool('sync_files', 'Sync files. This is a non-destructive operation.')).category).toBe('Write');
  });
});

describe('"does not change" whose subject is something else, and a field named readOnly', () => {
  test('is no claim about the call', () => {
    expect(classifyTool(tool('create_segment', 'Create a segment of contacts. A segment is a saved set of conditions. Creating one does not modify any contact.')).category).toBe('Write');
    expect(classifyTool(tool('list_apps', 'List connected apps. The list does not change without a rescan.')).confidence).toBeLessThan(0.9);
    expect(classifyTool(tool('memory_status', 'Health of a memory file: {totalVectors, fileSize, readOnly, chainDepth}.')).confidence).toBeLessThan(0.9);
  });

  test('with the call as subject, or none, it is still a claim', () => {
    expect(classifyTool(tool('inspect_state', 'Inspect the app state. It does not change anything.')).category).toBe('Read');
    expect(classifyTool(tool('simulate_network', 'Simulate a slow network for the app. Does not change the real connectivity.')).category).toBe('Read');
  });
});
