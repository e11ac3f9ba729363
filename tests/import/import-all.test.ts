import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { FAKE_SERVER, runScript, tempDir } from './run.ts';

/** A manifest of fake servers: `command` stands in for npx, so nothing is downloaded. */
function writeManifest(dir: string, servers: { id: string; mode: string }[]): string {
  const file = join(dir, 'sources.yaml');
  const entries = servers.map(({ id, mode }) => ({ id, name: `Fake ${mode}`, description: `The fake server in ${mode} mode.`, command: [...FAKE_SERVER, mode], tags: ['test'], env: { FAKE_TOKEN: null }, timeout: 30 }));
  writeFileSync(file, stringify({ servers: entries }));
  return file;
}

describe('import:all', () => {
  test('imports every entry, reports a failure without touching its file, and prints the summary table', async () => {
    const dir = tempDir();
    const manifest = writeManifest(dir, [{ id: 'good', mode: 'normal' }, { id: 'broken', mode: 'crash' }]);
    const brokenFile = join(dir, 'broken.yaml');
    // The broken server was imported once before: its content must survive the failed run.
    expect((await runScript('import.ts', ['--id', 'broken', '--out', dir, '--', ...FAKE_SERVER, 'normal'])).status).toBe(0);
    const before = readFileSync(brokenFile, 'utf8');

    const result = await runScript('import-all.ts', ['--manifest', manifest, '--out', dir]);
    expect(result.status).toBe(1);
    expect(readFileSync(brokenFile, 'utf8')).toBe(before);
    const good = parseServerFile(join(dir, 'good.yaml'), readFileSync(join(dir, 'good.yaml'), 'utf8'));
    expect(good).toMatchObject({ name: 'Fake normal', tags: ['test'], run: { env: ['FAKE_TOKEN'] } });

    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^id\s+version\s+tools\s+added\s+removed\s+changed\s+status\s+seconds$/);
    expect(rows.find((row) => row.startsWith('good '))).toMatch(/^good\s+-\s+2\s+2\s+0\s+0\s+ok \(new\)\s+[\d.]+$/);
    expect(rows.find((row) => row.startsWith('broken '))).toMatch(/^broken\s+-\s+2\s+0\s+0\s+0\s+failed: connect .*the server exited/);
    expect(rows).toContain('2 servers, 4 tools, 1 failed');
    expect(rows.slice(-2)).toEqual(['imported 1, updated 0, unchanged 0, failed 1', '  failed 1: exits at start']);
    expect(result.stderr).toMatch(/\[broken\] failed \(.*\); retrying once/);
    expect(result.stderr).toMatch(/\[2\/2\] (good|broken): /);
    expect(result.stderr).toContain('[good] import: wrote');
  });

  test('re-imports only the ids given, and counts the drift', async () => {
    const dir = tempDir();
    const first = writeManifest(dir, [{ id: 'one', mode: 'normal' }, { id: 'two', mode: 'normal' }]);
    expect((await runScript('import-all.ts', ['--manifest', first, '--out', dir])).status).toBe(0);
    const second = writeManifest(dir, [{ id: 'one', mode: 'changed' }, { id: 'two', mode: 'changed' }]);
    const result = await runScript('import-all.ts', ['--manifest', second, '--out', dir, 'one']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^one\s+-\s+2\s+1\s+1\s+1\s+ok\s/m);
    expect(result.stdout).not.toMatch(/^two\s/m);
    expect(result.stdout).toContain('imported 0, updated 1, unchanged 0, failed 0');
    const two = parseServerFile(join(dir, 'two.yaml'), readFileSync(join(dir, 'two.yaml'), 'utf8'));
    expect(two.tools.map((t) => t.name)).toEqual(['read_file', 'delete_file']);
  });

  test('refuses an id that is not in the manifest, listing the known ones', async () => {
    const dir = tempDir();
    const manifest = writeManifest(dir, [{ id: 'one', mode: 'normal' }]);
    const result = await runScript('import-all.ts', ['--manifest', manifest, '--out', dir, 'nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not in');
    expect(result.stderr).toContain('nope (known: one)');
  });

  test('refuses a manifest entry with neither npm and version nor a command', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sources.yaml'), stringify({ servers: [{ id: 'x', name: 'X', description: 'No way to start it.', npm: 'x-mcp' }] }));
    const result = await runScript('import-all.ts', ['--manifest', join(dir, 'sources.yaml'), '--out', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('servers[0] "x": expected npm and version (started with npx), or command');
  });
});
