import { quoteValue } from '../../src/lib/content-errors.ts';

/** Thrown when the listing cannot be stored; carries one line per problem. */
export class ToolListError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`the server's tool list cannot be stored: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.problems = problems;
  }
}

/**
 * Checks the raw tools before anything is built, so a broken server gets one plain line per
 * problem (which tool, which field, what came) instead of a schema dump, and nothing is written:
 * a tool that is not an object, has no name, a description that is not text, an input schema
 * that is not an object schema, a name used twice.
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool
 */
export function checkRawTools(tools: readonly unknown[]): string[] {
  const problems: string[] = [];
  const firstIndexByName = new Map<string, number>();
  tools.forEach((tool, index) => {
    if (!isRecord(tool)) return void problems.push(`tools[${index}]: expected a tool object, got ${describe(tool)}`);
    const name = tool.name;
    const at = typeof name === 'string' && name !== '' ? `tools[${index}] ${quoteValue(name)}` : `tools[${index}]`;
    if (typeof name !== 'string' || name === '') problems.push(`${at}: name: expected a non-empty string, got ${describe(name)}`);
    else if (firstIndexByName.has(name)) problems.push(`${at}: name: used twice, first by tools[${firstIndexByName.get(name)}]`);
    else firstIndexByName.set(name, index);
    for (const field of ['title', 'description'] as const) {
      if (tool[field] !== undefined && typeof tool[field] !== 'string') problems.push(`${at}: ${field}: expected a string, got ${describe(tool[field])}`);
    }
    const schema = tool.inputSchema;
    if (!isRecord(schema)) problems.push(`${at}: inputSchema: expected an object schema, got ${describe(schema)}`);
    else if (schema.type !== undefined && schema.type !== 'object') problems.push(`${at}: inputSchema.type: expected "object", got ${describe(schema.type)}`);
    if (tool.annotations !== undefined && !isRecord(tool.annotations)) problems.push(`${at}: annotations: expected an object, got ${describe(tool.annotations)}`);
  });
  return problems;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quoteValue(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
