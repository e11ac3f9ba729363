/**
 * Imports the published npm versions of catalogued servers, oldest to newest, so that each server
 * file's `history` records every real change with the version and its publish date, and its
 * `versions` lists every version imported. Re-runs add only versions not seen before; a version
 * that fails to start is recorded as failed and skipped. Each import is live and sandboxed like
 * any other (scripts/import.ts). Run: npm run import:history -- <id> [<id>…] [--versions N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toolNamesOfOtherServers } from '../src/lib/findings/tool-findings.ts';
import { parseServerFile } from '../src/lib/server-file.ts';
import { defaultImportArgs, importServerHistory } from './history-lib/run-history.ts';
import { npmView } from './history-lib/registry.ts';
import { historyRowsToTable } from './history-lib/summary.ts';
import { parseSourcesManifest, type SourceEntry } from './import-lib/manifest.ts';
import { runPool } from './import-lib/pool.ts';
import { runImport } from './import-lib/run-import.ts';

const USAGE = `usage: npm run import:history -- <id> [<id>…] [--versions N] [--spread M] [--retry-failed] [--jobs N]
         [--manifest FILE] [--out DIR] [--no-sandbox]
  --versions N    the newest N versions up to the one the catalogue holds (default 8)
  --spread M      plus M older versions spread over the package's past (default: 1 per 25 older versions, at most 4)
  --retry-failed  try versions recorded as failed again
  --jobs N        servers imported at a time (default 2; the versions of one server always go one by one)`;

const say = (line: string): void => void process.stderr.write(`${line}\n`);
const fail = (message: string, code = 2): never => {
  say(`import:history: ${message}\n${USAGE}`);
  process.exit(code);
};

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      versions: { type: 'string', default: '8' },
      spread: { type: 'string' },
      'retry-failed': { type: 'boolean', default: false },
      jobs: { type: 'string', default: '2' },
      manifest: { type: 'string', default: 'content/sources.yaml' },
      out: { type: 'string', default: 'content/servers' },
      'no-sandbox': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals: ids } = parsed!;
if (values.help) {
  say(USAGE);
  process.exit(0);
}
const count = (name: string, text: string | undefined, min: number): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) fail(`bad --${name} ${JSON.stringify(text)}: expected a whole number of at least ${min}`);
  return Number(text);
};
const latest = count('versions', values.versions, 1)!;
const spread = count('spread', values.spread, 0);
const jobs = count('jobs', values.jobs, 1)!;
if (ids.length === 0) fail('name at least one server id of the manifest');

let entries: SourceEntry[];
try {
  entries = parseSourcesManifest(values.manifest, readFileSync(values.manifest, 'utf8'));
} catch (error) {
  say(`import:history: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const unknown = ids.filter((id) => !entries.some((e) => e.id === id));
if (unknown.length > 0) fail(`not in ${values.manifest}: ${unknown.join(', ')}`);
const selected = ids.map((id) => entries.find((e) => e.id === id)!);

// Shadowing is judged against the other servers' tool names, read once from the catalogue.
const catalogueServers = readdirSync(values.out).filter((name) => name.endsWith('.yaml')).flatMap((name) => {
  try {
    return [parseServerFile(join(values.out, name), readFileSync(join(values.out, name), 'utf8'))];
  } catch {
    return [];
  }
});
const otherToolNames = toolNamesOfOtherServers(catalogueServers);

say(`import:history: ${selected.length} server(s), ${Math.min(jobs, selected.length)} at a time, the newest ${latest} versions each${spread !== undefined ? ` and ${spread} older` : ''}${values['no-sandbox'] ? ', WITHOUT the sandbox' : ''}`);
let finished = 0;
const rows = await runPool(selected, jobs, async (entry) => {
  const row = await importServerHistory(
    entry,
    { outDir: values.out, selection: { latest, ...(spread !== undefined ? { spread } : {}) }, retryFailed: values['retry-failed'], noSandbox: values['no-sandbox'] },
    { queryRegistry: npmView, importArgs: defaultImportArgs(values['no-sandbox']), runImport, findingContext: (id) => ({ serverId: id, otherServerToolNames: otherToolNames(id) }), say },
  ).catch((error: unknown) => ({ id: entry.id, selected: 0, added: 0, failed: 0, versions: 0, working: 0, entries: 0, status: `failed: ${error instanceof Error ? error.message : String(error)}`, seconds: 0 }));
  finished++;
  say(`[${finished}/${selected.length}] ${entry.id}: ${row.status} (${row.working} working versions, ${row.entries} history entries, ${row.seconds.toFixed(1)} s)`);
  return row;
});
process.stdout.write(`\n${historyRowsToTable(rows)}\n`);
process.exit(rows.some((row) => row.status.startsWith('failed')) ? 1 : 0);
