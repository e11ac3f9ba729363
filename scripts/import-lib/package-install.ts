import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** One npm package installed for an import, outside any project, with install scripts off. */
export interface InstalledPackage {
  /** The folder holding `node_modules/`: mount it read-only for the server. */
  root: string;
  /** The package's own folder inside it. */
  dir: string;
  /** The version npm installed. */
  version: string;
  /** The script its `bin` names, to start with Node (npx would do the same). */
  bin?: string;
  /** Its package.json, for the bin's name, repository, homepage and description. */
  manifest: PackageManifest;
}

export interface PackageManifest {
  name?: string;
  version?: string;
  description?: string;
  bin?: string | Record<string, string>;
  homepage?: string;
  repository?: string | { url?: string };
  [key: string]: unknown;
}

/** Where installed packages are kept between imports: MCP_IMPORT_CACHE, else ~/.cache/mcp-tool-risk-catalogue/packages. */
export function packageCacheDir(): string {
  return process.env.MCP_IMPORT_CACHE ?? path.join(homedir(), '.cache', 'mcp-tool-risk-catalogue', 'packages');
}

/**
 * Installs `name@version` (or its latest version) into a folder of its own in the cache with
 * `npm install --ignore-scripts`: no lifecycle script of the package or of its dependencies runs.
 * A package already installed there is reused. Installs go to a temporary folder that is renamed
 * when complete, so an interrupted or concurrent install never leaves a half-filled folder behind.
 */
export async function installPackage(name: string, version: string | undefined, timeoutMs = 300_000, cacheDir = packageCacheDir()): Promise<InstalledPackage> {
  const spec = `${name}@${version ?? 'latest'}`;
  const root = packageRoot(name, version, cacheDir);
  if (!version || !existsSync(path.join(root, '.complete'))) {
    const staging = `${root}.partial-${process.pid}-${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, 'package.json'), '{"private":true}\n');
    try {
      const install = (): Promise<void> => runNpm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', '--loglevel=error', spec], staging, timeoutMs);
      // A lookup or connection that failed for a moment is not the package's fault: one more try.
      await install().catch((error: Error) => (/ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ECONNREFUSED/.test(error.message) ? install() : Promise.reject(error)));
      writeFileSync(path.join(staging, '.complete'), `${spec}\n`);
      rmSync(root, { recursive: true, force: true });
      renameSync(staging, root);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  }
  const dir = path.join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageManifest;
  return { root, dir, version: manifest.version ?? version ?? '', bin: binOf(manifest, dir), manifest };
}

/** The cache folder `installPackage(name, version)` installs into. */
export function packageRoot(name: string, version: string | undefined, cacheDir = packageCacheDir()): string {
  return path.join(cacheDir, `${name}@${version ?? 'latest'}`.replaceAll('/', '+'));
}

/** The script npx would start: the only bin, else the one named like the package. */
export function binOf(manifest: PackageManifest, dir: string): string | undefined {
  const bin = manifest.bin;
  if (typeof bin === 'string') return path.join(dir, bin);
  if (!bin || typeof bin !== 'object') return undefined;
  const entries = Object.entries(bin);
  const unscoped = (manifest.name ?? '').replace(/^@[^/]+\//, '');
  const chosen = entries.length === 1 ? entries[0] : entries.find(([key]) => key === unscoped) ?? entries.find(([key]) => /mcp|server/i.test(key));
  return chosen ? path.join(dir, chosen[1]) : undefined;
}

function runNpm(args: string[], cwd: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const reason = stderr.split('\n').map((l) => l.trim()).find((l) => /npm error (code|404|notarget)/i.test(l)) ?? stderr.trim().split('\n').at(-1) ?? `exit ${code}`;
      reject(new Error(`npm install ${args.at(-1)} failed: ${reason}`));
    });
  });
}
