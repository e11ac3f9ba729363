import type { FieldChange } from '../schemas/history.ts';
import { toCanonicalJson } from '../tool-hash.ts';

/** The parts of a tool definition compared here; a parsed `Tool` fits. */
export interface ComparedTool {
  title?: string;
  description?: string;
  inputSchema?: { properties?: Record<string, unknown>; required?: string[]; [keyword: string]: unknown };
  annotations?: Record<string, unknown>;
}

/** Longest excerpt stored for a value other than a description. */
export const EXCERPT_CHARACTERS = 160;
/** Longest description stored on each side of a change: enough for a word-level diff of any real description. */
export const DESCRIPTION_CHARACTERS = 4_000;

/**
 * Says exactly what differs between two definitions of one tool: title, description, each input
 * property added, removed or retyped (or otherwise changed), each name added to or dropped from
 * `required`, any other schema keyword, each annotation. Values are kept as short text excerpts
 * (the description in full up to 4,000 characters, for a word-level diff). Order: as listed above,
 * properties in the new schema's order, then removed ones. Empty when the definitions are equal.
 */
export function toolsToFieldChanges(before: ComparedTool, after: ComparedTool): FieldChange[] {
  const changes: FieldChange[] = [];
  pushTextChange(changes, 'title', before.title, after.title, EXCERPT_CHARACTERS);
  pushTextChange(changes, 'description', before.description, after.description, DESCRIPTION_CHARACTERS);
  const schemaChanges = schemasToFieldChanges(before.inputSchema ?? {}, after.inputSchema ?? {});
  changes.push(...schemaChanges);
  for (const key of unionOfKeys(before.annotations ?? {}, after.annotations ?? {})) {
    const change = valuesToChange(before.annotations?.[key], after.annotations?.[key]);
    if (change) changes.push({ part: 'annotation', key, ...change });
  }
  return changes;
}

function pushTextChange(changes: FieldChange[], part: 'title' | 'description', before: string | undefined, after: string | undefined, limit: number): void {
  if (before === after) return;
  if (before === undefined) changes.push({ part, change: 'added', after: clip(after!, limit) });
  else if (after === undefined) changes.push({ part, change: 'removed', before: clip(before, limit) });
  else changes.push({ part, change: 'changed', ...excerptsAroundDifference(before, after, limit) });
}

function schemasToFieldChanges(before: NonNullable<ComparedTool['inputSchema']>, after: NonNullable<ComparedTool['inputSchema']>): FieldChange[] {
  const changes: FieldChange[] = [];
  const oldProperties = asRecord(before.properties);
  const newProperties = asRecord(after.properties);
  for (const key of unionOfKeys(oldProperties, newProperties)) {
    const had = Object.hasOwn(oldProperties, key);
    const has = Object.hasOwn(newProperties, key);
    if (!had) changes.push({ part: 'property', key, change: 'added', after: propertyToSummary(newProperties[key]) });
    else if (!has) changes.push({ part: 'property', key, change: 'removed', before: propertyToSummary(oldProperties[key]) });
    else if (toCanonicalJson(oldProperties[key]) !== toCanonicalJson(newProperties[key])) {
      const [oldType, newType] = [schemaToTypeText(oldProperties[key]), schemaToTypeText(newProperties[key])];
      if (oldType !== newType) changes.push({ part: 'property', key, change: 'retyped', before: oldType, after: newType });
      else changes.push({ part: 'property', key, change: 'changed', ...excerptsAroundDifference(toCanonicalJson(oldProperties[key]), toCanonicalJson(newProperties[key]), EXCERPT_CHARACTERS) });
    }
  }
  const oldRequired = stringsOf(before.required);
  const newRequired = stringsOf(after.required);
  for (const key of newRequired) if (!oldRequired.includes(key)) changes.push({ part: 'required', key, change: 'added' });
  for (const key of oldRequired) if (!newRequired.includes(key)) changes.push({ part: 'required', key, change: 'removed' });
  if (changes.every((c) => c.part !== 'required') && toCanonicalJson(before.required ?? []) !== toCanonicalJson(after.required ?? [])) {
    changes.push({ part: 'required', change: 'changed', before: oldRequired.join(', '), after: newRequired.join(', ') });
  }
  for (const key of unionOfKeys(before, after)) {
    if (key === 'properties' || key === 'required') continue;
    const change = valuesToChange(before[key], after[key]);
    if (change) changes.push({ part: 'inputSchema', key, ...change });
  }
  // `properties` that is not an object on one side: say the schema changed rather than nothing.
  if (changes.length === 0 && toCanonicalJson(before) !== toCanonicalJson(after)) {
    changes.push({ part: 'inputSchema', change: 'changed', ...excerptsAroundDifference(toCanonicalJson(before), toCanonicalJson(after), EXCERPT_CHARACTERS) });
  }
  return changes;
}

function valuesToChange(before: unknown, after: unknown): Pick<FieldChange, 'change' | 'before' | 'after'> | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined) return { change: 'added', after: clip(toCanonicalJson(after), EXCERPT_CHARACTERS) };
  if (after === undefined) return { change: 'removed', before: clip(toCanonicalJson(before), EXCERPT_CHARACTERS) };
  const [a, b] = [toCanonicalJson(before), toCanonicalJson(after)];
  return a === b ? undefined : { change: 'changed', ...excerptsAroundDifference(a, b, EXCERPT_CHARACTERS) };
}

/** A property in a few words: its type, then the start of its description (`boolean: Recurse into folders`). */
export function propertyToSummary(schema: unknown): string {
  const type = schemaToTypeText(schema);
  const description = asRecord(schema).description;
  return typeof description === 'string' && description.trim() ? clip(`${type}: ${description.trim()}`, EXCERPT_CHARACTERS) : type;
}

/** The JSON Schema type of a property as text: `string`, `string | null`, `array of number`, `enum`, `$ref`, `anyOf`, `any`. */
export function schemaToTypeText(schema: unknown): string {
  const record = asRecord(schema);
  const type = record.type;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
  if (types.length === 1 && types[0] === 'array' && record.items !== undefined) return `array of ${schemaToTypeText(record.items)}`;
  if (types.length > 0) return types.join(' | ');
  if (record.enum !== undefined) return 'enum';
  if (record.const !== undefined) return 'const';
  for (const keyword of ['$ref', 'anyOf', 'oneOf', 'allOf']) if (record[keyword] !== undefined) return keyword;
  return 'any';
}

/**
 * Both texts cut to at most `limit` characters around their first difference, so a long value
 * whose change is at its end still shows the change; `…` marks text left out.
 */
export function excerptsAroundDifference(before: string, after: string, limit: number): { before: string; after: string } {
  if (before.length <= limit && after.length <= limit) return { before, after };
  let first = 0;
  while (first < before.length && first < after.length && before[first] === after[first]) first++;
  const start = Math.max(0, first - Math.floor(limit / 4));
  return { before: clipFrom(before, start, limit), after: clipFrom(after, start, limit) };
}

/** The text cut to `limit` characters, with `…` when cut (never half a surrogate pair). */
export function clip(text: string, limit: number): string {
  return clipFrom(text, 0, limit);
}

function clipFrom(text: string, start: number, limit: number): string {
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start += 1;
  const lead = start > 0 ? '…' : '';
  const room = limit - lead.length;
  const rest = text.slice(start);
  if (rest.length <= room) return `${lead}${rest}`;
  let end = room - 1;
  if (/[\ud800-\udbff]/.test(rest[end - 1] ?? '')) end -= 1;
  return `${lead}${rest.slice(0, end)}…`;
}

function unionOfKeys(a: object, b: object): string[] {
  const keys = Object.keys(b);
  for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) keys.push(key);
  return keys;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
