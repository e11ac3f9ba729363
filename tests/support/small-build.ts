import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { serverToYaml } from '../../src/lib/server-file.ts';
import { launchBrowser, type SiteInBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';

/** A catalogue a test built for itself: its content folder and its `dist`. */
export interface SmallBuild {
  root: string;
  dist: string;
  remove(): void;
}

/** How a small catalogue is built. */
export interface SmallBuildOptions {
  /** Also index it with Pagefind, as `npm run build` does, for tests of the search page. */
  searchIndex?: boolean;
}

/**
 * Writes the servers into a temporary content folder and builds them with `astro build` (and the
 * Pagefind index only when asked), for tests whose cases the shipped catalogue may not hold. Takes seconds.
 */
export function buildSmallCatalogue(prefix: string, servers: readonly ServerInput[], options: SmallBuildOptions = {}): SmallBuild {
  const root = mkdtempSync(path.join(os.tmpdir(), `catalogue-${prefix}-`));
  mkdirSync(path.join(root, 'servers'));
  for (const server of servers) writeFileSync(path.join(root, 'servers', `${server.id}.yaml`), serverToYaml(server));
  const dist = path.join(root, 'dist');
  const bin = path.resolve('node_modules/.bin');
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, CATALOGUE_CONTENT: root, CATALOGUE_CACHE_DIR: path.join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(path.join(bin, 'astro'), ['build', '--outDir', dist], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build of ${root} failed (${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  if (options.searchIndex) {
    const index = spawnSync(path.join(bin, 'pagefind'), ['--site', dist, '--silent'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (index.status !== 0) throw new Error(`pagefind --site ${dist} failed (${index.status}):\n${index.stdout.slice(-3000)}\n${index.stderr.slice(-3000)}`);
  }
  return { root, dist, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Builds the servers (as `buildSmallCatalogue`), serves the result and starts Chromium before the
 * enclosing suite's tests; closes both and removes the build after them. Call it inside
 * `describeInBrowser`; read `server` and `browser` from the result in tests.
 */
export function buildAndServeInBrowser(prefix: string, servers: readonly ServerInput[], options: SmallBuildOptions = {}): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let build: SmallBuild | undefined;
  beforeAll(async () => {
    build = buildSmallCatalogue(prefix, servers, options);
    site.server = await startStaticServer(build.dist);
    site.browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    build?.remove();
  });
  return site;
}
