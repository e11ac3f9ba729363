import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** A valid server; each case below breaks one thing in it. */
const GOOD_SERVER = `id: acme
name: Acme
run: { command: "npx -y acme-mcp" }
source: { kind: live-import, date: "2026-11-25" }
tools:
  - name: get_user
    inputSchema: { type: object }
  - name: delete_user
    description: Deletes a user
    inputSchema: { type: object }
`;

/** Replaces one exact piece of the good server, failing loudly if the piece is not there. */
function edit(from: string, to: string): string {
  if (!GOOD_SERVER.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return GOOD_SERVER.replace(from, to);
}

/** Each case: the files of servers/, and the lines the build output must hold (file, tool, field). */
const cases = [
  {
    name: 'an unknown field in a tool',
    files: { 'acme.yaml': edit('description: Deletes', 'descripton: Deletes') },
    expected: ['servers/acme.yaml', 'tools[1] "delete_user": unknown field "descripton"'],
  },
  {
    name: 'a tool missing its inputSchema',
    files: { 'acme.yaml': edit('  - name: get_user\n    inputSchema: { type: object }\n', '  - name: get_user\n') },
    expected: ['servers/acme.yaml', 'tools[0] "get_user": inputSchema: expected object, but the field is missing'],
  },
  {
    name: 'a description of the wrong type',
    files: { 'acme.yaml': edit('description: Deletes a user', 'description: 42') },
    expected: ['servers/acme.yaml', 'tools[1] "delete_user": description: expected string, got 42'],
  },
  {
    name: 'a server missing its run command',
    files: { 'acme.yaml': edit('run: { command: "npx -y acme-mcp" }', 'run: { npm: acme-mcp }') },
    expected: ['servers/acme.yaml', 'run.command: expected string, but the field is missing'],
  },
  {
    name: 'a duplicate tool name',
    files: { 'acme.yaml': edit('- name: delete_user', '- name: get_user') },
    expected: ['servers/acme.yaml', 'tools[1] "get_user": name: expected a unique tool name, already used by tools[0]'],
  },
  {
    name: 'bad YAML',
    files: { 'acme.yaml': edit('name: Acme', 'name: "Acme') },
    expected: ['servers/acme.yaml', 'not valid YAML: Missing closing "quote at line 2'],
  },
  {
    name: 'a duplicate id: acme.yaml and acme.yml',
    files: { 'acme.yaml': GOOD_SERVER, 'acme.yml': GOOD_SERVER },
    expected: ['servers/acme.yml', 'id: "acme" is already used by another file'],
  },
  {
    // On a case-insensitive disk the two files cannot coexist; on Linux the id, which must be the
    // lower-case file name, is what fails for Acme.yaml.
    name: 'a duplicate id differing in case: acme.yaml and Acme.yaml',
    files: { 'acme.yaml': GOOD_SERVER, 'Acme.yaml': GOOD_SERVER },
    expected: ['servers/Acme.yaml', 'id: expected "Acme" (the file name), got "acme"'],
  },
  {
    name: 'an id that is not a lower-case slug',
    files: { 'Acme.yaml': edit('id: acme', 'id: Acme') },
    expected: ['servers/Acme.yaml', 'id: expected a lower-case slug (a-z, 0-9, single hyphens), got "Acme"'],
  },
];

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Builds a content folder holding `files` under servers/; returns the exit status, the output and whether a page was written. */
function buildContent(files: Readonly<Record<string, string | undefined>>): { status: number | null; output: string; wroteSite: boolean } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'catalogue-bad-'));
  roots.push(root);
  mkdirSync(path.join(root, 'servers'));
  for (const [name, text] of Object.entries(files)) if (text !== undefined) writeFileSync(path.join(root, 'servers', name), text);
  const outDir = path.join(root, 'dist');
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, CATALOGUE_CONTENT: root, CATALOGUE_CACHE_DIR: path.join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, wroteSite: existsSync(path.join(outDir, 'index.html')) };
}

describe('a bad content file stops the build', () => {
  test.each(cases)('$name: names the file, the tool and the field, and writes no site', ({ files, expected }) => {
    const { status, output, wroteSite } = buildContent(files);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
    expect(wroteSite).toBe(false);
  });

  test('two bad files: both are listed in one run', () => {
    const { status, output } = buildContent({ 'acme.yaml': edit('description: Deletes', 'descripton: Deletes'), 'beta.yaml': edit('id: acme', 'id: beta').replace('name: Acme', 'name: 3') });
    expect(status).not.toBe(0);
    expect(output).toContain('2 content files failed validation');
    expect(output).toContain('servers/acme.yaml: tools[1] "delete_user": unknown field "descripton"');
    expect(output).toContain('servers/beta.yaml: name: expected string, got 3');
  });
});
