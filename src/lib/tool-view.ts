import type { Annotations, InputSchema } from './schemas/tool.ts';

/** One row of a tool's parameter table. */
export interface Parameter {
  name: string;
  type: string;
  required: boolean;
  description: string;
  enumValues: string[];
}

const MAX_PARAMETERS_SHOWN = 100;

/** The parameters a tool declares, in schema order, with a readable type; at most 100 (the rest counted). */
export function schemaToParameters(schema: InputSchema): { parameters: Parameter[]; hidden: number; acceptsAnything: boolean } {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {});
  const parameters = entries.slice(0, MAX_PARAMETERS_SHOWN).map(([name, raw]) => {
    const property = asRecord(raw);
    return {
      name,
      type: propertyToType(property),
      required: required.has(name),
      description: typeof property.description === 'string' ? property.description : '',
      enumValues: Array.isArray(property.enum) ? property.enum.slice(0, 50).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v))) : [],
    };
  });
  const acceptsAnything = entries.length === 0 && schema.additionalProperties !== false;
  return { parameters, hidden: Math.max(0, entries.length - MAX_PARAMETERS_SHOWN), acceptsAnything };
}

/** A JSON Schema property's type in words: `string`, `array of string`, `string | null`, `object (ref #/$defs/X)`. */
export function propertyToType(property: Record<string, unknown>, depth = 0): string {
  if (depth > 3) return 'any';
  const type = property.type;
  if (typeof type === 'string') {
    if (type === 'array') {
      const items = asRecord(property.items);
      return Object.keys(items).length > 0 ? `array of ${propertyToType(items, depth + 1)}` : 'array';
    }
    return type;
  }
  if (Array.isArray(type)) return type.filter((t) => typeof t === 'string').join(' | ') || 'any';
  if (typeof property.$ref === 'string') return `ref ${property.$ref.slice(0, 60)}`;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = property[key];
    if (Array.isArray(options)) return [...new Set(options.map((o) => propertyToType(asRecord(o), depth + 1)))].join(key === 'allOf' ? ' & ' : ' | ');
  }
  if (Array.isArray(property.enum)) return 'enum';
  return 'any';
}

/** The MCP annotation hints with the specification's defaults applied, and whether each was stated. */
export function annotationsToHints(annotations: Annotations | undefined): { name: string; value: boolean; stated: boolean }[] {
  const defaults = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true } as const;
  return (Object.keys(defaults) as (keyof typeof defaults)[]).map((name) => {
    const stated = typeof annotations?.[name] === 'boolean';
    return { name, value: stated ? (annotations![name] as boolean) : defaults[name], stated };
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
