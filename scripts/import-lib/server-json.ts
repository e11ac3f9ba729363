import { z } from 'zod';
import { zodIssuesToLines } from '../../src/lib/content-errors.ts';

// The official MCP Registry's server.json (static.modelcontextprotocol.io/schemas/…/server.schema.json):
// only the fields an import needs are read; everything else the file says is allowed and ignored.
const InputSchema = z.looseObject({
  value: z.string().optional(),
  default: z.string().optional(),
  valueHint: z.string().optional(),
  isRequired: z.boolean().optional(),
  isSecret: z.boolean().optional(),
  format: z.string().optional(),
  choices: z.array(z.string()).optional(),
});
const ArgumentSchema = z.discriminatedUnion('type', [
  InputSchema.extend({ type: z.literal('positional') }),
  InputSchema.extend({ type: z.literal('named'), name: z.string().min(1) }),
]);
const EnvironmentVariableSchema = InputSchema.extend({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) });
const PackageSchema = z.looseObject({
  registryType: z.string(),
  identifier: z.string().min(1),
  version: z.string().optional(),
  transport: z.looseObject({ type: z.string() }).optional(),
  runtimeArguments: z.array(ArgumentSchema).default([]),
  packageArguments: z.array(ArgumentSchema).default([]),
  environmentVariables: z.array(EnvironmentVariableSchema).default([]),
});
export const RegistryServerSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  title: z.string().optional(),
  version: z.string().optional(),
  websiteUrl: z.string().optional(),
  repository: z.looseObject({ url: z.string().optional() }).optional(),
  packages: z.array(PackageSchema).default([]),
});
export type RegistryServer = z.output<typeof RegistryServerSchema>;
type Argument = z.output<typeof ArgumentSchema>;
type EnvironmentVariable = z.output<typeof EnvironmentVariableSchema>;

/** What an import needs from a server.json: the npm package, how to start it over stdio, and the dummies it needs. */
export interface ServerJsonLaunch {
  registryName: string;
  npm: string;
  version?: string;
  args: string[];
  /** Variables the server declares, with a dummy value for each (never a real secret). */
  env: Map<string, string>;
  title?: string;
  description?: string;
  repository?: string;
  homepage?: string;
}

/** Reads a registry server.json; throws an Error naming the file and what is wrong. */
export function serverJsonToLaunch(file: string, text: string): ServerJsonLaunch {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  // A registry API answer wraps the document: { server: {...}, _meta: {...} }.
  if (typeof raw === 'object' && raw !== null && 'server' in raw && typeof (raw as { server: unknown }).server === 'object') raw = (raw as { server: unknown }).server;
  const parsed = RegistryServerSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new Error(`${file}: not a registry server.json: ${zodIssuesToLines(parsed.error.issues, () => undefined).join(' | ')}`);
  const server = parsed.data;
  const npm = server.packages.find((p) => p.registryType === 'npm' && (p.transport?.type ?? 'stdio') === 'stdio');
  if (!npm) {
    const kinds = server.packages.map((p) => `${p.registryType}/${p.transport?.type ?? 'stdio'}`).join(', ') || 'none';
    throw new Error(`${file}: no npm package with the stdio transport (packages: ${kinds})`);
  }
  return {
    registryName: server.name,
    npm: npm.identifier,
    version: npm.version ?? server.version,
    args: npm.packageArguments.flatMap(argumentToArgv),
    env: new Map(npm.environmentVariables.map((v) => [v.name, dummyValue(v)])),
    title: server.title,
    description: server.description,
    repository: httpUrl(server.repository?.url),
    homepage: httpUrl(server.websiteUrl),
  };
}

/**
 * A positional argument becomes its value; a named one `--name value`, or `--name` alone when it
 * declares no value (a flag). One that wants a value from the user (a valueHint) is given a dummy
 * when required and left out when optional.
 */
export function argumentToArgv(argument: Argument): string[] {
  const given = argument.value ?? argument.default;
  const wantsValue = given === undefined && (argument.valueHint !== undefined || argument.choices !== undefined || argument.type === 'positional');
  const value = given ?? (wantsValue && argument.isRequired ? dummyFor(argument, argument.type === 'named' ? argument.name : argument.valueHint ?? 'value') : undefined);
  if (argument.type === 'positional') return value === undefined ? [] : [value];
  if (value !== undefined) return argument.name.includes('=') ? [argument.name] : [argument.name, value];
  return wantsValue ? [] : [argument.name];
}

/** The dummy a declared variable starts with: its default when it has one, else a value of the right shape. */
export function dummyValue(variable: EnvironmentVariable): string {
  return variable.value ?? variable.default ?? dummyFor(variable, variable.name);
}

function dummyFor(input: z.output<typeof InputSchema>, name: string): string {
  if (input.choices?.length) return input.choices[0]!;
  return dummyForName(name, input.format);
}

/**
 * A fake value shaped like what a variable's name asks for: hosts and URLs point at 127.0.0.1
 * (port 9, discard: nothing answers), numbers are numbers, paths are inside the sandbox's /tmp.
 */
export function dummyForName(name: string, format?: string): string {
  const upper = name.toUpperCase().replace(/^-+/, '');
  if (format === 'number' || /(^|_)(PORT|TIMEOUT|LIMIT|MAX|MIN|SIZE|COUNT)(_|$)/.test(upper)) return '9';
  if (format === 'boolean' || /(^|_)(ENABLED?|DISABLED?|DEBUG|VERBOSE)(_|$)/.test(upper)) return 'false';
  if (/URL|URI|ENDPOINT|BASE/.test(upper)) return 'http://127.0.0.1:9';
  if (/HOST|SERVER|ADDR/.test(upper)) return '127.0.0.1';
  if (/(^|_)(PATH|DIR|DIRECTORY|FOLDER|FILE|ROOT|WORKSPACE)(_|$)/.test(upper)) return '/tmp';
  if (/EMAIL|USER(NAME)?$/.test(upper)) return 'dummy@example.com';
  return `dummy-${name.replace(/^-+/, '').toLowerCase()}`;
}

function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const clean = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https?:\/\//.test(clean) ? clean : undefined;
}
