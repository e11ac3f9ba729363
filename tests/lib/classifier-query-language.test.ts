import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * The rubric's Execute includes a query taking free statements that can change data; a read-only
 * query reads. A GraphQL mutation is such a statement. Made-up tools only.
 */
const tool = (name: string, description: string, query: Record<string, unknown> = { type: 'string' }): Tool => ({ name, description, inputSchema: { type: 'object', properties: { query } } });

describe('a GraphQL mutation is a statement that changes data', () => {
  test('a sentence that runs a query or mutation executes', () => {
    expect(classifyTool(tool('graphql', 'Execute a GraphQL query or mutation.')).category).toBe('Execute');
  });

  test('a query argument that takes mutations executes', () => {
    const verdict = classifyTool(tool('github_graphql', 'Send a GraphQL request to GitHub.', { type: 'string', description: 'GraphQL query or mutation to execute' }));
    expect(verdict.category).toBe('Execute');
    expect(verdict.evidence).toContain('argument `query` takes code or a command');
  });

  test('a query argument that rejects mutations reads', () => {
    expect(classifyTool(tool('gql', 'Run a GraphQL query.', { type: 'string', description: 'The GraphQL query (read-only, mutations are rejected)' })).category).toBe('Read');
  });
});

describe('code handed to a tool that tests, profiles or benchmarks it', () => {
  const withCode = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } });

  test('is run: testing or profiling code executes it', () => {
    expect(classifyTool(withCode('test_middleware', 'Test Edge Middleware locally')).category).toBe('Execute');
    expect(classifyTool(withCode('profile_code', 'Profile the given Python code.')).category).toBe('Execute');
  });

  test('a test verb without code to run still reads', () => {
    expect(classifyTool({ name: 'test_regex', description: 'Test a regular expression against text.', inputSchema: { type: 'object', properties: { pattern: { type: 'string' }, text: { type: 'string' } } } }).category).toBe('Read');
  });
});
