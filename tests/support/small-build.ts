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

/**
 * Builds the servers (as `buildSmallCatalogue`), serves the result and starts Chromium before the
 * enclosing suite's tests; closes both and removes the build after them. Call it inside
 * `describeInBrowser`; read `server` and `browser` from the result in tests.
 */
export function buildAndServeInBrowser(prefix: string, servers: readonly ServerInput[]): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let build: SmallBuild | undefined;
  beforeAll(async () => {
    build = buildSmallCatalogue(prefix, servers);
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
