import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { serverToYaml } from '../../src/lib/server-file.ts';

/** A catalogue a test built for itself: its content folder and its `dist`. */
export interface SmallBuild {
  root: string;
  dist: string;
  remove(): void;
}

/**
 * Writes the servers into a temporary content folder and builds them with `astro build` (no
 * Pagefind index), for tests whose cases the shipped catalogue may not hold. Takes seconds.
 */
export function buildSmallCatalogue(prefix: string, servers: readonly ServerInput[]): SmallBuild {
  const root = mkdtempSync(path.join(os.tmpdir(), `catalogue-${prefix}-`));
  mkdirSync(path.join(root, 'servers'));
  for (const server of servers) writeFileSync(path.join(root, 'servers', `${server.id}.yaml`), serverToYaml(server));
  const dist = path.join(root, 'dist');
  const bin = path.resolve('node_modules/.bin');
  const result = spawnSync(path.join(bin, 'astro'), ['build', '--outDir', dist], {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, CATALOGUE_CONTENT: root, CATALOGUE_CACHE_DIR: path.join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build of ${root} failed (${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { root, dist, remove: () => rmSync(root, { recursive: true, force: true }) };
}
