import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the sandbox lets a server see besides the system: read-only paths, and its own empty folders. */
export interface SandboxOptions {
  /** Files or folders the server may read, each mounted read-only at its own path. */
  readable: string[];
  /** The server's working folder: empty, writable, gone when the server ends. */
  workDir: string;
  /** The server's HOME: empty, writable, gone when the server ends. */
  home: string;
}

// The system a Node server needs, read-only: programs and libraries, and the few files of /etc
// that name lookups and TLS read. Not /etc as a whole, not /root, /home, /work or /var.
const SYSTEM_READABLE = ['/usr', '/etc/passwd', '/etc/group', '/etc/hosts', '/etc/nsswitch.conf', '/etc/ssl', '/etc/ca-certificates', '/etc/localtime', '/etc/alternatives'];
const USR_MERGED_LINKS = ['bin', 'sbin', 'lib', 'lib64'];

/** True when Debian's bubblewrap is installed and can make a namespace here. */
export function isSandboxAvailable(): boolean {
  const probe = spawnSync('bwrap', ['--ro-bind', '/usr', '/usr', ...linkArgs(), '--unshare-net', '--', '/usr/bin/true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

/**
 * The command that runs `command` inside bubblewrap: no network (a loopback of its own, so a
 * listener on the host's 127.0.0.1 is out of reach), a read-only view of the system and of
 * `readable`, an empty temporary HOME and working folder, nothing else writable, no other
 * processes visible, and killed with its parent.
 */
export function sandboxCommand(command: string[], options: SandboxOptions): string[] {
  const args = ['bwrap', '--unshare-all', '--die-with-parent', '--new-session'];
  for (const dir of SYSTEM_READABLE) args.push('--ro-bind-try', dir, dir);
  args.push(...linkArgs(), '--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp');
  for (const target of mountsFor(options.readable)) args.push('--ro-bind', target, target);
  args.push('--dir', options.home, '--dir', options.workDir, '--chdir', options.workDir, '--setenv', 'HOME', options.home, '--');
  return [...args, ...command];
}

/**
 * Everything a local command needs to read, at its own path: the folder of each file it names,
 * and every `node_modules` folder above it, where Node looks for the packages the file imports.
 * Sibling folders stay invisible.
 */
export function readablePathsOf(command: string[], cwd = process.cwd()): string[] {
  const paths: string[] = [];
  for (const arg of command) {
    if (arg.startsWith('-')) continue;
    const candidate = path.resolve(cwd, arg);
    if (!(path.isAbsolute(arg) || arg.includes('/')) || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    const dir = statSync(real).isDirectory() ? real : path.dirname(real);
    paths.push(dir, ...nodeModulesAbove(dir));
  }
  return paths;
}

/** The folder holding the Node binary that runs us (the project's pinned Node), to run servers with. */
export function nodeBinDir(): string {
  return path.dirname(realpathSync(process.execPath));
}

function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, 'node_modules');
    if (existsSync(candidate)) found.push(realpathSync(candidate));
    if (path.dirname(at) === at) return found;
  }
}

// Paths already under another mounted path are dropped; the system ones are mounted anyway; and
// nothing that holds the sandbox's own /tmp (the root, /tmp itself) is mounted over it.
function mountsFor(readable: string[]): string[] {
  const unique = [...new Set(readable.map((p) => path.resolve(p)))].filter((p) => existsSync(p) && p !== '/' && p !== '/tmp').sort();
  return unique.filter((p, i) => !unique.slice(0, i).some((q) => p.startsWith(`${q}/`)) && !p.startsWith('/usr/'));
}

function linkArgs(): string[] {
  return USR_MERGED_LINKS.flatMap((name) => (existsSync(`/usr/${name}`) ? ['--symlink', `usr/${name}`, `/${name}`] : []));
}
