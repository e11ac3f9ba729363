import path from 'node:path';
import { parseArgs } from 'node:util';

/** What the bench was asked to measure. */
export interface BenchOptions {
  tools: number;
  runs: number;
  seed: number;
  /** Keep the built site and Astro's cache after the last run (the synthetic content is always kept for reuse). */
  keep: boolean;
  /** After the full builds, change one server file and rebuild with the content cache warm. */
  incremental: boolean;
  /** Where the synthetic content, the build output, the cache and the logs go. */
  workDir: string;
}

/** Usage text shown after an argument error. */
export const BENCH_USAGE = 'usage: npm run bench -- --tools N [--runs R] [--seed S] [--keep] [--incremental] [--work-dir DIR]';

/** Parses the bench's command line (without node and script). */
export function parseBenchArgs(argv: string[], projectDir: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      tools: { type: 'string' },
      runs: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      incremental: { type: 'boolean', default: false },
      'work-dir': { type: 'string' },
    },
  });
  const tools = positiveInteger('--tools', values.tools);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed: expected a non-negative integer, got ${JSON.stringify(values.seed)}`);
  return {
    tools,
    runs: positiveInteger('--runs', values.runs),
    seed,
    keep: values.keep,
    incremental: values.incremental,
    // Inside the project (and git-ignored) because Astro resolves --config relative to the project root.
    workDir: path.resolve(values['work-dir'] ?? path.join(projectDir, '.bench', `tools-${tools}-seed-${seed}`)),
  };
}

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}
