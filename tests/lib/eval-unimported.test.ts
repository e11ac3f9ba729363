import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LabelFileError } from '../../scripts/eval-lib/labels.ts';
import { readUnimportedTools } from '../../scripts/eval-lib/unimported.ts';
import { tempDir } from '../support/temp-dirs.ts';

const tool = (name: string, category: string, extra: Record<string, unknown> = {}) => ({
  name,
  description: `Does ${name}.`,
  inputSchema: { type: 'object' },
  label: { category, reason: 'why', ...extra },
});

function dirWith(files: Record<string, unknown>): string {
  const dir = tempDir('unimported-');
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

describe('readUnimportedTools', () => {
  test('reads every part in numeric order, prefixes server ids with their part and tells memory from transcription', () => {
    const dir = dirWith({
      'part-10.json': { part: 10, written: 'x', kind: 'transcribed from npm source', servers: [{ server: 'acme', product: 'acme-mcp@1.0.0', tools: [tool('delete_x', 'Destructive')] }] },
      'part-2.json': { part: 2, written: 'x', servers: [{ server: 'acme', product: 'Acme remote', tools: [tool('get_x', 'Read', { alt: 'Other' }), tool('set_x', 'Write', { alt: 'Write' })] }] },
      'notes.txt': 'not a part',
    });
    const tools = readUnimportedTools(dir);
    expect(tools.map((t) => [t.server, t.tool.name, t.kind, t.label, t.alt])).toEqual([
      ['u2-acme', 'get_x', 'memory', 'Read', 'Other'],
      ['u2-acme', 'set_x', 'memory', 'Write', undefined],
      ['u10-acme', 'delete_x', 'transcribed', 'Destructive', undefined],
    ]);
    expect(tools[0]!.tool).not.toHaveProperty('label');
    expect(tools[0]!.serverContext).toEqual(tools[1]!.serverContext);
  });

  test('lists every problem of every part, with its file and field', () => {
    const dir = dirWith({
      'part-1.json': { part: 1, written: 'x', servers: [{ server: 's', product: 'p', tools: [tool('a', 'Dangerous')] }] },
      'part-2.json': '{ not json',
    });
    expect(() => readUnimportedTools(dir)).toThrow(LabelFileError);
    expect(() => readUnimportedTools(dir)).toThrow(/2 problems[\s\S]*part-1\.json: servers\[0\]\.tools\[0\]\.label\.category[\s\S]*part-2\.json: /);
  });

  test('a missing folder holds no tools', () => {
    expect(readUnimportedTools(join(tempDir('unimported-'), 'absent'))).toEqual([]);
  });
});
