/**
 * Re-imports the servers listed in content/sources.yaml, one at a time, each with a timeout, and
 * prints a summary table (tools, drift, status, seconds). A failing server is reported and its
 * content file left as it was. Launching a server runs its code: dummy credentials only.
 * Run: npm run import:all [-- <id> …] [--manifest FILE] [--out DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toolsToDrift } from '../src/lib/drift.ts';
import type { Server } from '../src/lib/schemas/server.ts';
import { parseServerFile } from '../src/lib/server-file.ts';
import { startFakeRedis } from './import-lib/fake-redis.ts';
import { entryToImportArgs, parseSourcesManifest, type SourceEntry } from './import-lib/manifest.ts';
import { runImport } from './import-lib/run-import.ts';
import { rowsToTable, type SummaryRow } from './import-lib/summary.ts';
import { serverFilePath } from './import-lib/write.ts';

// Beyond the connect timeout: npx may still be unpacking, the server listing, the file writing.
const EXTRA_SECONDS = 60;

const { values, positionals: ids } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { manifest: { type: 'string', default: 'content/sources.yaml' }, out: { type: 'string', default: 'content/servers' } },
});
const say = (line: string): void => void process.stderr.write(`${line}\n`);

let entries: SourceEntry[];
try {
  entries = parseSourcesManifest(values.manifest, readFileSync(values.manifest, 'utf8'));
} catch (error) {
  say(`import:all: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const unknown = ids.filter((id) => !entries.some((entry) => entry.id === id));
if (unknown.length > 0) {
  say(`import:all: not in ${values.manifest}: ${unknown.join(', ')} (known: ${entries.map((e) => e.id).join(', ')})`);
  process.exit(2);
}
const selected = ids.length > 0 ? entries.filter((entry) => ids.includes(entry.id)) : entries;
const rows: SummaryRow[] = [];
for (const entry of selected) rows.push(await importEntry(entry));
process.stdout.write(`\n${rowsToTable(rows)}\n`);
process.exit(rows.some((row) => row.status.startsWith('failed')) ? 1 : 0);

async function importEntry(entry: SourceEntry): Promise<SummaryRow> {
  const path = serverFilePath(values.out, entry.id);
  const before = readServer(path);
  const row: SummaryRow = { id: entry.id, version: entry.version ?? '-', tools: before?.tools.length, added: 0, removed: 0, changed: 0, status: '', seconds: 0 };
  const stub = entry.stub === 'redis' ? await startFakeRedis().catch((error: Error) => error) : undefined;
  if (stub instanceof Error) return { ...row, status: `failed: ${stub.message}` };
  try {
    const run = await runImport(entry.id, entryToImportArgs(entry, values.out), (entry.timeout + EXTRA_SECONDS) * 1000, say);
    row.seconds = run.seconds;
    if (!run.ok) return { ...row, status: `failed: ${run.error}` };
    const after = readServer(path);
    if (!after) return { ...row, status: 'failed: no file written' };
    const drift = toolsToDrift(before?.tools ?? [], after.tools);
    return { ...row, tools: after.tools.length, added: drift.added.length, removed: drift.removed.length, changed: drift.changed.length, status: before ? 'ok' : 'ok (new)' };
  } finally {
    await stub?.stop();
  }
}

function readServer(path: string): Server | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return parseServerFile(path, readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
