/**
 * Re-imports the servers listed in content/sources.yaml (or the ids given), a few at a time, each
 * in the sandbox with a time limit and one retry when the first start fails; prints progress as
 * servers finish and a closing summary: the table (tools, drift, status, seconds) and the counts
 * imported / updated / unchanged / failed by reason. A failing server's content file is left as it was.
 * Run: npm run import:all [-- <id> …] [--jobs N] [--manifest FILE] [--out DIR] [--no-sandbox]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toolsToDrift } from '../src/lib/drift.ts';
import type { Server } from '../src/lib/schemas/server.ts';
import { parseServerFile } from '../src/lib/server-file.ts';
import { failureToReason } from './candidates-lib/failure-reason.ts';
import { entryToImportArgs, parseSourcesManifest, type SourceEntry } from './import-lib/manifest.ts';
import { runPool } from './import-lib/pool.ts';
import { runImport } from './import-lib/run-import.ts';
import { closingSummary, rowsToTable, type SummaryRow } from './import-lib/summary.ts';
import { serverFilePath } from './import-lib/write.ts';

// Beyond the connect timeout: the package may still be installing, the server listing, the file writing.
const EXTRA_SECONDS = 60;

const { values, positionals: ids } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    manifest: { type: 'string', default: 'content/sources.yaml' },
    out: { type: 'string', default: 'content/servers' },
    jobs: { type: 'string', default: '2' },
    'no-sandbox': { type: 'boolean', default: false },
  },
});
const say = (line: string): void => void process.stderr.write(`${line}\n`);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) {
  say(`import:all: bad --jobs ${JSON.stringify(values.jobs)}: expected a whole number of at least 1`);
  process.exit(2);
}

let entries: SourceEntry[];
try {
  entries = parseSourcesManifest(values.manifest, readFileSync(values.manifest, 'utf8'));
} catch (error) {
  say(`import:all: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const unknown = ids.filter((id) => !entries.some((entry) => entry.id === id));
if (unknown.length > 0) {
  const known = entries.map((e) => e.id);
  say(`import:all: not in ${values.manifest}: ${unknown.join(', ')} (known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? `, … ${known.length - 20} more` : ''})`);
  process.exit(2);
}
const selected = ids.length > 0 ? entries.filter((entry) => ids.includes(entry.id)) : entries;
say(`import:all: ${selected.length} server(s), ${Math.min(jobs, selected.length)} at a time${values['no-sandbox'] ? ', WITHOUT the sandbox' : ''}`);
let finished = 0;
const rows = await runPool(selected, jobs, async (entry) => {
  const row = await importEntry(entry);
  finished++;
  say(`[${finished}/${selected.length}] ${entry.id}: ${row.status} (${row.seconds.toFixed(1)} s)`);
  return row;
});
process.stdout.write(`\n${rowsToTable(rows)}\n${closingSummary(rows)}\n`);
process.exit(rows.some((row) => row.status.startsWith('failed')) ? 1 : 0);

async function importEntry(entry: SourceEntry): Promise<SummaryRow> {
  const path = serverFilePath(values.out, entry.id);
  const before = readServer(path);
  const row: SummaryRow = { id: entry.id, version: entry.version ?? '-', tools: before?.tools.length, added: 0, removed: 0, changed: 0, status: '', seconds: 0 };
  const args = [...entryToImportArgs(entry, values.out)];
  if (values['no-sandbox']) args.splice(args.indexOf('--'), 0, '--no-sandbox');
  // A first start can fail for reasons of the moment (a slow install, a loaded machine): one retry.
  let run = await runImport(entry.id, args, (entry.timeout + EXTRA_SECONDS) * 1000, say);
  let seconds = run.seconds;
  if (!run.ok) {
    say(`[${entry.id}] failed (${run.error}); retrying once`);
    run = await runImport(entry.id, args, (entry.timeout + EXTRA_SECONDS) * 1000, say);
    seconds += run.seconds;
  }
  row.seconds = seconds;
  if (!run.ok) return { ...row, status: `failed: ${run.error}`, reason: failureToReason(run.error ?? '') };
  const after = readServer(path);
  if (!after) return { ...row, status: 'failed: no file written', reason: 'no file written' };
  const drift = toolsToDrift(before?.tools ?? [], after.tools);
  return { ...row, tools: after.tools.length, added: drift.added.length, removed: drift.removed.length, changed: drift.changed.length, status: before ? 'ok' : 'ok (new)' };
}

function readServer(path: string): Server | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return parseServerFile(path, readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
