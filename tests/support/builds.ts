import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The catalogues the tests build once: the shipped content, a hostile fixture, and the hostile
 * fixture again into a second folder, so that tests can compare two builds of the same content.
 */
export const BUILDS = {
  shipped: { content: 'content', outDir: '.test-builds/shipped' },
  hostile: { content: 'tests/fixtures/hostile', outDir: '.test-builds/hostile' },
  'hostile-again': { content: 'tests/fixtures/hostile', outDir: '.test-builds/hostile-again' },
} as const;
export type BuildName = keyof typeof BUILDS;

/** The output folder of a test build (absolute). */
export function distOf(name: BuildName): string {
  return path.resolve(BUILDS[name].outDir);
}

/** Builds a catalogue the way `npm run build` does (astro build, then the Pagefind index), into its own folder. */
export function buildCatalogue(name: BuildName): void {
  const { content, outDir } = BUILDS[name];
  // The project's own Node 24 first on PATH, as `npm run` does, even when vitest was started another way.
  // Each build starts cold in a cache of its own: were incremental builds on (CATALOGUE_INCREMENTAL), a shared cache would
  // let 'hostile-again' copy 'hostile's pages, and the two-builds-are-identical test would prove nothing.
  const cacheDir = path.resolve('.test-builds', `cache-${name}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, CATALOGUE_CONTENT: content, CATALOGUE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  run(['astro', 'build', '--outDir', outDir], env);
  run(['pagefind', '--site', outDir, '--silent'], env);
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`build ${name}: no index.html in ${outDir}`);
}

function run(command: string[], env: NodeJS.ProcessEnv): void {
  const bin = path.resolve('node_modules/.bin', command[0]!);
  const result = spawnSync(bin, command.slice(1), { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
}
