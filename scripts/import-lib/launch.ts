import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installPackage, type InstalledPackage } from './package-install.ts';
import { IMPORT_WORKDIR } from './manifest.ts';
import { isSandboxAvailable, nodeBinDir, readablePathsOf, sandboxCommand } from './sandbox.ts';

/** How a server is actually started for an import, and what it was given. */
export interface LaunchPlan {
  /** The process to spawn (bwrap and its arguments first, when sandboxed). */
  command: string[];
  /** PATH for the server: our Node first, then the system. */
  path: string;
  /** The folder to start in when not sandboxed (inside the sandbox the command sets it). */
  cwd?: string;
  /** The npm package installed for this launch, when the command was `npx <package>`. */
  installed?: InstalledPackage;
  sandboxed: boolean;
}

export interface LaunchOptions {
  command: string[];
  sandbox: boolean;
  cwd?: string;
  /** A local stand-in started beside the server, inside the sandbox (it has no network to the host). */
  stub?: 'redis';
  installTimeoutMs?: number;
  log: (line: string) => void;
}

const STUB_LAUNCHER = fileURLToPath(new URL('./with-stub.ts', import.meta.url));
const SANDBOX_HOME = '/tmp/home';

/** A server launch over npx: `npx [-y|--yes] <package>[@version] <args…>`. */
export function npxPackage(command: string[]): { name: string; version?: string; args: string[] } | undefined {
  if (command[0] !== 'npx') return undefined;
  let at = 1;
  while (command[at] === '-y' || command[at] === '--yes') at++;
  const spec = command[at];
  if (!spec || spec.startsWith('-')) return undefined;
  const versionAt = spec.indexOf('@', 1);
  return versionAt < 0
    ? { name: spec, args: command.slice(at + 1) }
    : { name: spec.slice(0, versionAt), version: spec.slice(versionAt + 1), args: command.slice(at + 1) };
}

/**
 * Turns the launch command into what runs. An `npx` package is installed first, outside the
 * sandbox and with install scripts off, then its bin is started with our Node, as npx would. In
 * the sandbox the server sees the system, its own package and the files its command names, all
 * read-only, and an empty HOME and working folder; without it, it runs with our rights.
 */
export async function planLaunch(options: LaunchOptions): Promise<LaunchPlan> {
  const pkg = npxPackage(options.command);
  let command = options.command;
  let installed: InstalledPackage | undefined;
  if (pkg) {
    options.log(`installing ${pkg.name}@${pkg.version ?? 'latest'} (install scripts off)…`);
    installed = await installPackage(pkg.name, pkg.version, options.installTimeoutMs);
    if (!installed.bin) throw new Error(`${pkg.name}@${installed.version} has no bin to start (package.json "bin")`);
    command = ['node', installed.bin, ...pkg.args];
  }
  if (options.stub) command = ['node', STUB_LAUNCHER, options.stub, '--', ...command];
  const path = `${nodeBinDir()}:/usr/local/bin:/usr/bin:/bin`;
  if (!options.sandbox) return { command, path, cwd: options.cwd, installed, sandboxed: false };
  if (!isSandboxAvailable()) throw new Error('the sandbox needs bubblewrap (Debian: apt-get install bubblewrap); run with --no-sandbox only on a machine you can afford to lose');
  // The server starts in an empty folder: a relative path to one of its files would miss.
  command = command.map((arg, i) => (i > 0 && isRelativeFile(arg) ? resolve(arg) : arg));
  const readable = [nodeBinDir(), ...(installed ? [installed.root] : []), ...readablePathsOf(command)];
  const sandboxed = sandboxCommand(command, { readable, workDir: options.cwd ?? IMPORT_WORKDIR, home: SANDBOX_HOME });
  return { command: sandboxed, path, installed, sandboxed: true };
}

/** Said once per import that runs without the sandbox: what the server can now do. */
export const NO_SANDBOX_WARNING =
  'WARNING: --no-sandbox: the server runs with your rights. It can read and change your files, reach the network and services on this machine, and keep running after the import.';

function isRelativeFile(arg: string): boolean {
  return !arg.startsWith('-') && !isAbsolute(arg) && arg.includes('/') && existsSync(arg);
}
