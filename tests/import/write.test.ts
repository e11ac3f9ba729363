import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeServerFile } from '../../scripts/import-lib/write.ts';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { tempDir } from '../support/temp-dirs.ts';

const server = (tools: ServerInput['tools']): ServerInput => ({
  id: 'keys', name: 'Keys', description: 'Key order.', run: { command: 'npx -y keys' }, transport: 'stdio', tags: [],
  source: { kind: 'live-import', date: '2026-11-29' }, tools,
} as ServerInput);
type Schema = ServerInput['tools'][number]['inputSchema'];
const lookup: Schema = { type: 'object', properties: { id: { type: 'string' }, full: { type: 'boolean' } }, required: ['id'] };
const shuffled: Schema = { required: ['id'], properties: { full: { type: 'boolean' }, id: { type: 'string' } }, type: 'object' };

describe('writeServerFile', () => {
  test('leaves a file alone when a re-import lists the same tools with their keys in another order', () => {
    const path = join(tempDir('write-'), 'keys.yaml');
    expect(writeServerFile(path, server([{ name: 'lookup', description: 'Looks up a key.', inputSchema: lookup }]))).toBe('written');
    const before = readFileSync(path, 'utf8');
    expect(writeServerFile(path, server([{ description: 'Looks up a key.', inputSchema: shuffled, name: 'lookup' }]))).toBe('unchanged');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('still writes a tool whose definition changed, in the order the server gave', () => {
    const path = join(tempDir('write-'), 'keys.yaml');
    writeServerFile(path, server([{ name: 'lookup', description: 'Looks up a key.', inputSchema: lookup }]));
    expect(writeServerFile(path, server([{ name: 'lookup', description: 'Looks up a key by id.', inputSchema: shuffled }]))).toBe('written');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Looks up a key by id.');
    expect(text.indexOf('required')).toBeLessThan(text.indexOf('properties'));
  });
});
