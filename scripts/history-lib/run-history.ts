import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FindingContext } from '../../src/lib/findings/tool-findings.ts';
import type { Version } from '../../src/lib/schemas/history.ts';
import { ServerSchema, type HistoryEntry, type Server } from '../../src/lib/schemas/server.ts';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { entryToImportArgs, type SourceEntry } from '../import-lib/manifest.ts';
import type { ImportRun } from '../import-lib/run-import.ts';
import { serverFilePath, writeServerFile } from '../import-lib/write.ts';
import { mergeHistory, type VersionOutcome } from './merge.ts';
import { planHistoryImport } from './plan.ts';
import { registryAnswerToVersions, type RegistryQuery } from './registry.ts';
import { selectVersions, type Selection } from './select.ts';

/** What a history run of one server is told. */
export interface HistoryOptions {
  /** The catalogue's server folder (content/servers). */
  outDir: string;
  selection: Selection;
  /** Try versions recorded as failed again. */
  retryFailed: boolean;
  /** Start servers without the sandbox (passed on to the importer). */
  noSandbox: boolean;
}

/** The process boundaries of a history run, replaced in tests: the registry and the importer. */
export interface HistoryDeps {
  queryRegistry: RegistryQuery;
  /** The importer's arguments for one version of the entry, writing into `outDir`, dated `date`. */
  importArgs: (entry: SourceEntry, version: string, outDir: string, date: string) => string[];
  runImport: (label: string, args: string[], timeoutMs: number, write: (line: string) => void) => Promise<ImportRun>;
  /** What the audit judges shadowing against: the tool names of the catalogue's other servers. */
  findingContext: (id: string) => FindingContext;
  say: (line: string) => void;
}

/** How the history run of one server ended, for the closing table. */
export interface HistoryRow {
  id: string;
  /** Versions selected from the registry (up to the catalogue's). */
  selected: number;
  /** Fresh versions imported now, and those of them that failed. */
  added: number;
  failed: number;
  /** Versions the file lists afterwards, and how many of them work. */
  versions: number;
  working: number;
  /** History entries the file holds afterwards. */
  entries: number;
  status: string;
  seconds: number;
}

// Beyond the connect timeout: the package may still be installing, the server listing, the file writing.
const EXTRA_SECONDS = 60;

/** The importer's arguments for one version: the manifest's, with that version pinned and dated. */
export function defaultImportArgs(noSandbox: boolean): HistoryDeps['importArgs'] {
  return (entry, version, outDir, date) => {
    const args = ['--date', date, ...entryToImportArgs({ ...entry, version }, outDir)];
    if (noSandbox) args.splice(args.indexOf('--'), 0, '--no-sandbox');
    return args;
  };
}

/**
 * Imports the published versions of one server oldest to newest and records them in its file:
 * asks the registry for the package's versions, selects them (`selectVersions`), imports each
 * one the file has not seen into a scratch folder, chained so each import compares with the
 * previous one, then merges `versions` and `history` into the real file. The file's tools stay
 * as they are: they are the current version's. Nothing is written when nothing is new.
 */
export async function importServerHistory(entry: SourceEntry, options: HistoryOptions, deps: HistoryDeps): Promise<HistoryRow> {
  const started = performance.now();
  const row: HistoryRow = { id: entry.id, selected: 0, added: 0, failed: 0, versions: 0, working: 0, entries: 0, status: '', seconds: 0 };
  const done = (status: string, server?: Server): HistoryRow => {
    const versions = server?.versions ?? [];
    return { ...row, versions: versions.length, working: versions.filter((v) => v.failed === undefined).length, entries: server?.history?.length ?? 0, status, seconds: Math.round((performance.now() - started) / 100) / 10 };
  };
  const path = serverFilePath(options.outDir, entry.id);
  if (!entry.npm) return done('failed: not an npm package (no npm in the manifest)');
  if (!existsSync(path)) return done(`failed: no ${path}; import the server first (npm run import:all -- ${entry.id})`);
  const server = parseServerFile(path, readFileSync(path, 'utf8'));
  const currentVersion = server.run.version ?? entry.version;
  if (!currentVersion) return done(`failed: ${path} records no package version (run.version)`, server);
  let selected;
  try {
    const published = registryAnswerToVersions(entry.npm, await deps.queryRegistry(entry.npm));
    selected = selectVersions(published, currentVersion, options.selection);
  } catch (error) {
    return done(`failed: ${entry.npm}: ${error instanceof Error ? error.message : String(error)}`, server);
  }
  row.selected = selected.length;
  const current = selected.at(-1)!;
  const plan = planHistoryImport(selected, server.versions ?? [], current.version, options.retryFailed);
  if (plan.fresh.length === 0) return done('up to date', server);
  deps.say(`[${entry.id}] ${entry.npm}: ${selected.length} versions selected (${selected[0]!.version} … ${current.version}), ${plan.fresh.length} new; importing ${plan.imports.length}`);
  const scratch = mkdtempSync(join(tmpdir(), `import-history-${entry.id}-`));
  try {
    const outcomes: VersionOutcome[] = [];
    for (const [i, version] of plan.imports.entries()) {
      const outcome = await importVersion(entry, version, scratch, deps);
      outcomes.push(outcome);
      const what = 'snapshot' in outcome ? `ok, ${outcome.snapshot.tools.length} tools` : `failed: ${outcome.failed}`;
      deps.say(`[${entry.id}] ${i + 1}/${plan.imports.length} ${version.version} (${version.published}): ${what}`);
    }
    row.added = plan.fresh.length;
    const freshNames = new Set(plan.fresh.map((v) => v.version));
    row.failed = outcomes.filter((o) => 'failed' in o && freshNames.has(o.version.version)).length;
    const merged = mergeHistory(server, current, plan.fresh, outcomes, deps.findingContext(entry.id));
    if ('missing' in merged) return done(`failed: version ${merged.missing} (recorded before) did not import again, so the new versions cannot be compared with it; nothing written`, server);
    const updated = withHistory(server, merged.versions, merged.history);
    writeServerFile(path, updated);
    return done('ok', updated);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The server with its versions and history replaced, keys in the schema's order, which is the
 * order the importer writes: a history run and a plain re-import never reorder a file between them.
 */
function withHistory(server: Server, versions: Version[], history: HistoryEntry[]): Server {
  const updated: Record<string, unknown> = { ...server, versions, history: history.length > 0 ? history : undefined };
  return Object.fromEntries(Object.keys(ServerSchema.shape).flatMap((key) => (updated[key] === undefined ? [] : [[key, updated[key]]]))) as Server;
}

/** Imports one version into the scratch folder (one retry: a first start can fail for reasons of the moment). */
async function importVersion(entry: SourceEntry, version: { version: string; published: string }, scratch: string, deps: HistoryDeps): Promise<VersionOutcome> {
  const args = deps.importArgs(entry, version.version, scratch, version.published);
  const label = `${entry.id}@${version.version}`;
  const timeoutMs = (entry.timeout + EXTRA_SECONDS) * 1000;
  let run = await deps.runImport(label, args, timeoutMs, deps.say);
  if (!run.ok) {
    deps.say(`[${label}] failed (${run.error}); retrying once`);
    run = await deps.runImport(label, args, timeoutMs, deps.say);
  }
  if (!run.ok) return { version, failed: run.error ?? 'failed to start' };
  const file = serverFilePath(scratch, entry.id);
  const snapshot = parseServerFile(file, readFileSync(file, 'utf8'));
  if (snapshot.run.version !== version.version) return { version, failed: `the import recorded version ${snapshot.run.version ?? 'none'}, not ${version.version}` };
  return { version, snapshot: { tools: snapshot.tools, ...(snapshot.source.serverVersion ? { serverVersion: snapshot.source.serverVersion } : {}) } };
}
