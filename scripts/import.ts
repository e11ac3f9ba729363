/**
 * Imports an MCP server's tools into content/servers/<id>.yaml: by starting it over stdio and
 * reading tools/list, or from a saved tools/list JSON or an Intercept scaffold. Prints the drift
 * since the stored file and the audit's warnings. Run: npm run import -- --help
 * Launching a server runs its code: only pass dummy credentials (see content/sources.yaml).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { parseImportArgs, UsageError, USAGE, type ImportOptions } from './import-lib/args.ts';
import { buildServer, todayUtc } from './import-lib/build.ts';
import { expandServerJson } from './import-lib/server-json-args.ts';
import { checkRawTools, ToolListError } from './import-lib/check-tools.ts';
import { listToolsFromJson, listToolsFromScaffold } from './import-lib/file-sources.ts';
import { NO_SANDBOX_WARNING, planLaunch } from './import-lib/launch.ts';
import { listToolsLive, type Listing } from './import-lib/list-tools.ts';
import { logDrift, logFindings, otherToolNames } from './import-lib/report.ts';
import { readExisting, serverFilePath, writeServerFile } from './import-lib/write.ts';
import { ContentFileError } from '../src/lib/content-errors.ts';

const log = (line: string): void => void process.stderr.write(`import: ${line}\n`);

async function main(argv: string[]): Promise<void> {
  const ownArgs = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (ownArgs.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const options = parseImportArgs(expandServerJson(argv));
  const path = serverFilePath(options.outDir, options.id);
  // Read the old file first: if it is broken we stop before spending a minute on npx.
  const existing = readExisting(path);
  const listing = await readListing(options);
  const problems = checkRawTools(listing.tools);
  if (problems.length > 0) throw new ToolListError(problems);
  // A name this server also has is its own tool, whoever else uses it: not a shadowing target.
  const others = otherToolNames(options.outDir, options.id);
  for (const tool of listing.tools) others.delete((tool as { name: string }).name);
  const findingContext = existing ? { serverId: options.id, otherServerToolNames: others } : undefined;
  const { server, drift } = buildServer(options, listing, existing, options.date ?? todayUtc(), findingContext);
  logDrift(drift, log);
  logFindings(server, options.outDir, log);
  mkdirSync(options.outDir, { recursive: true });
  const outcome = writeServerFile(path, server);
  const kept = server.tools.filter((t) => 'override' in t).length;
  log(`${outcome === 'written' ? 'wrote' : 'unchanged'} ${path}: ${server.tools.length} tools${kept ? ` (${kept} overrides)` : ''}`);
}

function readListing(options: ImportOptions): Promise<Listing> | Listing {
  if (options.from.kind === 'json') return listToolsFromJson(options.from.file, log);
  if (options.from.kind === 'scaffold') return listToolsFromScaffold(options.from.file);
  return listLive(options);
}

async function listLive(options: ImportOptions): Promise<Listing> {
  if (!options.sandbox) log(NO_SANDBOX_WARNING);
  const plan = await planLaunch({ command: options.command, sandbox: options.sandbox, cwd: options.cwd, stub: options.stub, log });
  if (plan.installed && !options.version && options.npm === plan.installed.manifest.name) options.version = plan.installed.version;
  try {
    return await listToolsLive({ ...options, command: plan.command, cwd: plan.cwd, path: plan.path, log });
  } finally {
    // Hundreds of imports would fill the disk with installed packages (a few hold 100 MB of
    // native binaries): each is removed once read, unless the caller keeps it for more tries.
    if (plan.installed && process.env.MCP_IMPORT_KEEP_PACKAGES !== '1') rmSync(plan.installed.root, { recursive: true, force: true });
  }
}

try {
  await main(process.argv.slice(2));
  // Some servers leave handles (timers, sockets) behind after close; do not wait for them.
  process.exit(0);
} catch (error) {
  if (error instanceof UsageError) process.stderr.write(`import: ${error.message}\n${USAGE}\n`);
  else if (error instanceof ToolListError) {
    const more = error.problems.length > 10 ? `\nimport:   … ${error.problems.length - 10} more` : '';
    process.stderr.write(`import: ${error.message}, nothing written:\n${error.problems.slice(0, 10).map((p) => `import:   ${p}`).join('\n')}${more}\n`);
  }
  else if (error instanceof ContentFileError) {
    const more = error.problems.length > 3 ? ` | … ${error.problems.length - 3} more` : '';
    process.stderr.write(`import: not valid, nothing written: ${error.file}: ${error.problems.slice(0, 3).join(' | ')}${more}\n`);
  }
  else process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
