import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { serverToYaml } from '../../src/lib/server-file.ts';
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { synthesiseServer } from './server.ts';

/** What to generate. */
export interface SynthOptions {
  /** Total number of tools, spread over servers of 5–80 tools. */
  tools: number;
  seed: number;
}

/** What was written, for the summary line. */
export interface SynthSummary {
  servers: number;
  tools: number;
  /** Tools per category, as the catalogue's classifier sees them (cheap: about 40 µs a tool). */
  toolsByCategory: Record<Category, number>;
}

const MIN_TOOLS = 5;
const MAX_TOOLS = 80;

/** Server sizes summing to `total`: mostly small servers, a long tail up to 80 tools. */
export function serverSizes(random: Random, total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let size = MIN_TOOLS + Math.floor((MAX_TOOLS - MIN_TOOLS + 1) * random.next() ** 2.2);
    // Never leave fewer than MIN_TOOLS for a last server.
    if (left - size < MIN_TOOLS) size = left <= MAX_TOOLS ? left : left - MIN_TOOLS;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** The servers of a synthetic catalogue, in order; the same options always give the same servers. */
export function* synthesiseCatalogue(options: SynthOptions): Generator<ServerInput> {
  const sizes = serverSizes(createRandom(options.seed), options.tools);
  const usedIds = new Set<string>();
  for (const [index, size] of sizes.entries()) {
    // Each server draws from its own stream, so a change in one server's shape does not reshuffle the rest.
    yield synthesiseServer(createRandom(mixSeed(options.seed, index)), size, usedIds);
  }
}

/** Writes `<outDir>/servers/<id>.yaml` for every synthetic server; `onServer` sees each as it is written. */
export function writeCatalogue(outDir: string, options: SynthOptions, onServer?: (written: SynthSummary) => void): SynthSummary {
  const serversDir = path.join(outDir, 'servers');
  mkdirSync(serversDir, { recursive: true });
  const summary: SynthSummary = { servers: 0, tools: 0, toolsByCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number> };
  for (const server of synthesiseCatalogue(options)) {
    writeFileSync(path.join(serversDir, `${server.id}.yaml`), serverToYaml(server));
    summary.servers += 1;
    summary.tools += server.tools.length;
    const serverContext = toolsToServerContext(server.tools);
    for (const tool of server.tools) summary.toolsByCategory[classifyTool(tool, serverContext).category] += 1;
    onServer?.(summary);
  }
  return summary;
}
