import { readFileSync } from 'node:fs';
import { idToName, packageToId } from './package-id.ts';
import { serverJsonToLaunch } from './server-json.ts';
import { UsageError } from './args.ts';

/**
 * Rewrites `--from-server-json FILE` into the importer's ordinary options: the npm package and
 * version it names, started as `npx -y <package>@<version> <packageArguments…>` with a dummy for
 * every declared variable. Options given on the command line win over what the file says.
 */
export function expandServerJson(argv: string[]): string[] {
  const at = argv.indexOf('--from-server-json');
  if (at < 0) return argv;
  const split = argv.indexOf('--');
  if (split >= 0 && split < at) return argv;
  const file = argv[at + 1];
  if (!file || file.startsWith('--')) throw new UsageError('--from-server-json needs a file');
  if (split >= 0) throw new UsageError('--from-server-json takes the launch command from the file: give no command after "--"');
  const own = [...argv.slice(0, at), ...argv.slice(at + 2)];
  let launch;
  try {
    launch = serverJsonToLaunch(file, readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const has = (flag: string): boolean => own.includes(flag);
  const id = has('--id') ? undefined : packageToId(launch.npm);
  const extra: string[] = [];
  const add = (flag: string, value: string | undefined): void => {
    if (value !== undefined && !has(flag)) extra.push(flag, value);
  };
  add('--id', id);
  add('--name', launch.title ?? (id ? idToName(id) : undefined));
  add('--description', launch.description);
  add('--repository', launch.repository);
  add('--homepage', launch.homepage);
  add('--npm', launch.npm);
  add('--version', launch.version);
  for (const [name, dummy] of launch.env) extra.push('--env', `${name}=${dummy}`);
  const spec = launch.version ? `${launch.npm}@${launch.version}` : launch.npm;
  return [...own, ...extra, '--', 'npx', '-y', spec, ...launch.args];
}
