import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isSandboxAvailable } from '../../scripts/import-lib/sandbox.ts';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { FAKE_SERVER, runScript, tempDir } from './run.ts';

// CI installs bubblewrap; a developer machine without it skips with a message, CI never does.
const available = isSandboxAvailable();
if (!available && !process.env.CI) console.warn('sandbox tests skipped: bubblewrap (bwrap) is not installed');

describe.runIf(available || process.env.CI)('importing inside the sandbox', () => {
  let listener: Server;
  let port = 0;
  const connections: string[] = [];
  beforeAll(async () => {
    listener = createServer((socket) => {
      connections.push('connected');
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

  test('a server that tries to write HOME, read outside its folder and reach 127.0.0.1 is imported, and none of the three succeeds', async () => {
    const out = tempDir();
    const secret = join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'the secret');
    const homeFile = join(homedir(), `.mcp-sandbox-probe-${process.pid}-${Date.now()}`);
    const result = await runScript('import.ts', [
      '--id', 'fake', '--out', out, '--timeout', '30,10',
      '--setenv', `PROBE_HOME_FILE=${homeFile}`, '--setenv', `PROBE_SECRET_FILE=${secret}`, '--setenv', `PROBE_PORT=${port}`,
      '--', ...FAKE_SERVER, 'escape',
    ]);
    expect(result.stderr).toContain('(sandboxed)');
    expect(result.status).toBe(0);
    const server = parseServerFile(join(out, 'fake.yaml'), readFileSync(join(out, 'fake.yaml'), 'utf8'));
    const outcomes = JSON.parse(server.tools[0]!.description!) as Record<string, string>;
    expect(Object.keys(outcomes).sort()).toEqual(['connectLocal', 'readOutside', 'writeHome']);
    for (const outcome of Object.values(outcomes)) expect(outcome).toMatch(/^failed: /);
    expect(existsSync(homeFile)).toBe(false);
    expect(connections).toEqual([]);
  });

  test('the same server without the sandbox escapes all three ways (the test can tell)', async () => {
    const out = tempDir();
    const secret = join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'the secret');
    const homeFile = join(tempDir(), 'home-probe');
    const result = await runScript('import.ts', [
      '--id', 'fake', '--out', out, '--timeout', '30,10', '--no-sandbox',
      '--setenv', `PROBE_HOME_FILE=${homeFile}`, '--setenv', `PROBE_SECRET_FILE=${secret}`, '--setenv', `PROBE_PORT=${port}`,
      '--', ...FAKE_SERVER, 'escape',
    ]);
    expect(result.stderr).toContain('WARNING: --no-sandbox');
    const server = parseServerFile(join(out, 'fake.yaml'), readFileSync(join(out, 'fake.yaml'), 'utf8'));
    expect(JSON.parse(server.tools[0]!.description!)).toEqual({ writeHome: 'succeeded', readOutside: 'succeeded', connectLocal: 'succeeded' });
    expect(existsSync(homeFile)).toBe(true);
  });
});
