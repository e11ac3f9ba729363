import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { changeToTitle, serversToChanges } from '../../src/lib/history/changes.ts';
import { serverToTimeline } from '../../src/lib/history/timeline.ts';
import { toolHistoryOf } from '../../src/lib/history/tool-history.ts';
import { ServerSchema, type Server, type ServerInput } from '../../src/lib/schemas/server.ts';

const HASH = '0123456789abcdef';
const acme: ServerInput = {
  id: 'acme',
  name: 'Acme',
  run: { command: 'npx -y acme-mcp', npm: 'acme-mcp', version: '2.0.0' },
  source: { kind: 'live-import', date: '2026-05-01' },
  versions: [
    { version: '1.0.0', published: '2025-01-10', tools: 3 },
    { version: '1.1.0', published: '2025-02-10', tools: 3 },
    { version: '1.2.0', published: '2025-03-10', tools: 2 },
    { version: '1.3.0', published: '2025-04-10', failed: 'connect: the server exited (code 3)' },
    { version: '2.0.0', published: '2025-05-10', tools: 3 },
  ],
  history: [
    {
      date: '2025-05-10',
      packageVersion: '2.0.0',
      added: ['notes'],
      warnings: [{ kind: 'model-aimed-text', tool: 'notes', findings: [{ kind: 'shadowing', severity: 'high', field: 'description', message: 'Names send_email.', excerpt: 'send_email' }] }],
    },
    {
      date: '2025-03-10',
      packageVersion: '1.2.0',
      removed: ['delete_file'],
      changed: [
        { name: 'read_file', fields: ['description'], previousHash: HASH, hash: HASH, details: [{ part: 'description', change: 'changed', before: 'Read a file.', after: 'Read a file as text.' }] },
        { name: 'list_dir', fields: ['inputSchema'], previousHash: HASH, hash: HASH, details: [{ part: 'property', key: 'recursive', change: 'added', after: 'boolean' }] },
      ],
    },
    // A plain re-import's entry: no version listed, no details.
    { date: '2024-12-01', changed: [{ name: 'read_file', fields: ['annotations'], previousHash: HASH, hash: HASH }] },
  ],
  tools: [
    { name: 'read_file', description: 'Read a file as text.', inputSchema: { type: 'object' } },
    { name: 'list_dir', description: 'List a folder.', inputSchema: { type: 'object', properties: { recursive: { type: 'boolean' } } } },
    { name: 'notes', description: 'Saves a note.', inputSchema: { type: 'object' } },
  ],
};
const server: Server = ServerSchema.parse(acme);

describe('a tool’s history', () => {
  test('a tool a later version added is first seen in that version', () => {
    expect(toolHistoryOf(server, 'notes')).toMatchObject({ firstSeen: { how: 'added', version: '2.0.0', date: '2025-05-10' }, events: [{ change: 'added', version: '2.0.0', published: true }] });
  });

  test('a tool there from the start is first seen in the oldest version imported, with its changes newest first', () => {
    const history = toolHistoryOf(server, 'read_file');
    expect(history.firstSeen).toEqual({ how: 'first-version', version: '1.0.0', date: '2025-01-10' });
    expect(history.events.map((e) => [e.version, e.date, e.published, e.fields.join()])).toEqual([['1.2.0', '2025-03-10', true, 'description'], [undefined, '2024-12-01', false, 'annotations']]);
    expect(history.events[0]!.descriptionDiff).toEqual([{ op: 'same', text: 'Read a file ' }, { op: 'added', text: 'as text' }, { op: 'same', text: '.' }]);
  });

  test('without versions or history, a tool is first seen at the import', () => {
    const bare = ServerSchema.parse({ ...acme, versions: undefined, history: undefined });
    expect(toolHistoryOf(bare, 'read_file')).toEqual({ firstSeen: { how: 'only-import', version: '2.0.0', date: '2026-05-01' }, events: [] });
  });
});

describe('serverToTimeline', () => {
  test('lists every version newest first, with its change, a failure or nothing, and the unlisted change last by date', () => {
    const rows = serverToTimeline(server);
    expect(rows.map((r) => [r.version ?? '-', r.date, r.failed ? 'failed' : r.entry ? `${r.entry.added.length}+ ${r.entry.removed.length}- ${r.entry.changed.length}~` : r.baseline ? 'baseline' : 'unchanged'])).toEqual([
      ['2.0.0', '2025-05-10', '1+ 0- 0~'],
      ['1.3.0', '2025-04-10', 'failed'],
      ['1.2.0', '2025-03-10', '0+ 1- 2~'],
      ['1.1.0', '2025-02-10', 'unchanged'],
      ['1.0.0', '2025-01-10', 'baseline'],
      ['-', '2024-12-01', '0+ 0- 1~'],
    ]);
    expect(rows[0]!.warnings.map((w) => w.kind)).toEqual(['model-aimed-text']);
  });
});

describe('serversToChanges', () => {
  const catalogue = buildCatalogue([server], []);
  const changes = serversToChanges(catalogue.servers);

  test('one item per tool and version, newest first, linking tools the server still has', () => {
    expect(changes.map((c) => [c.key, c.tool.url ?? null])).toEqual([
      ['acme/2.0.0/added/notes', '/servers/acme/tools/notes/'],
      ['acme/1.2.0/removed/delete_file', null],
      ['acme/1.2.0/changed/read_file', '/servers/acme/tools/read_file/'],
      ['acme/1.2.0/changed/list_dir', '/servers/acme/tools/list_dir/'],
      ['acme/2024-12-01/changed/read_file', '/servers/acme/tools/read_file/'],
    ]);
  });

  test('titles say exactly what changed, warnings first', () => {
    expect(changes.map(changeToTitle)).toEqual([
      '[adds model-aimed text] Acme 2.0.0: notes added',
      'Acme 1.2.0: delete_file removed',
      'Acme 1.2.0: read_file — description changed',
      'Acme 1.2.0: list_dir — argument "recursive" added',
      'Acme 2024-12-01: read_file — changed: annotations',
    ]);
  });

  test('sorts several servers by date, then server id', () => {
    const other = ServerSchema.parse({ ...acme, id: 'zeta', name: 'Zeta', versions: undefined, history: [{ date: '2025-03-10', added: ['list_dir'] }, { date: '2025-06-01', removed: ['gone'] }] });
    const keys = serversToChanges(buildCatalogue([other, server], []).servers).map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(['zeta/2025-06-01/removed/gone', 'acme/2.0.0/added/notes', 'acme/1.2.0/removed/delete_file']);
    expect(keys[5]).toBe('zeta/2025-03-10/added/list_dir');
  });
});
