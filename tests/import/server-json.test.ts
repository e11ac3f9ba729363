import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandServerJson } from '../../scripts/import-lib/server-json-args.ts';
import { argumentToArgv, dummyForName, serverJsonToLaunch } from '../../scripts/import-lib/server-json.ts';
import { readFileSync } from 'node:fs';
import { ROOT, tempDir } from './run.ts';

const page = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/registry/page-1.json'), 'utf8')) as { servers: { server: unknown }[] };
const weatherJson = JSON.stringify(page.servers[0]!.server);

describe('the MCP Registry server.json format', () => {
  test('gives the npm package, its arguments and a dummy for every declared variable', () => {
    const launch = serverJsonToLaunch('server.json', weatherJson);
    expect(launch).toMatchObject({ npm: '@example/weather-mcp', version: '1.2.0', args: ['--units', 'metric'], repository: 'https://github.com/example/weather-mcp' });
    expect([...launch.env]).toEqual([['WEATHER_API_KEY', 'dummy-weather_api_key'], ['WEATHER_BASE_URL', 'http://127.0.0.1:9']]);
  });

  test('accepts a registry answer that wraps the document in { server, _meta }', () => {
    expect(serverJsonToLaunch('x.json', JSON.stringify(page.servers[0])).npm).toBe('@example/weather-mcp');
  });

  test('refuses a server without an npm stdio package, naming what it has', () => {
    expect(() => serverJsonToLaunch('r.json', JSON.stringify(page.servers[1]!.server))).toThrow('r.json: no npm package with the stdio transport (packages: none)');
  });

  test.each([
    [{ type: 'positional' as const, value: 'stdio' }, ['stdio']],
    [{ type: 'positional' as const, valueHint: 'notes_dir', isRequired: true }, ['/tmp']],
    [{ type: 'positional' as const, valueHint: 'dir' }, []],
    [{ type: 'named' as const, name: '--port', default: '3000' }, ['--port', '3000']],
    [{ type: 'named' as const, name: '--read-only' }, ['--read-only']],
    [{ type: 'named' as const, name: '--token', valueHint: 'token' }, []],
    [{ type: 'named' as const, name: '--token', valueHint: 'token', isRequired: true }, ['--token', 'dummy-token']],
    [{ type: 'named' as const, name: '--mode', choices: ['ro', 'rw'], isRequired: true }, ['--mode', 'ro']],
  ])('argument %j becomes %j', (argument, argv) => {
    expect(argumentToArgv(argument)).toEqual(argv);
  });

  test.each([['API_BASE_URL', 'http://127.0.0.1:9'], ['DB_HOST', '127.0.0.1'], ['SMTP_PORT', '9'], ['DATA_DIR', '/tmp'], ['SLACK_TOKEN', 'dummy-slack_token']])('a dummy for %s is %s', (name, dummy) => {
    expect(dummyForName(name)).toBe(dummy);
  });

  test('--from-server-json becomes the importer\'s own options and an npx launch; options given win', () => {
    const file = join(tempDir(), 'server.json');
    writeFileSync(file, weatherJson);
    expect(expandServerJson(['--from-server-json', file, '--name', 'Weather'])).toEqual([
      '--name', 'Weather', '--id', 'weather', '--description', 'Forecasts and alerts from a weather service.', '--repository', 'https://github.com/example/weather-mcp',
      '--npm', '@example/weather-mcp', '--version', '1.2.0', '--env', 'WEATHER_API_KEY=dummy-weather_api_key', '--env', 'WEATHER_BASE_URL=http://127.0.0.1:9',
      '--', 'npx', '-y', '@example/weather-mcp@1.2.0', '--units', 'metric',
    ]);
  });
});
