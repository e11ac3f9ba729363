import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { zodIssuesToLines } from '../../src/lib/content-errors.ts';
import { SERVER_ID_PATTERN } from '../../src/lib/schemas/server.ts';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The folder every npx-started server runs in during an import: the same path on every POSIX machine. */
export const IMPORT_WORKDIR = process.platform === 'win32' ? path.join(tmpdir(), 'mcp-tool-risk-catalogue-import') : '/tmp/mcp-tool-risk-catalogue-import';

/** One server of content/sources.yaml: how to start it for an import, and its curated metadata. */
export const SourceEntrySchema = z.strictObject({
  id: z.string().regex(SERVER_ID_PATTERN, { error: 'expected a lower-case slug' }),
  name: z.string().min(1),
  description: z.string().min(1),
  /** npm package; the server is started as `npx -y <npm>@<version> <args…>`. */
  npm: z.string().min(1).optional(),
  /** Exact package version, quoted (YAML would read 1.10 as a number). */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/, { error: 'expected an exact version such as "1.2.3", in quotes' }).optional(),
  args: z.array(z.string()).default([]),
  /** A launch command used instead of npx (a local script, a test fixture). */
  command: z.array(z.string().min(1)).min(1).optional(),
  repository: z.url({ protocol: /^https?$/ }).optional(),
  homepage: z.url({ protocol: /^https?$/ }).optional(),
  tags: z.array(z.string().min(1)).default([]),
  /** Variables the server needs, each with the dummy value to start it with (null: a generated dummy). Only the names are stored. */
  env: z.record(z.string().regex(ENV_NAME), z.string().nullable()).default({}),
  /** Variables that only steer installation or telemetry; not stored. */
  setenv: z.record(z.string().regex(ENV_NAME), z.string()).default({}),
  /** A local stand-in the server must reach before it answers `initialize`. */
  stub: z.enum(['redis']).optional(),
  /** Monthly npm downloads when the package was chosen from the candidate list. */
  downloads: z.number().int().nonnegative().optional(),
  /** Seconds allowed to connect, npx download included. */
  timeout: z.number().int().positive().default(120),
}).refine((entry) => entry.command !== undefined || (entry.npm !== undefined && entry.version !== undefined), {
  error: 'expected npm and version (started with npx), or command',
});
export type SourceEntry = z.output<typeof SourceEntrySchema>;

export const SourcesManifestSchema = z.strictObject({ servers: z.array(SourceEntrySchema) });

/** Parses the manifest text; throws one error listing every problem, including repeated ids. */
export function parseSourcesManifest(file: string, text: string): SourceEntry[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const raw: unknown = doc.toJS();
  const result = SourcesManifestSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const idAt = (index: string): string => {
      const id = (raw as { servers?: { id?: unknown }[] } | null)?.servers?.[Number(index)]?.id;
      return typeof id === 'string' ? ` ${JSON.stringify(id)}` : '';
    };
    const lines = zodIssuesToLines(result.error.issues, () => undefined).map((line) => line.replace(/^servers\[(\d+)\]/, (at, index: string) => `${at}${idAt(index)}`));
    throw new Error(`${file}: ${lines.join(' | ')}`);
  }
  const seen = new Set<string>();
  for (const entry of result.data.servers) {
    if (seen.has(entry.id)) throw new Error(`${file}: servers: id ${JSON.stringify(entry.id)} appears twice`);
    seen.add(entry.id);
  }
  return result.data.servers;
}

/** The `npm run import` arguments that import one entry into `outDir`. */
export function entryToImportArgs(entry: SourceEntry, outDir: string): string[] {
  const args = ['--id', entry.id, '--name', entry.name, '--description', entry.description, '--out', outDir, '--timeout', `${entry.timeout},30`];
  if (entry.npm) args.push('--npm', entry.npm);
  if (entry.version) args.push('--version', entry.version);
  if (entry.repository) args.push('--repository', entry.repository);
  if (entry.homepage) args.push('--homepage', entry.homepage);
  if (entry.tags.length > 0) args.push('--tags', entry.tags.join(','));
  for (const [name, dummy] of Object.entries(entry.env)) args.push('--env', dummy === null ? name : `${name}=${dummy}`);
  for (const [name, value] of Object.entries(entry.setenv)) args.push('--setenv', `${name}=${value}`);
  if (entry.stub) args.push('--stub', entry.stub);
  if (entry.downloads !== undefined) args.push('--downloads', String(entry.downloads));
  if (entry.command) return [...args, '--', ...entry.command];
  // Some servers print their working directory in a tool description (figma-developer-mcp does):
  // started from one fixed folder, not from wherever the catalogue is checked out, they report
  // the same definitions on every machine, and no local path ends up in content/.
  return [...args, '--cwd', IMPORT_WORKDIR, '--', 'npx', '-y', `${entry.npm}@${entry.version}`, ...entry.args];
}
