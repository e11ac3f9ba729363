import type { Server, ServerInput } from '../../src/lib/schemas/server.ts';
import type { ImportOptions } from './args.ts';
import type { LiveListing } from './list-tools.ts';

/** The only tool fields the catalogue stores; everything else the server sent is dropped. */
const KEPT_TOOL_FIELDS = ['name', 'title', 'description', 'inputSchema', 'annotations'] as const;

/** Builds the content-file object from the command line, the live listing and any existing file. */
export function buildServer(options: ImportOptions, listing: LiveListing, existing: Server | undefined, today: string): ServerInput {
  const overrides = new Map((existing?.tools ?? []).flatMap((t) => (t.override ? [[t.name, t.override] as const] : [])));
  const tools = listing.tools.map((raw) => {
    const tool = pickToolFields(raw);
    const override = isRecord(tool) && typeof tool.name === 'string' ? overrides.get(tool.name) : undefined;
    return override && isRecord(tool) ? { ...tool, override } : tool;
  });
  // Flags win; otherwise keep what a previous import (or a human) wrote, so re-running a bare
  // `--id x -- cmd` refreshes the tools without wiping the curated metadata.
  const server: ServerInput = {
    id: options.id,
    name: options.name ?? existing?.name ?? listing.serverName,
    description: options.description ?? existing?.description ?? '',
    repository: options.repository ?? existing?.repository,
    homepage: options.homepage ?? existing?.homepage,
    run: {
      npm: options.npm,
      version: options.version,
      command: commandAsTyped(options.command, options.npm, options.version),
      env: options.env.size > 0 ? [...options.env.keys()] : undefined,
    },
    transport: 'stdio',
    tags: options.tags ?? existing?.tags ?? [],
    source: {
      kind: 'live-import',
      date: today,
      serverVersion: listing.serverVersion || undefined,
      protocolVersion: listing.protocolVersion,
    },
    tools: tools as ServerInput['tools'],
  };
  return server;
}

/** Copies the kept fields of one raw tool in a fixed order, values untouched (non-objects as is, for validation to reject). */
export function pickToolFields(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const tool: Record<string, unknown> = {};
  for (const key of KEPT_TOOL_FIELDS) if (Object.hasOwn(raw, key)) tool[key] = raw[key];
  return tool;
}

/**
 * The launch command as a user types it: shell-quoted where needed, and `pkg@1.2.3` shown as
 * `pkg` because the version is recorded separately in `run.version`.
 */
export function commandAsTyped(command: string[], npm: string | undefined, version: string | undefined): string {
  return command
    .map((arg) => (npm && version && arg === `${npm}@${version}` ? npm : arg))
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}

/** Today's date in UTC as YYYY-MM-DD, the form `source.date` expects. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
