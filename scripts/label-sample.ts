/**
 * Draws the tools to hand-label: servers at random among those not labelled yet, then up to K
 * tools of each at random, and prints each tool's whole definition as plain text, WITHOUT the
 * classifier's verdict (a label is written by reading the definition alone). Seeded: the same
 * command draws the same tools. Labels go to tests/fixtures/labels/<server-id>.json.
 * Run: npm run --silent label:sample -- [--servers N] [--per-server K] [--seed S] [--tag npm] [--only tuning|test]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serverToSplit } from '../src/lib/classifier/label-split.ts';
import { parseServerFile } from '../src/lib/server-file.ts';
import { createRandom } from './synth-lib/random.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    servers: { type: 'string', default: '40' },
    'per-server': { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    tag: { type: 'string', default: 'npm' },
    only: { type: 'string' },
    content: { type: 'string', default: 'content' },
    skip: { type: 'string', default: '' },
  },
});
const random = createRandom(Number(values.seed));
const skip = new Set(values.skip.split(',').filter(Boolean));
const dir = `${values.content}/servers`;
const pool = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parseServerFile(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')))
  .filter((s) => s.tags.includes(values.tag) && !existsSync(`tests/fixtures/labels/${s.id}.json`) && !skip.has(s.id))
  .filter((s) => !values.only || serverToSplit(s.id) === values.only)
  .sort((a, b) => a.id.localeCompare(b.id));
const chosen = shuffle(pool).slice(0, Number(values.servers));
for (const server of chosen) {
  const tools = shuffle(server.tools).slice(0, Number(values['per-server']));
  process.stdout.write(`\n=== SERVER ${server.id} (${server.name}; ${server.tools.length} tools; ${tools.length} to label) — ${server.description}\n`);
  for (const tool of tools) {
    process.stdout.write(`\n--- TOOL ${JSON.stringify(tool.name)}\n`);
    if (tool.title) process.stdout.write(`title: ${tool.title}\n`);
    process.stdout.write(`description: ${(tool.description ?? '').slice(0, 8000)}\n`);
    process.stdout.write(`inputSchema: ${JSON.stringify(tool.inputSchema).slice(0, 8000)}\n`);
    if (tool.annotations) process.stdout.write(`annotations: ${JSON.stringify(tool.annotations)}\n`);
  }
}
process.stderr.write(`label:sample: ${chosen.length} servers of ${pool.length} unlabelled, ${chosen.reduce((n, s) => n + Math.min(s.tools.length, Number(values['per-server'])), 0)} tools\n`);

function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
