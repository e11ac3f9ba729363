import { escapeInvisible } from '../invisible.ts';

/** One string found inside an input schema, and where. */
export interface SchemaString {
  /** Path from the tool, e.g. `inputSchema.properties.path.description`, `inputSchema.properties.mode.enum[1]`. */
  field: string;
  text: string;
  /**
   * `property-name` for the keys of `properties` (the names the model fills in), `value` for what
   * `default`, `const` and `enum` hold, `example` for `example` and `examples` (sample inputs,
   * often a user's request in the imperative), `label` for a `title`, `text` for every other string (descriptions).
   */
  role: 'property-name' | 'value' | 'example' | 'label' | 'text';
}

/** Bounds that keep a hostile schema (deep nesting, 100k properties, shared or cyclic objects) cheap to walk. */
export const SCHEMA_WALK_LIMITS = { maxDepth: 32, maxStrings: 20_000 } as const;

/**
 * Every string in a schema: property names, descriptions, titles, enum and const values,
 * defaults, examples, at any depth. Each object is visited once (so aliases and cycles end), and
 * the walk stops at the limits, saying so in `truncated`. `$ref` loops need no care: a `$ref` is
 * only a string here.
 */
export function schemaToStrings(schema: unknown, limits = SCHEMA_WALK_LIMITS): { strings: SchemaString[]; truncated: boolean } {
  const strings: SchemaString[] = [];
  const visited = new WeakSet<object>();
  let truncated = false;
  // `isPropertyMap`: the value is the object under `properties`, whose keys are names, not keywords
  // (a property may itself be called "properties"). `isValue`: inside `default`, `enum` and the like.
  const walk = (value: unknown, field: string, depth: number, isPropertyMap: boolean, isValue: false | 'value' | 'example' | 'label'): void => {
    if (strings.length >= limits.maxStrings) return void (truncated = true);
    if (typeof value === 'string') return void strings.push({ field, text: value, role: isValue || 'text' });
    if (typeof value !== 'object' || value === null || visited.has(value)) return;
    if (depth >= limits.maxDepth) return void (truncated = true);
    visited.add(value);
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${field}[${i}]`, depth + 1, false, isValue));
    for (const [key, child] of Object.entries(value)) {
      const childField = `${field}${keyToPath(key)}`;
      if (isPropertyMap) {
        if (strings.length >= limits.maxStrings) return void (truncated = true);
        strings.push({ field: childField, text: key, role: 'property-name' });
      }
      const keyword = !isPropertyMap && !isValue;
      walk(child, childField, depth + 1, keyword && (key === 'properties' || key === 'patternProperties'), isValue || (keyword ? VALUE_KEYWORDS.get(key) ?? false : false));
    }
  };
  walk(schema, 'inputSchema', 0, false, false);
  return { strings, truncated };
}

// A schema's `title` is a label, like the tool's own title: a sentence there hides where reviewers skim.
const VALUE_KEYWORDS = new Map<string, 'value' | 'example' | 'label'>([['default', 'value'], ['const', 'value'], ['enum', 'value'], ['example', 'example'], ['examples', 'example'], ['title', 'label']]);

/** `.name` for plain keys, `["a b"]` (invisible characters escaped) for anything else. */
function keyToPath(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${escapeInvisible(JSON.stringify(key))}]`;
}
