import { describe, expect, test } from 'vitest';
import { buildCatalogue, type CatalogueTool } from '../../src/lib/catalogue.ts';
import { serverPageCacheKey, toolPageCacheKey } from '../../src/lib/page-keys.ts';
import type { Server } from '../../src/lib/schemas/server.ts';

const base: Server = {
  id: 'acme',
  name: 'Acme',
  description: 'Acme tools',
  run: { command: 'npx -y acme-mcp', npm: 'acme-mcp', version: '1.0.0' },
  transport: 'stdio',
  tags: [],
  source: { kind: 'live-import', date: '2026-11-25' },
  tools: [
    { name: 'get_user', description: 'Get a user', inputSchema: { type: 'object' } },
    { name: 'delete_user', description: 'Delete a user', inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
  ],
};
const attacks = [{ slug: 'destructive-action-by-mistake', abuses: ['Destructive' as const], signals: { names: ['delete'], descriptions: [], arguments: [], annotations: {}, anyTool: false }, severityRank: 0 }];
const label = (slug: string) => `title of ${slug}`;
const keyOf = (server: Server, tool = 'delete_user', attackLabel = label) => {
  const entry = buildCatalogue([server], attacks).tools.find((t: CatalogueTool) => t.tool.name === tool)!;
  return toolPageCacheKey(entry, attackLabel);
};
const withTool = (changes: Partial<Server['tools'][number]>): Server => ({ ...base, tools: base.tools.map((t) => (t.name === 'delete_user' ? { ...t, ...changes } : t)) });

describe('toolPageCacheKey', () => {
  test('is stable for the same data', () => {
    expect(keyOf(base)).toBe(keyOf(structuredClone(base)));
  });

  test.each<{ name: string; server: Server }>([
    { name: 'the description', server: withTool({ description: 'Delete a user for good' }) },
    { name: 'the input schema', server: withTool({ inputSchema: { type: 'object', properties: { id: { type: 'number' } } } }) },
    { name: 'the annotations', server: withTool({ annotations: { readOnlyHint: true } }) },
    { name: 'a reviewed override', server: withTool({ override: { category: 'Write', reason: 'soft delete' } }) },
    { name: 'the server name', server: { ...base, name: 'Acme Corp' } },
    { name: 'the launch command', server: { ...base, run: { ...base.run, command: 'npx -y acme-mcp@2' } } },
    { name: 'the import date', server: { ...base, source: { ...base.source, date: '2026-12-01' } } },
    { name: 'the import history', server: { ...base, history: [{ date: '2026-11-25', added: ['delete_user'], removed: [], changed: [] }] } },
    { name: 'a related tool', server: { ...base, tools: [...base.tools, { name: 'delete_group', inputSchema: { type: 'object' } }] } },
  ])('changes when $name changes', ({ server }) => {
    expect(keyOf(server)).not.toBe(keyOf(base));
  });

  test('changes when the title of an attack it links to changes', () => {
    expect(keyOf(base, 'delete_user', (slug) => `renamed ${slug}`)).not.toBe(keyOf(base));
  });

  test('does not change when an unrelated tool of another category changes', () => {
    const server: Server = { ...base, tools: base.tools.map((t) => (t.name === 'get_user' ? { ...t, description: 'Get one user by id' } : t)) };
    expect(keyOf(server)).toBe(keyOf(base));
  });
});

describe('serverPageCacheKey', () => {
  test('changes when any of its tools changes', () => {
    const keyOfServer = (server: Server) => {
      const [entry] = buildCatalogue([server], attacks).servers;
      return serverPageCacheKey(entry!, entry!.tools.map((t) => toolPageCacheKey(t, label)));
    };
    expect(keyOfServer(withTool({ description: 'Delete a user for good' }))).not.toBe(keyOfServer(base));
    expect(keyOfServer(structuredClone(base))).toBe(keyOfServer(base));
  });
});
