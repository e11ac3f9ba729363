import { nameToWords } from '../classifier/words.ts';
import type { InputSchema } from '../schemas/tool.ts';

/**
 * Plausible argument values for example calls, from an argument's name and JSON Schema only. They
 * are our own words (`example`, `https://example.com/`), never a server's text, except an enum value
 * or a declared default, which the schema itself offers.
 */

const MAX_SCHEMA_STRING = 60;
const CODE_NAMES = new Set(['code', 'script', 'function', 'expression', 'javascript', 'js', 'snippet', 'code_snippet', 'script_content', 'init_script', 'source_code', 'function_body']);

/** A value for one argument of the schema; `undefined` when the schema has no such argument. */
export function sampleArgument(schema: InputSchema, name: string): unknown {
  const properties = schema.properties ?? {};
  if (!Object.hasOwn(properties, name)) return undefined;
  return sampleValue(name, asRecord(properties[name]), 0);
}

/** Values for every required argument, in schema order. */
export function sampleRequiredArguments(schema: InputSchema): Record<string, unknown> {
  const properties = schema.properties ?? {};
  // Object.fromEntries defines own properties, so an argument named "__proto__" is a key like any other.
  return Object.fromEntries([...new Set(schema.required ?? [])].filter((name) => Object.hasOwn(properties, name)).map((name) => [name, sampleValue(name, asRecord(properties[name]), 0)]));
}

function sampleValue(name: string, property: Record<string, unknown>, depth: number): unknown {
  if (Array.isArray(property.enum) && property.enum.length > 0 && isScalar(property.enum[0])) return property.enum[0];
  if ('const' in property && isScalar(property.const)) return property.const;
  if ('default' in property && isScalar(property.default) && !(typeof property.default === 'string' && property.default.length > MAX_SCHEMA_STRING)) return property.default;
  const type = firstType(property);
  switch (type) {
    case 'integer':
    case 'number':
      return typeof property.minimum === 'number' && property.minimum > 1 ? property.minimum : 1;
    case 'boolean':
      return false;
    case 'array': {
      const items = asRecord(property.items);
      if (depth > 1 || Object.keys(items).length === 0) return [];
      const singular = name.replace(/(ies)$/, 'y').replace(/s$/, '');
      return [sampleValue(singular, items, depth + 1)];
    }
    case 'object':
      return depth > 1 ? {} : sampleObject(property, depth + 1);
    case 'null':
      return null;
    default:
      return sampleString(name);
  }
}

function sampleObject(property: Record<string, unknown>, depth: number): Record<string, unknown> {
  const properties = asRecord(property.properties);
  const required = Array.isArray(property.required) ? property.required.filter((r): r is string => typeof r === 'string') : [];
  return Object.fromEntries(required.filter((r) => Object.hasOwn(properties, r)).map((r) => [r, sampleValue(r, asRecord(properties[r]), depth)]));
}

/** A string that reads as the argument's kind: a URL, a path, an id, an email address, a date. */
function sampleString(name: string): string {
  const words = nameToWords(name);
  const last = words[words.length - 1] ?? '';
  if (CODE_NAMES.has(words.join('_'))) return '() => document.title';
  if (words.some((w) => ['url', 'uri', 'href', 'link', 'endpoint', 'webhook'].includes(w))) return 'https://example.com/';
  if (words.some((w) => ['path', 'file', 'filename', 'dir', 'directory', 'folder'].includes(w))) return 'docs/notes.md';
  if (words.includes('email')) return 'ada@example.com';
  if (last === 'currency') return 'usd';
  if (['id', 'uid', 'ref', 'key', 'sha', 'uuid'].includes(last)) return 'abc123';
  if (['date', 'day', 'time', 'timestamp', 'since', 'until', 'start', 'end'].includes(last)) return '2025-01-15';
  if (['query', 'q', 'search', 'term', 'keyword', 'keywords', 'prompt', 'text', 'message', 'body', 'content', 'comment'].includes(last)) return 'example';
  if (['owner', 'org', 'organization', 'user', 'username', 'author'].includes(last)) return 'octocat';
  if (['repo', 'repository', 'project', 'name', 'title', 'slug'].includes(last)) return 'example';
  return 'example';
}

function firstType(property: Record<string, unknown>): string | undefined {
  const type = property.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null') ?? (type.includes('null') ? 'null' : undefined);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = property[key];
    if (Array.isArray(options)) {
      const first = options.map(asRecord).find((o) => firstType(o) !== 'null');
      if (first) return firstType(first);
    }
  }
  return undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
