import { z } from 'zod';
import { FieldChangeSchema, HistoryWarningSchema } from './history.ts';

/**
 * The history shapes of the JSON API: each tool's history in /api/servers/<id>.json, and the
 * catalogue's recent changes in /api/changes.json (JSON Schema at /api/changes.schema.json).
 */

const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;

/** One change of one tool in one version. */
const ToolChangeFactsSchema = {
  date: z.iso.date().describe('The version’s publish date (published: true), else the day an import saw the change'),
  published: z.boolean(),
  version: z.string().optional().describe('The npm package version'),
  change: z.enum(CHANGE_KINDS),
  fields: z.array(z.string()).describe('Definition fields that changed: title, description, inputSchema, annotations'),
  details: z.array(FieldChangeSchema).describe('Exactly what changed, with short before/after excerpts (empty for changes recorded before details were kept)'),
  warnings: z.array(HistoryWarningSchema).describe('The change brought text aimed at the model (an audit finding), or a riskier category'),
};

/** A tool's history: where its record starts, and its changes, newest first. */
export const ToolHistoryApiSchema = z.strictObject({
  firstSeen: z.strictObject({
    how: z.enum(['added', 'first-version', 'before-history', 'only-import']).describe('added: a later version brought it; first-version: there in the oldest version imported; before-history: older than the first recorded change; only-import: no history yet'),
    version: z.string().optional(),
    date: z.iso.date(),
  }),
  changes: z.array(z.strictObject(ToolChangeFactsSchema)),
});
export type ToolHistoryApi = z.infer<typeof ToolHistoryApiSchema>;

/** `/api/changes.json`: the most recent tool changes of the catalogue, newest first. */
export const ChangesIndexSchema = z
  .strictObject({
    name: z.string(),
    site: z.url(),
    page: z.url().describe('The same changes as a web page: /changes/'),
    feed: z.url().describe('Atom feed of the latest changes: /changes.xml'),
    total: z.number().int().nonnegative().describe('Changes recorded in the whole catalogue'),
    changes: z.array(
      z.strictObject({
        id: z.string().describe('Stable across builds: <server>/<version or date>/<change>/<tool>, URL-encoded segments'),
        title: z.string().describe('The change in one line, warnings first, as the feeds title it'),
        ...ToolChangeFactsSchema,
        server: z.strictObject({ id: z.string(), name: z.string(), url: z.url(), api: z.url(), feed: z.url().describe('Atom feed of this server’s changes') }),
        tool: z.strictObject({ name: z.string().describe('Exact tool name, as the server reports it'), url: z.url().optional().describe('The tool page, while the server still has the tool') }),
      }),
    ),
  })
  .meta({ title: 'MCP tool risk catalogue changes', description: 'The most recent changes of tool definitions across the catalogue, newest first, each with exactly what changed.' });
export type ChangesIndex = z.infer<typeof ChangesIndexSchema>;
