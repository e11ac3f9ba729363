import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toolToHash } from '../../src/lib/tool-hash.ts';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { importServerHistory, type HistoryDeps, type HistoryRow } from '../../scripts/history-lib/run-history.ts';
import { SourceEntrySchema } from '../../scripts/import-lib/manifest.ts';
import { runImport } from '../../scripts/import-lib/run-import.ts';
import { FAKE_PACKAGE, RELEASE_TOOLS, registryAnswer } from '../fixtures/fake-releases.ts';
import { FAKE_SERVER, runScript, tempDir } from './run.ts';

const entry = SourceEntrySchema.parse({ id: 'fake', name: 'Fake files', description: 'The fake package.', npm: FAKE_PACKAGE, version: '2.0.0', timeout: 30 });
/** The fake package's version `version` started as the fake server (no npx, no network). */
const releaseArgs = (version: string, outDir: string, date?: string) => ['--id', 'fake', '--out', outDir, ...(date ? ['--date', date] : []), '--npm', FAKE_PACKAGE, '--version', version, '--timeout', '30,10', '--', ...FAKE_SERVER, 'release', version];

/** A history run against the fake registry and the fake server; returns its row, what it said, and how many imports it started. */
async function runHistory(outDir: string, latest: number): Promise<{ row: HistoryRow; lines: string[]; started: string[] }> {
  const lines: string[] = [];
  const started: string[] = [];
  const deps: HistoryDeps = {
    queryRegistry: async (pkg) => (pkg === FAKE_PACKAGE ? registryAnswer() : Promise.reject(new Error(`asked about ${pkg}`))),
    importArgs: (_entry, version, dir, date) => releaseArgs(version, dir, date),
    runImport: (label, args, timeoutMs, write) => {
      started.push(label);
      return runImport(label, args, timeoutMs, write);
    },
    findingContext: (id) => ({ serverId: id, otherServerToolNames: { has: () => false } }),
    say: (line) => lines.push(line),
  };
  const row = await importServerHistory(entry, { outDir, selection: { latest }, retryFailed: false, noSandbox: false }, deps);
  return { row, lines, started };
}

/** The catalogue's file of the fake server as `npm run import:all` leaves it (version 2.0.0), imported once, copied into a fresh folder per call. */
let catalogueText: Promise<string> | undefined;
async function catalogueAt200(): Promise<string> {
  catalogueText ??= (async () => {
    const dir = tempDir();
    const result = await runScript('import.ts', releaseArgs('2.0.0', dir, '2026-01-01'));
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(join(dir, 'fake.yaml'), 'utf8');
  })();
  const dir = tempDir();
  writeFileSync(join(dir, 'fake.yaml'), await catalogueText);
  return dir;
}

/** One whole history run (the newest 8 versions), shared by the tests that read it. */
let wholeRun: Promise<{ dir: string; before: ReturnType<typeof readFake>; run: Awaited<ReturnType<typeof runHistory>>; text: string }> | undefined;
function historyOnce() {
  wholeRun ??= (async () => {
    const dir = await catalogueAt200();
    const before = readFake(dir);
    const run = await runHistory(dir, 8);
    return { dir, before, run, text: readFileSync(join(dir, 'fake.yaml'), 'utf8') };
  })();
  return wholeRun;
}

const readFake = (dir: string) => parseServerFile(join(dir, 'fake.yaml'), readFileSync(join(dir, 'fake.yaml'), 'utf8'));
const tools = (version: string) => RELEASE_TOOLS[version] as { name: string }[];

describe.concurrent('npm run import:history', () => {
  test('imports every version up to the catalogue’s, oldest first, and records exactly what each one changed', async () => {
    const { dir, before, run: { row, lines, started } } = await historyOnce();
    expect(row).toMatchObject({ id: 'fake', selected: 5, added: 5, failed: 1, versions: 5, working: 4, entries: 2, status: 'ok' });
    // 1.3.0 crashes: tried twice. 2.0.0 is the file's own version: never started again.
    expect(started).toEqual(['fake@1.0.0', 'fake@1.1.0', 'fake@1.2.0', 'fake@1.3.0', 'fake@1.3.0']);
    expect(lines.filter((line) => /^\[fake\] 4\/4 1\.3\.0 \(2025-04-10\): failed: .*crashing on purpose/.test(line)), lines.join('\n')).toHaveLength(1);

    const server = readFake(dir);
    expect(server.tools).toEqual(before.tools);
    expect(server.source).toEqual(before.source);
    expect(server.versions).toEqual([
      { version: '1.0.0', published: '2025-01-10', tools: 3 },
      { version: '1.1.0', published: '2025-02-10', tools: 3 },
      { version: '1.2.0', published: '2025-03-10', tools: 2 },
      { version: '1.3.0', published: '2025-04-10', failed: expect.stringContaining('crashing on purpose') },
      { version: '2.0.0', published: '2025-05-10', tools: 3 },
    ]);
    const [v2, v12, ...older] = server.history ?? [];
    expect(older).toEqual([]);
    // The "Done when" version: a changed description, a removed tool and an added argument, and nothing else.
    const [oldRead, , oldList] = tools('1.0.0');
    const [newRead, newList] = tools('1.2.0');
    expect(v12).toEqual({
      date: '2025-03-10',
      serverVersion: '1.2.0',
      packageVersion: '1.2.0',
      added: [],
      removed: ['delete_file'],
      changed: [
        { name: 'read_file', fields: ['description'], previousHash: toolToHash(oldRead!), hash: toolToHash(newRead!), details: [{ part: 'description', change: 'changed', before: 'Read a file.', after: 'Read a file as <b>text</b></ins><del> & return it.' }] },
        { name: 'list_dir', fields: ['inputSchema'], previousHash: toolToHash(oldList!), hash: toolToHash(newList!), details: [{ part: 'property', key: 'recursive', change: 'added', after: 'boolean: Recurse into sub-folders' }] },
      ],
    });
    expect(v2).toMatchObject({ date: '2025-05-10', packageVersion: '2.0.0', added: ['move_file'], removed: [] });
    expect(v2!.changed.map((c) => `${c.name}: ${c.fields.join()}`)).toEqual(['read_file: description', 'list_dir: description']);
    expect(v2!.warnings?.map((w) => `${w.tool} ${w.kind}${w.kind === 'category-raised' ? ` ${w.from}→${w.to}` : ''}`)).toEqual(['read_file model-aimed-text', 'list_dir category-raised Read→Destructive']);

  }, 120_000);

  test('a plain import of the next version, dated with --date, adds its entry and keeps the versions', async () => {
    const { dir } = await historyOnce();
    const recorded = readFake(dir);
    const next = await runScript('import.ts', releaseArgs('2.1.0', dir, '2025-06-01'));
    expect(next.status, next.stderr).toBe(0);
    const server = readFake(dir);
    expect(server.versions).toEqual(recorded.versions);
    expect(server.source.date).toBe('2025-06-01');
    expect(server.history?.map((h) => [h.date, h.packageVersion, h.added.join()])).toEqual([['2025-06-01', '2.1.0', 'extra'], ...recorded.history!.map((h) => [h.date, h.packageVersion, h.added.join()])]);
  }, 120_000);

  test('re-runs add only versions not seen, and in pieces give the file one run gives', async () => {
    const pieces = await catalogueAt200();
    const first = await runHistory(pieces, 3);
    expect(first.started).toEqual(['fake@1.2.0', 'fake@1.3.0', 'fake@1.3.0']);
    expect(readFake(pieces).versions?.map((v) => v.version)).toEqual(['1.2.0', '1.3.0', '2.0.0']);
    // Two older versions: 1.2.0, recorded before, is imported again to compare 1.1.0 with; 1.3.0 is not retried.
    const second = await runHistory(pieces, 8);
    expect(second.started).toEqual(['fake@1.0.0', 'fake@1.1.0', 'fake@1.2.0']);
    expect(second.row).toMatchObject({ added: 2, failed: 0, status: 'ok' });
    expect(readFileSync(join(pieces, 'fake.yaml'), 'utf8')).toBe((await historyOnce()).text);
    const third = await runHistory(pieces, 8);
    expect(third.started).toEqual([]);
    expect(third.row).toMatchObject({ status: 'up to date', versions: 5, working: 4, entries: 2 });
  }, 120_000);

  test('a server file that does not exist yet is reported, not created', async () => {
    const { row, started } = await runHistory(tempDir(), 8);
    expect(row.status).toMatch(/^failed: no .*fake\.yaml; import the server first \(npm run import:all -- fake\)$/);
    expect(started).toEqual([]);
  });
});

describe('command lines', () => {
  test('the importer refuses a --date that is not a day', async () => {
    const bad = await runScript('import.ts', releaseArgs('1.0.0', tempDir(), '2025-02-30'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad --date "2025-02-30": expected a day as YYYY-MM-DD');
  });

  test.each([
    { args: ['fake', '--versions', '0'], message: 'bad --versions "0": expected a whole number of at least 1' },
    { args: [], message: 'name at least one server id of the manifest' },
  ])('import:history refuses $args', async ({ args, message }) => {
    const result = await runScript('import-history.ts', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run import:history');
  });
});
