import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

interface Case {
  name: string;
  description?: string;
  properties?: Record<string, unknown>;
  annotations?: Tool['annotations'];
  expected: Category;
}

const tool = (c: Case): Tool => ({ name: c.name, description: c.description, inputSchema: { type: 'object', properties: c.properties ?? {} }, annotations: c.annotations });

const cases: Case[] = [
  { name: 'delete_user', expected: 'Destructive' },
  { name: 'deleteUser', expected: 'Destructive' },
  { name: 'github.delete_repository', expected: 'Destructive' },
  { name: 'r2_bucket_delete', description: 'Delete an R2 bucket', expected: 'Destructive' },
  { name: 'drop-collection', description: 'Removes a collection or view from the database', expected: 'Destructive' },
  { name: 'get_user', expected: 'Read' },
  { name: 'list_issues', description: 'List issues in a repository', expected: 'Read' },
  { name: 'search_repositories', expected: 'Read' },
  { name: 'create_issue', description: 'Create a new issue', expected: 'Write' },
  { name: 'update_page', expected: 'Write' },
  { name: 'send_message', description: 'Send a message to a channel', expected: 'Write' },
  { name: 'execute_sql', description: 'Executes raw SQL in the database', properties: { query: { type: 'string' } }, expected: 'Execute' },
  { name: 'run_pipeline', description: 'Trigger a pipeline to run', expected: 'Execute' },
  { name: 'browser_click', description: 'Perform click on a web page', expected: 'Execute' },
  { name: 'browser_type', description: 'Type text into editable element', expected: 'Execute' },
  { name: 'browser_close', description: 'Close the page', expected: 'Other' },
  { name: 'browser_snapshot', description: 'Capture accessibility snapshot of the current page', expected: 'Read' },
  { name: 'create_refund', description: 'Process a refund for a captured payment', expected: 'Financial' },
  { name: 'cancel_subscription', expected: 'Financial' },
  { name: 'create_payment', properties: { amount: { type: 'number' }, currency: { type: 'string' } }, expected: 'Financial' },
  { name: 'list_charges', description: 'List charges', expected: 'Read' },
  // "Manage" claims the power to create and change: Write by the rubric (it was Other when `manage` was an
  // unknown verb). The case is here to show that a notification subscription is not money.
  { name: 'manage_notification_subscription', description: 'Manage notification subscription', expected: 'Write' },
  { name: 'login', description: 'Log in to the service', expected: 'Other' },
  { name: 'sync_repo', description: 'Sync the repository. Deletes remote branches not present locally.', expected: 'Destructive' },
  { name: 'query', description: 'Run a read-only SQL query', properties: { sql: { type: 'string' } }, expected: 'Read' },
  { name: 'cleanup', description: 'Permanently removes all archived records.', expected: 'Destructive' },
  { name: 'describe_table', description: 'Describe a table. Does not modify anything.', expected: 'Read' },
  { name: 'manage_branch', properties: { action: { type: 'string', enum: ['list', 'create', 'delete'] } }, expected: 'Destructive' },
];

describe('classifyTool', () => {
  test.each(cases)('$name is $expected', (c) => {
    expect(classifyTool(tool(c)).category).toBe(c.expected);
  });

  test('gives the risk that follows from the category', () => {
    expect(classifyTool(tool({ name: 'delete_user', expected: 'Destructive' })).risk).toBe('Critical');
    expect(classifyTool(tool({ name: 'run_job', expected: 'Execute' })).risk).toBe('High');
    expect(classifyTool(tool({ name: 'create_issue', expected: 'Write' })).risk).toBe('Medium');
    expect(classifyTool(tool({ name: 'get_user', expected: 'Read' })).risk).toBe('Low');
  });

  test('names the signal that decided in its evidence', () => {
    expect(classifyTool(tool({ name: 'delete_user', expected: 'Destructive' })).evidence).toContain('name verb `delete`');
  });

  test('flags a readOnlyHint that contradicts a destructive name, and lowers its confidence', () => {
    const plain = classifyTool(tool({ name: 'delete_user', expected: 'Destructive' }));
    const spoofed = classifyTool(tool({ name: 'delete_user', annotations: { readOnlyHint: true }, expected: 'Destructive' }));
    expect(spoofed.category).toBe('Destructive');
    expect(spoofed.contradictions).toHaveLength(1);
    expect(spoofed.contradictions[0]).toContain('readOnlyHint=true');
    expect(spoofed.confidence).toBeLessThan(plain.confidence);
  });

  test('lets a reviewed override win, and says so', () => {
    const verdict = classifyTool({ ...tool({ name: 'get_user', expected: 'Read' }), override: { category: 'Execute', reason: 'runs a report job' } });
    expect(verdict.category).toBe('Execute');
    expect(verdict.confidence).toBe(1);
    expect(verdict.override).toEqual({ reason: 'runs a report job', rulesSaid: 'Read' });
  });

  test('flags destructiveHint=false on a tool that drops data, and keeps the verdict', () => {
    const verdict = classifyTool(tool({ name: 'drop_table', annotations: { readOnlyHint: false, destructiveHint: false }, expected: 'Destructive' }));
    expect(verdict.category).toBe('Destructive');
    expect(verdict.contradictions).toEqual(['contradiction: annotation destructiveHint=false, but the definition says Destructive']);
    expect(verdict.evidence.at(-1)).toBe(verdict.contradictions[0]);
  });

  test('flags destructiveHint=true on a tool that only reads', () => {
    const verdict = classifyTool(tool({ name: 'find_flaky_tests', description: 'Retrieves information about flaky tests.', annotations: { destructiveHint: true }, expected: 'Read' }));
    expect(verdict.category).toBe('Read');
    expect(verdict.contradictions).toEqual(['contradiction: annotation destructiveHint=true, but the definition only reads']);
  });

  test('flags annotations that claim read-only and destructive at once', () => {
    const verdict = classifyTool(tool({ name: 'get_user', annotations: { readOnlyHint: true, destructiveHint: true }, expected: 'Read' }));
    expect(verdict.contradictions).toEqual(['contradiction: annotations claim both readOnlyHint=true and destructiveHint=true']);
  });

  test.each([
    { name: 'delete_user', evidence: ['name verb `delete`'] },
    { name: 'resolve-library-id', evidence: ['name `resolve` + `library` (a lookup)'] },
    { name: 'browser_close', evidence: ['name verb `close` (ends its own browser session)'] },
    { name: 'create_payment', properties: { amount: { type: 'number' }, currency: { type: 'string' } }, evidence: ['argument `amount` (number) with `currency`', 'name `create` on `payment`'] },
    { name: 'manage_branch', properties: { action: { type: 'string', enum: ['list', 'delete'] } }, evidence: ['argument `action` can be `delete`'] },
    { name: 'get_rows', properties: { sql: { type: 'string' } }, evidence: ['argument `sql` takes code or a command'] },
    { name: 'get_user', annotations: { readOnlyHint: true }, evidence: ['name verb `get`', 'annotation readOnlyHint=true'] },
    { name: 'frobnicate', evidence: ['no verb, argument or annotation in the definition says what a call does'] },
  ] as (Omit<Case, 'expected'> & { evidence: string[] })[])('explains $name in words a reader understands', (c) => {
    expect(classifyTool(tool({ ...c, expected: 'Other' })).evidence).toEqual(c.evidence);
  });

  test('quotes the description briefly, with an ellipsis where it cuts', () => {
    const long = 'Deletes every record of the given table, including the rows that other tables still reference by foreign key.';
    const [quote] = classifyTool(tool({ name: 'purge', description: long, expected: 'Destructive' })).evidence.filter((e) => e.startsWith('description'));
    expect(quote!.length).toBeLessThanOrEqual(100);
    expect(quote).toMatch(/^description says “Deletes every record.*…”$/);
  });

  test('is more confident when name and description agree than on a name alone, and least on nothing', () => {
    const both = classifyTool(tool({ name: 'delete_file', description: 'Deletes a file.', expected: 'Destructive' })).confidence;
    const nameOnly = classifyTool(tool({ name: 'delete_file', expected: 'Destructive' })).confidence;
    const nothing = classifyTool(tool({ name: 'frobnicate', expected: 'Other' })).confidence;
    expect(both).toBeGreaterThan(nameOnly);
    expect(nameOnly).toBeGreaterThan(nothing);
    expect(nothing).toBe(0.3);
    for (const value of [both, nameOnly, nothing]) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
  });

  test('is deterministic', () => {
    const t = tool({ name: 'update_record', description: 'Updates a record and removes stale fields', expected: 'Write' });
    expect(classifyTool(t)).toEqual(classifyTool(t));
  });
});
