/**
 * Writes a synthetic catalogue for benchmarks: <out>/servers/<id>.yaml, in the format of
 * content/servers, with realistic names, descriptions, schemas and annotations. Deterministic:
 * the same --tools and --seed give byte-identical files.
 * Run: npm run synth -- --tools 10000 --out .bench/synth [--seed 1] [--clean]
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCatalogue } from './synth-lib/catalogue.ts';

const USAGE = 'usage: npm run synth -- --tools N --out DIR [--seed S] [--clean]';
const log = (line: string): void => void process.stderr.write(`synth: ${line}\n`);

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      tools: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      clean: { type: 'boolean', default: false },
    },
  });
  const tools = Number(values.tools);
  const seed = Number(values.seed);
  if (!Number.isInteger(tools) || tools < 1) throw new Error(`--tools: expected a positive integer, got ${JSON.stringify(values.tools)}`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed: expected a non-negative integer, got ${JSON.stringify(values.seed)}`);
  if (!values.out) throw new Error('--out: expected the folder to write servers/ into');
  const serversDir = path.join(values.out, 'servers');
  const existing = listYaml(serversDir);
  // Leftover files from a larger run would silently join the catalogue; never mix two runs.
  if (existing.length > 0 && !values.clean) throw new Error(`${serversDir} already holds ${existing.length} YAML files; pass --clean to delete them first`);
  for (const name of existing) rmSync(path.join(serversDir, name));

  const started = performance.now();
  let nextReport = Math.max(1000, Math.ceil(tools / 10));
  const summary = writeCatalogue(values.out, { tools, seed }, (written) => {
    if (written.tools < nextReport) return;
    log(`${written.tools.toLocaleString('en-US')}/${tools.toLocaleString('en-US')} tools, ${written.servers} servers`);
    nextReport = written.tools + Math.max(1000, Math.ceil(tools / 10));
  });
  const seconds = (performance.now() - started) / 1000;
  const share = Object.entries(summary.toolsByCategory).map(([c, n]) => `${c} ${((100 * n) / summary.tools).toFixed(1)}%`).join(', ');
  log(`wrote ${summary.servers} servers, ${summary.tools} tools to ${serversDir} in ${seconds.toFixed(1)} s (seed ${seed})`);
  log(`categories (by the catalogue's classifier): ${share}`);
}

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return [];
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`synth: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(1);
}
