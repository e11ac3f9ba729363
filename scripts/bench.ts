/**
 * Measures a cold build of a synthetic catalogue: `astro build`, then `pagefind`, each a child
 * process timed on the wall clock with the peak RSS of its whole process tree. Prints one JSON line
 * of medians on stdout; progress and per-run figures go to stderr, the tools' output to log files.
 * Run: npm run bench -- --tools 10000 [--runs 3] [--seed 1] [--keep] [--incremental]
 */
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './bench-lib/args.ts';
import { measureDist } from './bench-lib/dist-stats.ts';
import { runMeasured, type Measurement } from './bench-lib/process-tree.ts';
import { median, round } from './bench-lib/stats.ts';
import { editOneServer, prepareContent, writeBenchConfig } from './bench-lib/workspace.ts';

const projectDir = process.cwd();
const bin = (name: string): string => path.join(projectDir, 'node_modules', '.bin', name);
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

interface Phases {
  build: Measurement;
  index: Measurement;
}

async function main(options: BenchOptions): Promise<void> {
  const contentDir = prepareContent(options.workDir, options.tools, options.seed, log);
  const distDir = path.join(options.workDir, 'dist');
  const cacheDir = path.join(options.workDir, 'cache');
  const config = writeBenchConfig(options.workDir, projectDir, cacheDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The shebangs say `node`: make it the project's pinned Node, not whatever the machine has.
    PATH: `${path.join(projectDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    CATALOGUE_CONTENT: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  log(`node ${process.version}, astro ${versionOf('astro')}, pagefind ${versionOf('pagefind')}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const phase = async (label: string, command: string, args: string[]): Promise<Measurement> => {
    const logFile = path.join(options.workDir, `${label}.log`);
    rmSync(logFile, { force: true });
    const measured = await runMeasured(command, args, { env, cwd: projectDir, logFile });
    if (measured.exitCode !== 0) throw new Error(`${label} failed (exit ${measured.exitCode}); last lines of ${logFile}:\n${tail(logFile)}`);
    log(`  ${label}: ${measured.seconds.toFixed(1)} s (CPU ${measured.cpuSeconds.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}), peak RSS ${Math.round(measured.peakRssMb)} MB (log: ${path.relative(projectDir, logFile)})`);
    return measured;
  };
  const buildAndIndex = async (label: string): Promise<Phases> => ({
    build: await phase(`${label}-build`, bin('astro'), ['build', '--config', config, '--outDir', distDir]),
    index: await phase(`${label}-index`, bin('pagefind'), ['--site', distDir]),
  });
  const withIncremental = async <T>(work: () => Promise<T>): Promise<T> => {
    env.CATALOGUE_INCREMENTAL = '1';
    try {
      return await work();
    } finally {
      delete env.CATALOGUE_INCREMENTAL;
    }
  };

  const runs: Phases[] = [];
  for (let run = 1; run <= options.runs; run++) {
    log(`run ${run}/${options.runs}: cold build of ${options.tools} tools`);
    // Cold means no previous output and no content-layer cache (the data store lives in cacheDir).
    rmSync(distDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    runs.push(await buildAndIndex(`run${run}`));
  }
  const dist = measureDist(distDir);
  let incremental: Phases | undefined;
  if (options.incremental) {
    // Incremental builds are opt-in (CATALOGUE_INCREMENTAL=1): prime the cache with one such build, then change one server.
    // Astro empties the output folder first, which at 50k pages takes tens of seconds of disk
    // work; every timed build starts without one (the page cache lives in cacheDir, not there).
    log('incremental: priming the page cache with an incremental-mode build (not reported)');
    rmSync(distDir, { recursive: true, force: true });
    await withIncremental(() => phase('incremental-prime-build', bin('astro'), ['build', '--config', config, '--outDir', distDir]));
    const edit = editOneServer(contentDir);
    log(`incremental: added a tool to ${path.relative(projectDir, edit.file)}; rebuilding with the cache warm`);
    rmSync(distDir, { recursive: true, force: true });
    try {
      incremental = await withIncremental(() => buildAndIndex('incremental'));
    } finally {
      edit.restore();
    }
  }
  if (!options.keep) {
    rmSync(distDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const totals = runs.map((r) => r.build.seconds + r.index.seconds);
  process.stdout.write(`${JSON.stringify({
    tools: options.tools,
    pages: dist.pages,
    build_s: round(median(runs.map((r) => r.build.seconds))),
    index_s: round(median(runs.map((r) => r.index.seconds))),
    total_s: round(median(totals)),
    cpu_s: round(median(runs.map((r) => r.build.cpuSeconds + r.index.cpuSeconds))),
    peak_rss_mb: Math.round(median(runs.map((r) => Math.max(r.build.peakRssMb, r.index.peakRssMb)))),
    dist_mb: round(dist.distMb),
    tool_page_html_kb: round(dist.toolPageHtmlKb),
    tool_page_js_kb: round(dist.toolPageJsKb, 2),
    ...(incremental ? { incremental_s: round(incremental.build.seconds + incremental.index.seconds), incremental_build_s: round(incremental.build.seconds) } : {}),
  })}\n`);
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(projectDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function tail(file: string, lines = 20): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

try {
  await main(parseBenchArgs(process.argv.slice(2), projectDir));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  const isUsageError = error instanceof Error && (error.message.startsWith('--') || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'));
  if (isUsageError) process.stderr.write(`${BENCH_USAGE}\n`);
  process.exit(1);
}
