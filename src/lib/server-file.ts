import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument, stringify } from 'yaml';
import { ContentFileError, quoteValue, zodIssuesToLines } from './content-errors.ts';
import { ServerSchema, type Server, type ServerInput } from './schemas/server.ts';

/**
 * Parses and validates the text of `content/servers/<id>.yaml`. Throws one ContentFileError that
 * lists every problem: YAML syntax, schema fields (with tool index and name), the id not matching
 * the file name, duplicate tool names.
 */
export function parseServerFile(filePath: string, text: string): Server {
  const raw = yamlToData(filePath, text);
  const toolNameAt = (index: number): unknown => (isRecord(raw) && Array.isArray(raw.tools) && isRecord(raw.tools[index]) ? raw.tools[index].name : undefined);
  const result = ServerSchema.safeParse(raw, { reportInput: true });
  const problems = result.success ? [] : zodIssuesToLines(result.error.issues, toolNameAt);
  const expectedId = fileNameToId(filePath);
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== expectedId) {
    problems.push(`id: expected ${quoteValue(expectedId)} (the file name), got ${quoteValue(raw.id)}`);
  }
  if (result.success) problems.push(...duplicateToolNameProblems(result.data));
  if (problems.length > 0 || !result.success) throw new ContentFileError(filePath, problems);
  return result.data;
}

/**
 * Reads a file's YAML. js-yaml with the core schema (YAML 1.2 scalars: `yes` and dates stay strings,
 * duplicate keys are errors, a `__proto__` key stays an own key) is ~10x faster than the `yaml`
 * library, which matters at tens of thousands of tools; when it refuses a file, the `yaml` library
 * words the errors, with line and column.
 */
function yamlToData(filePath: string, text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: filePath });
  } catch (cause) {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    const problems = doc.errors.map((e) => `not valid YAML: ${e.message.split('\n')[0]}`);
    throw new ContentFileError(filePath, problems.length > 0 ? problems : [`not valid YAML: ${String((cause as Error).message).split('\n')[0]}`]);
  }
}

/** Serialises a server to the YAML we store: stable key order, strings quoted where YAML needs it. */
export function serverToYaml(server: ServerInput): string {
  return stringify(server, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The id a file must carry: its base name without `.yaml`. */
export function fileNameToId(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.ya?ml$/i, '');
}

function duplicateToolNameProblems(server: Server): string[] {
  const firstIndexByName = new Map<string, number>();
  const problems: string[] = [];
  server.tools.forEach((tool, index) => {
    const first = firstIndexByName.get(tool.name);
    if (first === undefined) firstIndexByName.set(tool.name, index);
    else problems.push(`tools[${index}] ${quoteValue(tool.name)}: name: expected a unique tool name, already used by tools[${first}]`);
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
