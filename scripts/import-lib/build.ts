import { hasDrift, toolsToDrift, type Drift } from '../../src/lib/drift.ts';
import type { HistoryEntry, Server, ServerInput, Source } from '../../src/lib/schemas/server.ts';
import type { Override, Tool } from '../../src/lib/schemas/tool.ts';
import type { FindingContext } from '../../src/lib/findings/tool-findings.ts';
import { toolsToHistoryEntry } from '../../src/lib/history/entry.ts';
import type { ImportOptions } from './args.ts';
import type { Listing } from './list-tools.ts';

/** The only tool fields the catalogue stores; everything else the server sent is dropped. */
const KEPT_TOOL_FIELDS = ['name', 'title', 'description', 'inputSchema', 'annotations'] as const;

/** The reason stored with a category taken over from an Intercept scaffold. */
export const SCAFFOLD_OVERRIDE_REASON = 'PolicyLayer scaffold category';

/**
 * Builds the content-file object from the command line, the listing and any existing file, and
 * says what changed since that file. Tools must have passed checkRawTools. When nothing changed,
 * the old `source` is kept, so re-importing an unchanged server leaves its file byte-identical.
 */
export function buildServer(options: ImportOptions, listing: Listing, existing: Server | undefined, today: string, findingContext?: FindingContext): { server: ServerInput; drift?: Drift } {
  const reviewed = new Map((existing?.tools ?? []).flatMap((t) => (t.override ? [[t.name, t.override] as const] : [])));
  const scaffoldCategories = options.from.kind === 'scaffold' && options.from.categoriesAsOverrides ? listing.categories : undefined;
  const tools = listing.tools.map((raw) => {
    const tool = pickToolFields(raw) as Tool;
    // A human's reviewed override always wins; a scaffold category is used only when asked for.
    const category = scaffoldCategories?.get(tool.name);
    const override: Override | undefined = reviewed.get(tool.name) ?? (category ? { category, reason: SCAFFOLD_OVERRIDE_REASON } : undefined);
    return override ? { ...tool, override } : tool;
  });
  const drift = existing ? toolsToDrift(existing.tools, tools) : undefined;
  const changed = drift !== undefined && hasDrift(drift);
  let source: Source = {
    kind: listing.kind,
    date: today,
    serverVersion: listing.serverVersion || (listing.kind === 'live-import' ? undefined : options.version),
    protocolVersion: listing.protocolVersion,
  };
  if (existing && !changed && sameSourceFacts(existing.source, source)) source = existing.source;
  // With the audit's context, the entry says precisely what changed in each tool and warns of
  // model-aimed text or a raised category, as the history import's entries do.
  const facts = { date: today, serverVersion: source.serverVersion, packageVersion: options.version };
  const entry: HistoryEntry | undefined = !changed
    ? undefined
    : findingContext
      ? toolsToHistoryEntry(existing!.tools, tools, facts, findingContext)
      : { ...facts, added: drift.added, removed: drift.removed, changed: drift.changed };
  const history = [...(entry ? [entry] : []), ...(existing?.history ?? [])];
  // Flags win; otherwise keep what a previous import (or a human) wrote, so re-running a bare
  // `--id x -- cmd` refreshes the tools without wiping the curated metadata.
  const server: ServerInput = {
    id: options.id,
    name: options.name ?? existing?.name ?? (listing.serverName || options.id),
    description: options.description ?? existing?.description ?? '',
    repository: options.repository ?? existing?.repository ?? listing.about?.repository,
    homepage: options.homepage ?? existing?.homepage ?? listing.about?.homepage,
    run: {
      npm: options.npm,
      version: options.version,
      command: commandAsTyped(options.command, options.npm, options.version),
      env: options.env.size > 0 ? [...options.env.keys()] : undefined,
    },
    transport: 'stdio',
    tags: options.tags ?? existing?.tags ?? listing.about?.tags ?? [],
    downloads: options.downloads ?? existing?.downloads,
    source,
    // Written by `npm run import:history`; a plain re-import keeps it as it was.
    versions: existing?.versions,
    history: history.length > 0 ? history : undefined,
    tools,
  };
  return { server, drift };
}

function sameSourceFacts(a: Source, b: Source): boolean {
  return a.kind === b.kind && a.serverVersion === b.serverVersion && a.protocolVersion === b.protocolVersion;
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
