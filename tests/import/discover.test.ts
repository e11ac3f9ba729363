import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCandidates } from '../../scripts/candidates-lib/candidate-file.ts';
import { ROOT, runScript, tempDir } from './run.ts';

const PAGES = join(ROOT, 'tests/fixtures/registry');

describe('npm run discover against a local registry serving recorded pages', () => {
  let registry: Server;
  let base = '';
  const requested: string[] = [];
  beforeAll(async () => {
    registry = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requested.push(`${url.pathname}?${url.searchParams}`);
      if (url.pathname !== '/v0/servers') return void response.writeHead(404).end();
      const page = url.searchParams.get('cursor') === 'io.github.example/remote-only:0.3.0' ? 'page-2.json' : 'page-1.json';
      response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(PAGES, page)));
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(registry.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

  test('follows nextCursor and adds only new npm stdio servers, with their server.json kept', async () => {
    const dir = tempDir();
    const candidates = join(dir, 'candidates.yaml');
    writeFileSync(candidates, 'candidates:\n  - {"npm":"known-mcp","version":"3.0.0","downloads":10,"status":"imported","id":"known"}\n');
    const result = await runScript('discover.ts', ['--registry', base, '--candidates', candidates, '--server-json-dir', join(dir, 'registry')]);
    expect(result.stderr).toContain('page 2: 3 servers (5 read)');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('read 5 servers: 3 with an npm package over stdio, 2 new candidates (1 already listed), 2 without one');
    expect(requested).toEqual(['/v0/servers?limit=100', '/v0/servers?limit=100&cursor=io.github.example%2Fremote-only%3A0.3.0']);
    const list = readCandidates(candidates);
    expect(list.map((c) => [c.npm, c.version, c.status])).toEqual([
      ['known-mcp', '3.0.0', 'imported'],
      ['@example/weather-mcp', '1.2.0', 'untried'],
      ['notes-mcp-server', '0.9.1', 'untried'],
    ]);
    const weather = list.find((c) => c.npm === '@example/weather-mcp')!;
    expect(weather.from).toBe(`registry ${new URL(base).host}`);
    expect(JSON.parse(readFileSync(weather.serverJson!, 'utf8')).name).toBe('io.github.example/weather');
  });

  test('stops at --limit servers', async () => {
    const dir = tempDir();
    const candidates = join(dir, 'candidates.yaml');
    const result = await runScript('discover.ts', ['--registry', base, '--candidates', candidates, '--server-json-dir', join(dir, 'registry'), '--limit', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('read 1 servers');
    expect(readCandidates(candidates).map((c) => c.npm)).toEqual(['@example/weather-mcp']);
  });

  test('says which page failed when the registry answers with an error', async () => {
    const result = await runScript('discover.ts', ['--registry', `${base}/nowhere`, '--candidates', join(tempDir(), 'c.yaml')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/discover: page 1: .*\/nowhere\/v0\/servers\?limit=100: HTTP 404/);
  });
});
