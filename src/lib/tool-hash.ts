import { createHash } from 'node:crypto';
/**
 * A stable fingerprint of one tool definition, so a re-import can tell which tools changed and
 * the catalogue can date each change (the rug-pull pattern: a definition changed after approval).
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#list-changed-notification
 */

/** The tool fields that make up its definition, in the order a change report lists them. */
export const TOOL_DEFINITION_FIELDS = ['name', 'title', 'description', 'inputSchema', 'annotations'] as const;
export type ToolDefinitionField = (typeof TOOL_DEFINITION_FIELDS)[number];

/** A tool as stored or as received; only the definition fields are hashed, anything else (a reviewed `override`) is ignored. */
export type HashableTool = { readonly name: string; readonly [field: string]: unknown };

/** Hex length of a tool hash: 64 bits is plenty to tell the versions of one tool apart. */
const HASH_LENGTH = 16;

/** sha256 (hex, first 16 characters) of the canonical JSON of the tool's definition fields. */
export function toolToHash(tool: HashableTool): string {
  const definition: Record<string, unknown> = {};
  for (const field of TOOL_DEFINITION_FIELDS) if (tool[field] !== undefined) definition[field] = tool[field];
  return sha256Hex(toCanonicalJson(definition)).slice(0, HASH_LENGTH);
}

/** The canonical JSON of one definition field, for telling which fields of a tool changed. */
export function fieldToCanonicalJson(value: unknown): string {
  return value === undefined ? '' : toCanonicalJson(value);
}

/**
 * JSON with object keys sorted (by UTF-16 code unit, the default sort) and no whitespace, so one
 * definition always gives one text whatever key order the server or YAML produced. Undefined
 * object members are dropped, as JSON.stringify does.
 */
export function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toCanonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${toCanonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex (Node's crypto: the build hashes every tool). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
