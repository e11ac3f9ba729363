/**
 * Grows the catalogue from the candidate list: refreshes content/candidates.yaml from an npm
 * package list (name, version, monthly downloads, summary), then tries the untried candidates,
 * most-downloaded first, a few at a time. Each try installs the package with install scripts off
 * and starts it in the sandbox with the arguments and dummy variables its own files name (its
 * server.json, else its README), then with the variables its error asks for. A server that lists
 * its tools joins content/sources.yaml and content/servers/; one that cannot is recorded with why.
 * Run: npm run import:candidates -- [--list FILE] [--limit N] [--jobs J] [--retry-failed]
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCandidates, writeCandidates, mergeCandidates, type Candidate } from './candidates-lib/candidate-file.ts';
import { failureToReason, missingEnvNames, subcommandGuesses } from './candidates-lib/failure-reason.ts';
import { envNamesInPackage } from './candidates-lib/env-names.ts';
import { readStartHints } from './candidates-lib/hints.ts';
import { parsePackageList, selectCandidate } from './candidates-lib/select.ts';
import { appendSource } from './candidates-lib/sources-append.ts';
import { candidatesToYield } from './candidates-lib/yield.ts';
import { parseSourcesManifest } from './import-lib/manifest.ts';
import { installPackage, packageRoot } from './import-lib/package-install.ts';
import { idToName, packageToId, uniqueId } from './import-lib/package-id.ts';
import { runPool } from './import-lib/pool.ts';
import { runImport } from './import-lib/run-import.ts';
import { dummyForName } from './import-lib/server-json.ts';
import { serverFilePath } from './import-lib/write.ts';
import { parseServerFile } from '../src/lib/server-file.ts';

// The npm package list to refresh candidates from (--list, or NPM_PACKAGE_LIST); without one, only the listed candidates are tried.
const DEFAULT_LIST = process.env.NPM_PACKAGE_LIST ?? '';
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    list: { type: 'string', default: DEFAULT_LIST },
    candidates: { type: 'string', default: 'content/candidates.yaml' },
    manifest: { type: 'string', default: 'content/sources.yaml' },
    out: { type: 'string', default: 'content/servers' },
    limit: { type: 'string', default: '50' },
    jobs: { type: 'string', default: '2' },
    'retry-failed': { type: 'boolean', default: false },
    'min-downloads': { type: 'string', default: '0' },
  },
});
const say = (line: string): void => void process.stderr.write(`${line}\n`);
// The children reuse the package this script installed for its tries; it is removed after the last.
process.env.MCP_IMPORT_KEEP_PACKAGES = '1';
const MAX_ATTEMPTS = 6;

let sources = parseSourcesManifest(values.manifest, readFileSync(values.manifest, 'utf8'));
let candidates = refreshCandidates(readCandidates(values.candidates));
writeCandidates(values.candidates, candidates);

const minDownloads = Number(values['min-downloads']);
const todo = candidates
  .filter((c) => (c.status === 'untried' || (values['retry-failed'] && c.status === 'failed')) && c.downloads >= minDownloads)
  .sort((a, b) => b.downloads - a.downloads)
  .slice(0, Number(values.limit));
say(`import:candidates: ${candidates.length} candidates, ${todo.length} to try now, ${values.jobs} at a time`);
const reserved = new Set<string>();
let done = 0;
const started = performance.now();
await runPool(todo, Number(values.jobs), async (candidate) => {
  const outcome = await tryCandidate(candidate);
  done++;
  candidates = candidates.map((c) => (c.npm === candidate.npm ? outcome : c));
  writeCandidates(values.candidates, candidates);
  const detail = outcome.status === 'imported' ? `imported as ${outcome.id}` : `${outcome.status}: ${outcome.reason}`;
  say(`[${done}/${todo.length}] ${candidate.npm}@${candidate.version}: ${detail}`);
});
printSummary(todo.map((t) => candidates.find((c) => c.npm === t.npm)!), (performance.now() - started) / 1000);
process.stdout.write(`\n${candidatesToYield(candidates)}\n`);

/** The candidate list with every package of the npm list that mentions MCP, and every shipped server marked imported. */
function refreshCandidates(known: Candidate[]): Candidate[] {
  const rows = values.list && existsSync(values.list) ? parsePackageList(readFileSync(values.list, 'utf8')) : [];
  if (rows.length === 0) say(`import:candidates: no package list${values.list ? ` at ${values.list}` : ' (--list or NPM_PACKAGE_LIST)'}; trying the candidates already listed`);
  const incoming: Candidate[] = rows.flatMap((row) => {
    const selection = selectCandidate(row);
    if (!selection.candidate && selection.reason === 'not about MCP') return [];
    return [{ npm: row.npm, version: row.version, downloads: row.downloads, status: selection.candidate ? 'untried' : 'skipped', reason: selection.candidate ? undefined : selection.reason, from: 'npm list' }];
  });
  const { merged } = mergeCandidates(known, incoming);
  const shipped = new Map(sources.filter((s) => s.npm).map((s) => [s.npm!, s.id]));
  return merged.map((c) => (shipped.has(c.npm) && c.status !== 'imported' ? { ...c, status: 'imported', id: shipped.get(c.npm), reason: undefined } : c));
}

async function tryCandidate(candidate: Candidate): Promise<Candidate> {
  const installs: string[] = [];
  try {
    return await tryCandidateOnce(candidate, installs);
  } finally {
    for (const root of installs) rmSync(root, { recursive: true, force: true });
  }
}

async function tryCandidateOnce(candidate: Candidate, installs: string[]): Promise<Candidate> {
  const taken = (id: string): boolean => reserved.has(id) || sources.some((s) => s.id === id) || existsSync(serverFilePath(values.out, id));
  // A name another server already has is told apart by the publisher's scope (`gitlab-zereight`), as the hand-written ids are.
  const base = packageToId(candidate.npm);
  const scope = /^@([^/]+)\//.exec(candidate.npm)?.[1]?.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const scoped = taken(base) && scope !== undefined && !taken(`${base}-${scope}`);
  const id = uniqueId(scoped ? `${base}-${scope}` : base, taken);
  const name = scoped ? `${idToName(base)} (${scope})` : idToName(id);
  reserved.add(id);
  let installed;
  try {
    installed = await installPackage(candidate.npm, candidate.version === 'latest' ? undefined : candidate.version).catch((error: Error) => {
      // A version the list names but the registry no longer serves (ETARGET): the one it serves now.
      if (/ETARGET/.test(error.message)) return installPackage(candidate.npm, undefined);
      throw error;
    });
  } catch (error) {
    return { ...candidate, status: 'failed', reason: `install failed: ${(error as Error).message.slice(0, 160)}` };
  }
  installs.push(installed.root);
  // A registry candidate may name no version: from here on, the one npm installed. The import
  // child installs that exact version into a folder of its own, removed with the first.
  candidate = { ...candidate, version: installed.version };
  installs.push(packageRoot(candidate.npm, candidate.version));
  if (!installed.bin) return { ...candidate, status: 'failed', reason: 'no bin: not started with npx' };
  const hints = readStartHints(installed.dir, candidate.npm, (name) => dummyForName(name), candidate.serverJson);
  const env = new Map(hints.env);
  let args = hints.args;
  let output = '';
  const triedArgs = new Set<string>();
  let codeEnvTried = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const importArgs = ['--id', id, '--name', name, '--description', descriptionOf(candidate, installed.manifest.description), '--npm', candidate.npm, '--version', candidate.version, '--out', values.out, '--timeout', '30,30', '--downloads', String(candidate.downloads), '--tags', 'npm'];
    const repository = repositoryUrl(installed.manifest.repository);
    if (repository) importArgs.push('--repository', repository);
    if (httpUrl(installed.manifest.homepage)) importArgs.push('--homepage', httpUrl(installed.manifest.homepage)!);
    for (const [name, value] of env) importArgs.push('--env', `${name}=${value}`);
    const lines: string[] = [];
    const run = await runImport(id, [...importArgs, '--', 'npx', '-y', `${candidate.npm}@${candidate.version}`, ...args], 120_000, (line) => lines.push(line));
    output = lines.join('\n');
    if (run.ok) return recordImported(candidate, id, env, args, hints.source);
    output += `\n${run.error ?? ''}`;
    const missing = missingEnvNames(output, new Set(env.keys()));
    if (missing.length > 0) {
      for (const name of missing) env.set(name, dummyForName(name));
      continue;
    }
    // A server that never answered is waiting for something dummies cannot give (the network, a login).
    if (/Request timed out|no result after/.test(output)) break;
    // Its own code names the variables it reads: start it once with a dummy for each.
    if (!codeEnvTried) {
      codeEnvTried = true;
      const fromCode = envNamesInPackage(installed.dir).filter((name) => !env.has(name));
      if (fromCode.length > 0 && !/usage|unknown command/i.test(output)) {
        for (const name of fromCode) env.set(name, dummyForName(name));
        continue;
      }
    }
    const guess = subcommandGuesses(output, triedArgs)[0];
    if (guess) {
      args = [...hints.args, ...guess];
      triedArgs.add(guess.join(' '));
      continue;
    }
    break;
  }
  const needed = [...env.keys(), ...args].join(' ') || undefined;
  return { ...candidate, status: 'failed', id: undefined, reason: `${failureToReason(output)}: ${lastError(output)}`.slice(0, 300), needed };
}

function recordImported(candidate: Candidate, id: string, env: Map<string, string>, args: string[], hintSource: string | undefined): Candidate {
  const path = serverFilePath(values.out, id);
  const server = parseServerFile(path, readFileSync(path, 'utf8'));
  if (server.tools.length === 0) {
    rmSync(path);
    return { ...candidate, status: 'failed', reason: 'lists no tools (it may need a real account to offer any)' };
  }
  sources = appendSource(values.manifest, {
    id, name: server.name, description: server.description, npm: candidate.npm, version: candidate.version, args,
    repository: server.repository, homepage: server.homepage, env: Object.fromEntries(env), downloads: candidate.downloads,
  });
  const needed = [...env.keys(), ...args].join(' ');
  return { ...candidate, status: 'imported', id, reason: undefined, needed: needed ? `${needed}${hintSource ? ` (from ${hintSource})` : ''}` : undefined };
}

function descriptionOf(candidate: Candidate, packageDescription: string | undefined): string {
  const text = (packageDescription ?? '').replace(/\s+/g, ' ').trim();
  return text || `MCP server published on npm as ${candidate.npm}.`;
}

function lastError(output: string): string {
  const line = output.split('\n').reverse().find((l) => /failed|error|stopped/i.test(l)) ?? output.split('\n').at(-1) ?? '';
  return line.replace(/^\[[^\]]+\] /, '').replace(/^import: /, '').slice(0, 220);
}

function repositoryUrl(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: string } | undefined)?.url;
  if (!url) return undefined;
  const github = /^github:(.+)$/.exec(url) ?? /^([\w.-]+\/[\w.-]+)$/.exec(url);
  return httpUrl(github ? `https://github.com/${github[1]}` : url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://').replace(/\.git$/, ''));
}

function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

function printSummary(tried: Candidate[], seconds: number): void {
  const byReason = new Map<string, number>();
  for (const c of tried.filter((t) => t.status === 'failed')) {
    const reason = (c.reason ?? '').split(':')[0]!;
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const imported = tried.filter((c) => c.status === 'imported').length;
  process.stdout.write(`\ntried ${tried.length} in ${Math.round(seconds)} s: ${imported} imported, ${tried.length - imported} failed\n`);
  for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${String(count).padStart(4)}  ${reason}\n`);
}
