import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { runScript, tempDir } from './run.ts';

const readServer = (out: string, id: string) => parseServerFile(join(out, `${id}.yaml`), readFileSync(join(out, `${id}.yaml`), 'utf8'));

const TOOLS = [
  { name: 'get_weather', description: 'Returns the forecast for a city.', inputSchema: { type: 'object', properties: { city: { type: 'string' } } }, outputSchema: { type: 'object' } },
  { name: 'delete_alert', inputSchema: { type: 'object' }, annotations: { destructiveHint: true } },
];

/** A two-tool scaffold in the format `intercept scan` writes (header, category headings, one comment per tool). */
const SCAFFOLD = `#  Policy: Weather MCP Server
#  Server: acme/weather-mcp
#  Homepage: https://weather.example
#  Tags: weather, demo
version: "1"
default: "allow"
tools:
    #  ── Read Tools ──────────
    #  get_weather: Returns the forecast for a city
    get_weather:
        rules: []
    #  ── Destructive Tools ──────────
    #  delete_alert: Deletes an alert
    delete_alert:
        rules: []
`;

describe.concurrent('importing from a saved tools/list JSON', () => {
  test.each([
    { shape: 'a tools/list result', json: { tools: TOOLS } },
    { shape: 'a JSON-RPC response', json: { jsonrpc: '2.0', id: 2, result: { tools: TOOLS } } },
    { shape: 'a bare array of tools', json: TOOLS },
  ])('reads $shape and records the source and the launch command', async ({ json }) => {
    const out = tempDir();
    const file = join(out, 'tools.json');
    writeFileSync(file, JSON.stringify(json));
    const result = await runScript('import.ts', ['--id', 'weather', '--out', out, '--from-json', file, '--name', 'Weather', '--npm', 'weather-mcp', '--version', '1.2.3']);
    expect(result.status).toBe(0);
    const server = readServer(out, 'weather');
    expect(server.tools).toEqual([{ name: 'get_weather', description: 'Returns the forecast for a city.', inputSchema: TOOLS[0]!.inputSchema }, TOOLS[1]]);
    expect(server.source).toMatchObject({ kind: 'tools-list-json', serverVersion: '1.2.3' });
    expect(server.run).toMatchObject({ npm: 'weather-mcp', version: '1.2.3', command: 'npx -y weather-mcp' });
  });

  test('refuses a file that is not JSON, naming it', async () => {
    const out = tempDir();
    const file = join(out, 'tools.json');
    writeFileSync(file, '{"tools": [');
    const result = await runScript('import.ts', ['--id', 'weather', '--out', out, '--from-json', file, '--npm', 'weather-mcp']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: not valid JSON`);
  });

  test('needs a launch command or a package to record', async () => {
    const result = await runScript('import.ts', ['--id', 'weather', '--from-json', 'tools.json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('a file import needs --npm or the launch command after "--"');
  });
});

describe.concurrent('importing from an Intercept scaffold', () => {
  test('takes names, descriptions and server facts, without categories unless asked', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'weather.policy.yaml'), SCAFFOLD);
    const result = await runScript('import.ts', ['--id', 'weather', '--out', out, '--from-scaffold', join(out, 'weather.policy.yaml'), '--npm', 'weather-mcp']);
    expect(result.status).toBe(0);
    const server = readServer(out, 'weather');
    expect(server).toMatchObject({ name: 'Weather', repository: 'https://github.com/acme/weather-mcp', homepage: 'https://weather.example', tags: ['weather', 'demo'] });
    expect(server.source.kind).toBe('intercept-scaffold');
    expect(server.tools).toEqual([
      { name: 'get_weather', description: 'Returns the forecast for a city', inputSchema: { type: 'object' } },
      { name: 'delete_alert', description: 'Deletes an alert', inputSchema: { type: 'object' } },
    ]);
  });

  test('--scaffold-categories stores PolicyLayer categories as reviewed overrides', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'weather.policy.yaml'), SCAFFOLD);
    const result = await runScript('import.ts', ['--id', 'weather', '--out', out, '--from-scaffold', join(out, 'weather.policy.yaml'), '--scaffold-categories', '--npm', 'weather-mcp']);
    expect(result.status).toBe(0);
    expect(readServer(out, 'weather').tools.map((t) => t.override)).toEqual([
      { category: 'Read', reason: 'PolicyLayer scaffold category' },
      { category: 'Destructive', reason: 'PolicyLayer scaffold category' },
    ]);
  });

  test('--scaffold-categories without a scaffold is a usage error', async () => {
    const result = await runScript('import.ts', ['--id', 'weather', '--from-json', 'x.json', '--scaffold-categories', '--npm', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--scaffold-categories needs --from-scaffold');
  });
});
