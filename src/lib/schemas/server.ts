import { z } from 'zod';
import { TOOL_DEFINITION_FIELDS } from '../tool-hash.ts';
import { FieldChangeSchema, HistoryWarningSchema, VersionSchema } from './history.ts';
import { ToolSchema } from './tool.ts';

/** Server ids are file names and URL segments: lower-case ASCII words joined by hyphens. */
export const SERVER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a server's tool list came from. */
export const SOURCE_KINDS = ['live-import', 'tools-list-json', 'intercept-scaffold'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How and when the tool list was obtained. */
export const SourceSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  /** Calendar date of the import, YYYY-MM-DD (UTC). */
  date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  /** The version the server reported in `serverInfo` (or the package version). */
  serverVersion: z.string().optional(),
  /** The MCP protocol revision negotiated during the import. */
  protocolVersion: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** How to start the server: the command Intercept wraps. */
export const RunSchema = z.strictObject({
  /** npm package name, when the server ships on npm. */
  npm: z.string().min(1).optional(),
  /** Package version the tools were read from. */
  version: z.string().min(1).optional(),
  /** The launch command as a user types it, e.g. `npx -y @scope/server`. */
  command: z.string().min(1, { error: 'expected the command that starts the server' }),
  /** Environment variables the server needs (names only; never values). */
  env: z.array(z.string().min(1)).optional(),
});
export type Run = z.infer<typeof RunSchema>;

/** A tool whose definition changed between two imports: which fields, and its hash before and after. */
export const ToolChangeSchema = z.strictObject({
  name: z.string().min(1),
  fields: z.array(z.enum(TOOL_DEFINITION_FIELDS)).min(1, { error: 'expected at least one changed field' }),
  /** `toolToHash` of the definition before the change (src/lib/tool-hash.ts). */
  previousHash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hex digits' }),
  hash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hex digits' }),
  /** Exactly what changed, part by part (src/lib/history/field-changes.ts); absent in entries written before it existed. */
  details: z.array(FieldChangeSchema).optional(),
});

/**
 * One dated change of the tool list, written by the importer only when something changed.
 * A definition that changes after users approved it is the rug-pull pattern.
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#list-changed-notification
 */
export const HistoryEntrySchema = z.strictObject({
  /** Calendar date of the import that saw the change, YYYY-MM-DD (UTC). */
  date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  /** The version the server reported in `serverInfo` at that import. */
  serverVersion: z.string().optional(),
  /** The npm package version imported. */
  packageVersion: z.string().optional(),
  added: z.array(z.string().min(1)).default([]),
  removed: z.array(z.string().min(1)).default([]),
  changed: z.array(ToolChangeSchema).default([]),
  /** Changes that brought text aimed at the model or raised a tool's category. */
  warnings: z.array(HistoryWarningSchema).optional(),
});
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** One MCP server and its tools: the content of `content/servers/<id>.yaml`. */
export const ServerSchema = z.strictObject({
  id: z.string().regex(SERVER_ID_PATTERN, { error: 'expected a lower-case slug (a-z, 0-9, single hyphens)' }),
  name: z.string().min(1, { error: 'expected the server display name' }),
  description: z.string().default(''),
  repository: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  homepage: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  run: RunSchema,
  transport: z.enum(['stdio', 'http', 'sse']).default('stdio'),
  tags: z.array(z.string().min(1)).default([]),
  /** Monthly npm downloads of `run.npm` at import time (from the candidate list); orders the "most used" lists. */
  downloads: z.number().int().nonnegative().optional(),
  source: SourceSchema,
  /** Every package version imported by `npm run import:history`, changed or not, oldest first. */
  versions: z.array(VersionSchema).optional(),
  /** Changes seen by re-imports, newest first. */
  history: z.array(HistoryEntrySchema).optional(),
  tools: z.array(ToolSchema),
});
/** What a content author writes (defaults not yet applied). */
export type ServerInput = z.input<typeof ServerSchema>;
/** What the code receives. */
export type Server = z.output<typeof ServerSchema>;
