/**
 * Imports an MCP server's tools into content/servers/<id>.yaml by starting it over stdio and
 * reading tools/list. Run: npm run import -- --id <id> [options] -- <command...>
 * Launching a server runs its code: only pass dummy credentials (see scripts/import-shipped.sh).
 */
import { mkdirSync } from 'node:fs';
import { parseImportArgs, UsageError, USAGE } from './import-lib/args.ts';
import { buildServer, todayUtc } from './import-lib/build.ts';
import { listToolsLive } from './import-lib/list-tools.ts';
import { readExisting, serverFilePath, writeServerFile } from './import-lib/write.ts';
import { ContentFileError } from '../src/lib/content-errors.ts';

const log = (line: string): void => void process.stderr.write(`import: ${line}\n`);

async function main(argv: string[]): Promise<void> {
  const ownArgs = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (ownArgs.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const options = parseImportArgs(argv);
  const path = serverFilePath(options.outDir, options.id);
  // Read the old file first: if it is broken we stop before spending a minute on npx.
  const existing = readExisting(path);
  const listing = await listToolsLive({ ...options, log });
  const server = buildServer(options, listing, existing, todayUtc());
  mkdirSync(options.outDir, { recursive: true });
  writeServerFile(path, server);
  const kept = server.tools.filter((t) => 'override' in t).length;
  log(`wrote ${path}: ${server.tools.length} tools${kept ? ` (${kept} overrides kept)` : ''}`);
}

try {
  await main(process.argv.slice(2));
  // Some servers leave handles (timers, sockets) behind after close; do not wait for them.
  process.exit(0);
} catch (error) {
  if (error instanceof UsageError) process.stderr.write(`import: ${error.message}\n${USAGE}\n`);
  else if (error instanceof ContentFileError) {
    const more = error.problems.length > 3 ? ` | … ${error.problems.length - 3} more` : '';
    process.stderr.write(`import: not valid, nothing written: ${error.file}: ${error.problems.slice(0, 3).join(' | ')}${more}\n`);
  }
  else process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
