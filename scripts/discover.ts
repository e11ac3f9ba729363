/**
 * Pages through an MCP registry's server list (`GET <registry>/v0/servers`, the official MCP
 * Registry API) and adds every server it has not seen that ships an npm package over stdio to the
 * candidate list, untried, with its server.json kept beside it so the import uses the declared
 * arguments and variables. Nothing is installed or started here.
 * Run: npm run discover -- --registry <url> [--limit N] [--candidates FILE] [--server-json-dir DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCandidates, writeCandidates, mergeCandidates, type Candidate } from './candidates-lib/candidate-file.ts';
import { readRegistryPage, type RegistryEntry } from './candidates-lib/registry-page.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    registry: { type: 'string' },
    limit: { type: 'string', default: '1000' },
    candidates: { type: 'string', default: 'content/candidates.yaml' },
    'server-json-dir': { type: 'string', default: 'content/registry' },
    'page-size': { type: 'string', default: '100' },
  },
});
const say = (line: string): void => void process.stderr.write(`discover: ${line}\n`);
if (!values.registry) {
  say('usage: npm run discover -- --registry <url> [--limit N] [--candidates FILE] [--server-json-dir DIR]');
  process.exit(2);
}
const limit = Number(values.limit);
const base = values.registry.replace(/\/+$/, '');

const seen: RegistryEntry[] = [];
let cursor: string | undefined;
const cursors = new Set<string>();
for (let page = 1; seen.length < limit; page++) {
  const url = new URL(`${base}/v0/servers`);
  url.searchParams.set('limit', values['page-size']);
  if (cursor) url.searchParams.set('cursor', cursor);
  let result;
  try {
    result = await readRegistryPage(url);
  } catch (error) {
    say(`page ${page}: ${(error as Error).message}`);
    process.exit(1);
  }
  seen.push(...result.entries.slice(0, limit - seen.length));
  say(`page ${page}: ${result.entries.length} servers (${seen.length} read)`);
  cursor = result.nextCursor;
  if (!cursor || cursors.has(cursor)) break;
  cursors.add(cursor);
}

const npmStdio = seen.filter((entry) => entry.npm);
mkdirSync(values['server-json-dir'], { recursive: true });
const incoming: Candidate[] = npmStdio.map((entry) => {
  const file = path.join(values['server-json-dir'], `${entry.npm!.replace(/^@/, '').replaceAll('/', '__')}.json`);
  writeFileSync(file, `${JSON.stringify(entry.serverJson, null, 2)}\n`);
  return { npm: entry.npm!, version: entry.version ?? 'latest', downloads: 0, status: 'untried', from: `registry ${new URL(base).host}`, serverJson: file };
});
const known = readCandidates(values.candidates);
const { merged, added } = mergeCandidates(known, incoming);
writeCandidates(values.candidates, merged);
process.stdout.write(`read ${seen.length} servers: ${npmStdio.length} with an npm package over stdio, ${added} new candidates (${npmStdio.length - added} already listed), ${seen.length - npmStdio.length} without one\n`);
