import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const BAD_SERVER = `id: acme
name: Acme
run: { command: "npx -y acme-mcp" }
source: { kind: live-import, date: "2026-11-25" }
tools:
  - name: get_user
    inputSchema: { type: object }
  - name: delete_user
    descripton: Deletes a user
    inputSchema: { type: object }
`;

test('a bad content file stops the build with the file, tool and field, and writes no site', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'catalogue-bad-'));
  mkdirSync(path.join(root, 'servers'));
  writeFileSync(path.join(root, 'servers', 'acme.yaml'), BAD_SERVER);
  const outDir = path.join(root, 'dist');
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, CATALOGUE_CONTENT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('servers/acme.yaml');
  expect(output).toContain('tools[1] "delete_user": unknown field "descripton"');
  expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
});
