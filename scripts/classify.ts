/**
 * Classifies the tools of an MCP tools/list result by the catalogue's rubric.
 * Run: npm run --silent classify -- <file>, where the file holds `{"tools": [...]}` or a JSON array
 * of tools. Prints a JSON array, one `{name, category, risk, confidence, evidence}` per tool, in
 * input order. Lenient about tools (missing description, annotations or inputSchema, extra fields),
 * strict about the list (not JSON, no tools array, a tool without a string name: exit 1).
 */
import { readFileSync } from 'node:fs';
import { classifyTool } from '../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../src/lib/classifier/server-context.ts';
import type { Tool } from '../src/lib/schemas/tool.ts';

const USAGE = 'usage: npm run --silent classify -- <tools.json>   (a tools/list result {"tools": [...]} or a JSON array of tools)';

/** A file that is not a list of tools; the message names the file and what is wrong. */
export class NotAToolListError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The tools in a parsed file, normalised for the classifier; throws listing every tool without a string name. */
export function jsonToTools(file: string, json: unknown): Tool[] {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.tools) ? json.tools : undefined;
  const where = Array.isArray(json) ? '' : 'tools';
  if (!list) throw new NotAToolListError(`${file}: expected a JSON array of tools or an object with a "tools" array, got ${describe(json)}`);
  const problems = list.flatMap((raw, i) => {
    const path = `${where}[${i}]`;
    if (!isObject(raw)) return [`${path}: expected a tool object, got ${describe(raw)}`];
    return typeof raw.name === 'string' && raw.name.length > 0 ? [] : [`${path}.name: expected a non-empty string, got ${describe(raw.name)}`];
  });
  if (problems.length > 0) throw new NotAToolListError(`${file}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; … ${problems.length - 5} more` : ''}`);
  return (list as Json[]).map(rawToTool);
}

/** Keeps what the classifier reads; anything malformed inside a tool is dropped rather than fatal. */
function rawToTool(raw: Json): Tool {
  const schema = isObject(raw.inputSchema) ? raw.inputSchema : {};
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : undefined;
  const annotations = isObject(raw.annotations) ? raw.annotations : undefined;
  return {
    name: raw.name as string,
    title: typeof raw.title === 'string' ? raw.title : undefined,
    description: typeof raw.description === 'string' ? raw.description : undefined,
    inputSchema: { type: 'object', properties, required },
    annotations: annotations && {
      title: typeof annotations.title === 'string' ? annotations.title : undefined,
      readOnlyHint: typeof annotations.readOnlyHint === 'boolean' ? annotations.readOnlyHint : undefined,
      destructiveHint: typeof annotations.destructiveHint === 'boolean' ? annotations.destructiveHint : undefined,
      idempotentHint: typeof annotations.idempotentHint === 'boolean' ? annotations.idempotentHint : undefined,
      openWorldHint: typeof annotations.openWorldHint === 'boolean' ? annotations.openWorldHint : undefined,
    },
  };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object without a "tools" array' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

function main(argv: string[]): void {
  if (argv.length !== 1 || argv[0] === '--help') throw new NotAToolListError(USAGE);
  const file = argv[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new NotAToolListError(`${file}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new NotAToolListError(`${file}: not valid JSON (${(cause as Error).message})`);
  }
  const tools = jsonToTools(file, json);
  // The file is one server's tools/list: wording every tool repeats is the server's, not a call's.
  const serverContext = toolsToServerContext(tools);
  const verdicts = tools.map((tool) => {
    const { category, risk, confidence, evidence } = classifyTool(tool, serverContext);
    return { name: tool.name, category, risk, confidence, evidence };
  });
  process.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof NotAToolListError ? 1 : 2);
  }
}
