import { parseArgs } from 'node:util';
import { SERVER_ID_PATTERN } from '../../src/lib/schemas/server.ts';

/** Everything the importer was asked to do, read from the command line. */
export interface ImportOptions {
  id: string;
  name?: string;
  description?: string;
  repository?: string;
  homepage?: string;
  npm?: string;
  version?: string;
  tags?: string[];
  /** Variable names to set in the child, each with the dummy value to use (never stored). */
  env: Map<string, string>;
  /** Extra variables for the child that the server does not need to run (install knobs); not stored. */
  setEnv: Map<string, string>;
  outDir: string;
  /** Where the tool list comes from: a live server (the command), or a saved file. */
  from: ToolListSource;
  /** Milliseconds allowed for connecting (which includes any npx download). */
  connectTimeoutMs: number;
  /** Milliseconds allowed for each tools/list page. */
  pageTimeoutMs: number;
  /** The server's launch command: run for a live import, only recorded for a file import. */
  command: string[];
  /** The folder to start the server in (default: the current one; in the sandbox, an empty one). */
  cwd?: string;
  /** Start the server inside bubblewrap (the default); false only with --no-sandbox. */
  sandbox: boolean;
  /** A local stand-in to start beside the server. */
  stub?: 'redis';
  /** Monthly npm downloads of the package when it was chosen (stored in the file). */
  downloads?: number;
  /** YYYY-MM-DD to date the import and its history entry with (a version's publish date) instead of today. */
  date?: string;
}

/** A live server over stdio, a saved `tools/list` result, or an Intercept scaffold. */
export type ToolListSource =
  | { kind: 'live' }
  | { kind: 'json'; file: string }
  | { kind: 'scaffold'; file: string; categoriesAsOverrides: boolean };

/** Usage text shown on --help and after an argument error. */
export const USAGE =
  'usage: npm run import -- --id <id> [--name NAME] [--description TEXT] [--repository URL] [--homepage URL]\n' +
  '         [--npm PACKAGE] [--version VERSION] [--tags a,b] [--env NAME[=dummy] ...] [--setenv NAME=value ...]\n' +
  '         [--out DIR] [--timeout CONNECT_SECONDS[,PAGE_SECONDS]] [--cwd DIR] [--stub redis] [--downloads N] [--date YYYY-MM-DD] [--no-sandbox] -- <command...>\n' +
  '       npm run import -- --from-server-json FILE [--id <id>] [options]   (an MCP Registry server.json: its npm package, arguments and variables)\n' +
  '       npm run import -- --id <id> (--from-json FILE | --from-scaffold FILE [--scaffold-categories]) [options] [-- <command...>]\n' +
  '         (a file import runs nothing: the command, or `npx -y <npm>`, is only recorded)';

/** Thrown for bad command lines so the caller can print the usage. */
export class UsageError extends Error {}

/** Parses `argv` (without node and script): options, then `--`, then the server command. */
export function parseImportArgs(argv: string[]): ImportOptions {
  // Split ourselves rather than letting parseArgs see the command: the server's own flags
  // (`-y`, `--tools=all`) must never be mistaken for ours.
  const split = argv.indexOf('--');
  const command = split < 0 ? [] : argv.slice(split + 1);
  const { values } = parseArgs({
    args: split < 0 ? argv : argv.slice(0, split),
    strict: true,
    allowPositionals: false,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      repository: { type: 'string' },
      homepage: { type: 'string' },
      npm: { type: 'string' },
      version: { type: 'string' },
      tags: { type: 'string' },
      env: { type: 'string', multiple: true },
      setenv: { type: 'string', multiple: true },
      out: { type: 'string', default: 'content/servers' },
      timeout: { type: 'string', default: '60,20' },
      'from-json': { type: 'string' },
      'from-scaffold': { type: 'string' },
      'scaffold-categories': { type: 'boolean', default: false },
      cwd: { type: 'string' },
      'no-sandbox': { type: 'boolean', default: false },
      stub: { type: 'string' },
      downloads: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const from = toolListSource(values['from-json'], values['from-scaffold'], values['scaffold-categories']);
  if (from.kind === 'live' && split < 0) throw new UsageError('missing "--" before the server command');
  if (from.kind === 'live' && command.length === 0) throw new UsageError('missing the server command after "--"');
  if (from.kind !== 'live' && command.length === 0 && !values.npm) throw new UsageError('a file import needs --npm or the launch command after "--" (recorded, not run)');
  if (!values.id) throw new UsageError('missing --id');
  if (!SERVER_ID_PATTERN.test(values.id)) throw new UsageError(`bad --id ${JSON.stringify(values.id)}: expected a lower-case slug such as "server-memory"`);
  const [connectSeconds, pageSeconds = '20'] = values.timeout.split(',');
  const connectTimeoutMs = Number(connectSeconds) * 1000;
  const pageTimeoutMs = Number(pageSeconds) * 1000;
  if (!(connectTimeoutMs > 0 && pageTimeoutMs > 0)) throw new UsageError(`bad --timeout ${JSON.stringify(values.timeout)}: expected seconds, e.g. 60 or 60,20`);
  return {
    id: values.id,
    name: values.name,
    description: values.description,
    repository: values.repository,
    homepage: values.homepage,
    npm: values.npm,
    version: values.version ?? versionInCommand(command, values.npm),
    tags: values.tags === undefined ? undefined : splitList(values.tags),
    env: parseEnv(values.env ?? []),
    setEnv: parseEnv(values.setenv ?? [], true),
    outDir: values.out,
    from,
    connectTimeoutMs,
    pageTimeoutMs,
    command: command.length > 0 ? command : ['npx', '-y', values.npm!],
    cwd: values.cwd,
    sandbox: !values['no-sandbox'],
    stub: stubName(values.stub),
    downloads: downloadsOf(values.downloads),
    date: dateOf(values.date),
  };
}

function dateOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) throw new UsageError(`bad --date ${JSON.stringify(text)}: expected a day as YYYY-MM-DD`);
  return text;
}

function downloadsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`bad --downloads ${JSON.stringify(text)}: expected a whole number`);
  return Number(text);
}

function stubName(stub: string | undefined): 'redis' | undefined {
  if (stub === undefined || stub === 'redis') return stub;
  throw new UsageError(`bad --stub ${JSON.stringify(stub)}: the only stand-in is "redis"`);
}

function toolListSource(json: string | undefined, scaffold: string | undefined, categories: boolean): ToolListSource {
  if (json !== undefined && scaffold !== undefined) throw new UsageError('give --from-json or --from-scaffold, not both');
  if (categories && scaffold === undefined) throw new UsageError('--scaffold-categories needs --from-scaffold');
  if (json !== undefined) return { kind: 'json', file: json };
  if (scaffold !== undefined) return { kind: 'scaffold', file: scaffold, categoriesAsOverrides: categories };
  return { kind: 'live' };
}

function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

// `--env NAME` gets a value that is obviously fake; `--env NAME=value` lets a server that checks
// the shape of its key (`sk_test_…`, `ghp_…`) start. Only the name is ever written to the file.
function parseEnv(entries: string[], valueRequired = false): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of entries.flatMap(splitList)) {
    const eq = entry.indexOf('=');
    const name = eq < 0 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`bad environment variable name ${JSON.stringify(name)}`);
    if (valueRequired && eq < 0) throw new UsageError(`--setenv ${name}: expected NAME=value`);
    env.set(name, eq < 0 ? `dummy-${name}` : entry.slice(eq + 1));
  }
  return env;
}

// A pinned `npx -y pkg@1.2.3` already says which version was read; no need to repeat it.
function versionInCommand(command: string[], npm: string | undefined): string | undefined {
  if (!npm) return undefined;
  const pinned = command.find((arg) => arg.startsWith(`${npm}@`));
  return pinned?.slice(npm.length + 1) || undefined;
}
