import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { FAKE_SERVER, importFake, ROOT, runScript, tempDir } from './run.ts';

/** True once `pid` no longer exists (a killed process may stay a zombie until it is reaped: wait up to 5 s). */
async function isGone(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      process.kill(pid, 0);
      if (readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z') return true;
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const readFake = (out: string) => parseServerFile(join(out, 'fake.yaml'), readFileSync(join(out, 'fake.yaml'), 'utf8'));

describe.concurrent('importing a live server over stdio', () => {
  test('writes the tools, the server version and the negotiated protocol', async () => {
    const out = tempDir();
    const result = await importFake(out, 'normal');
    expect(result.status).toBe(0);
    const server = readFake(out);
    expect(server.tools.map((t) => t.name)).toEqual(['read_file', 'delete_file']);
    expect(server.source).toMatchObject({ kind: 'live-import', serverVersion: '1.0.0', protocolVersion: '2025-11-25' });
    expect(server.history).toBeUndefined();
  });

  test('starts the server in the folder given with --cwd', async () => {
    const out = tempDir();
    const workDir = join(tempDir(), 'server-cwd');
    // An absolute path to the fake server: it no longer starts from the repository root.
    const result = await runScript('import.ts', ['--id', 'fake', '--out', out, '--cwd', workDir, '--', 'node', join(ROOT, FAKE_SERVER[1]!), 'cwd']);
    expect(result.status).toBe(0);
    expect(readFake(out).tools[0]!.description).toBe(`Images are saved relative to ${workDir}`);
  });

  test('follows nextCursor through every page', async () => {
    const out = tempDir();
    expect((await importFake(out, 'paginated')).status).toBe(0);
    expect(readFake(out).tools.map((t) => t.name)).toEqual(['tool_0_0', 'tool_0_1', 'tool_1_0', 'tool_1_1', 'tool_2_0', 'tool_2_1']);
  });

  test('stops with a warning when the server repeats a cursor', async () => {
    const out = tempDir();
    const result = await importFake(out, 'repeated-cursor');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: cursor repeated on page 2; stopping');
    expect(readFake(out).tools).toHaveLength(2);
  });

  test('warns about stdout lines that are not JSON-RPC but keeps the answers that are', async () => {
    const out = tempDir();
    const result = await importFake(out, 'garbage-then-normal');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: the server wrote 2 line\(s\) to stdout that are not JSON-RPC/);
  });

  test('stores a 1 MB description and warns about its length', async () => {
    const out = tempDir();
    const result = await importFake(out, 'huge-description');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: high long-text: tool "huge" description: Is 1,048,576 characters long');
    expect(readFake(out).tools[0]!.description).toHaveLength(1024 * 1024);
  });

  test("warns about another server's tool named in a description, not about the server's own", async () => {
    const out = tempDir();
    // Another catalogued server that has both names: delete_file is also the fake's own tool.
    writeFileSync(join(out, 'mail.yaml'), 'tools:\n  - name: send_email\n  - name: delete_file\n');
    const result = await importFake(out, 'shadowing');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: high shadowing: tool "notes" description: Tells the model how to use "send_email", a tool of another server.');
    expect(result.stderr).not.toContain('"delete_file", a tool of another server');
  });

  test('stops a server that outlives its launcher (npx), by process id', async () => {
    const out = tempDir();
    const pidFile = join(out, 'server.pid');
    // Outside the sandbox: inside it, the server could not write the pid file (and bwrap takes its tree down itself).
    const result = await runScript('import.ts', ['--id', 'fake', '--out', out, '--timeout', '30,10', '--no-sandbox', '--', ...FAKE_SERVER, 'wrapped', pidFile]);
    expect(result.status).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(await isGone(pid)).toBe(true);
  });

  test('prints the audit of a poisoned tool as warnings', async () => {
    const out = tempDir();
    const result = await importFake(out, 'poisoned');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: high secret-access: tool "add" description');
    expect(result.stderr).toContain('warning: high secrecy: tool "add" description');
  });
});

/** Servers that must not produce a file: the exit code, the one message a reader needs. */
const failures = [
  { mode: 'crash', timeout: '30,10', message: /connect \(timeout 30 s\) failed: .*the server exited or closed stdout.*server stderr: fake-mcp-server: crashing on purpose/ },
  { mode: 'hang', timeout: '10,5', message: /connect \(timeout 10 s\) failed: MCP error -32001: Request timed out/ },
  { mode: 'garbage', timeout: '10,5', message: /connect \(timeout 10 s\) failed: .*the server wrote \d+ line\(s\) to stdout that are not JSON-RPC/ },
  { mode: 'nameless', timeout: '30,10', message: /tools\[1\]: name: expected a non-empty string, got nothing/ },
  { mode: 'bad-schema', timeout: '30,10', message: /tools\[1\] "broken": inputSchema: expected an object schema, got "string"\n.*tools\[2\] "not_object": inputSchema.type: expected "object", got "string"/ },
  { mode: 'duplicate', timeout: '30,10', message: /tools\[1\] "read_file": name: used twice, first by tools\[0\]/ },
];

describe.concurrent('a server that misbehaves', () => {
  test.each(failures)('$mode: exits 1 with one clear error and writes nothing', async ({ mode, timeout, message }) => {
    const out = tempDir();
    const result = await importFake(out, mode, timeout);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(out, 'fake.yaml'))).toBe(false);
  });

  test.each(failures)('$mode: leaves the existing content file untouched', async ({ mode, timeout }) => {
    const out = tempDir();
    expect((await importFake(out, 'normal')).status).toBe(0);
    const before = readFileSync(join(out, 'fake.yaml'), 'utf8');
    expect((await importFake(out, mode, timeout)).status).toBe(1);
    expect(readFileSync(join(out, 'fake.yaml'), 'utf8')).toBe(before);
  });
});

describe.concurrent('re-importing', () => {
  test('records added, removed and changed tools in a dated history entry and prints the drift', async () => {
    const out = tempDir();
    await importFake(out, 'normal');
    const result = await importFake(out, 'changed');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('drift: added 1: move_file');
    expect(result.stderr).toContain('drift: removed 1: delete_file');
    expect(result.stderr).toContain('drift: changed 1: read_file (description)');
    const [entry, ...older] = readFake(out).history ?? [];
    expect(older).toEqual([]);
    expect(entry).toMatchObject({ serverVersion: '1.1.0', added: ['move_file'], removed: ['delete_file'], changed: [{ name: 'read_file', fields: ['description'] }] });
    expect(entry!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry!.changed[0]!.previousHash).not.toBe(entry!.changed[0]!.hash);
  });

  test('leaves the file byte-identical when nothing changed', async () => {
    const out = tempDir();
    await importFake(out, 'changed');
    const before = readFileSync(join(out, 'fake.yaml'), 'utf8');
    const result = await importFake(out, 'changed');
    expect(result.stderr).toContain('no change in the tool definitions');
    expect(result.stderr).toMatch(/unchanged .*fake\.yaml: 2 tools/);
    expect(readFileSync(join(out, 'fake.yaml'), 'utf8')).toBe(before);
  });

  test('keeps a reviewed override when the tool changes', async () => {
    const out = tempDir();
    await importFake(out, 'normal');
    const path = join(out, 'fake.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  - name: read_file\n', '  - name: read_file\n    override:\n      category: Read\n      reason: reviewed by hand\n'));
    expect((await importFake(out, 'changed')).status).toBe(0);
    expect(readFake(out).tools.find((t) => t.name === 'read_file')?.override).toEqual({ category: 'Read', reason: 'reviewed by hand' });
  });
});
