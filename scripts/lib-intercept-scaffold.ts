/**
 * Reads an Intercept policy scaffold (the YAML `intercept scan` writes, as published in
 * PolicyLayer/Intercept `policies/`). The facts a catalogue needs live in its comments:
 * a header (`Policy:`, `Server:`, `Homepage:`, `Tags:`), one `── <Category> Tools ──` heading
 * per category, and `#  name: description` above each tool key. The YAML itself only lists keys.
 */
import { isCategory, type Category } from '../src/lib/taxonomy.ts';

/** One tool of a scaffold, with PolicyLayer's category (the heading it sits under). */
export interface ScaffoldTool {
  name: string;
  description: string;
  category: Category;
}

/** A parsed scaffold: the server header and its tools in file order. */
export interface InterceptScaffold {
  server: { name: string; repository?: string; homepage?: string; tags: string[] };
  tools: ScaffoldTool[];
}

const HEADER_FIELD = /^#\s+(Policy|Server|Homepage|Tags):\s*(.*?)\s*$/;
const CATEGORY_HEADING = /^\s*#\s+─+\s*(\w+) Tools\s*─*\s*$/;
const TOOL_COMMENT = /^\s+#\s+(\S+?):\s?(.*)$/;
// Tool keys sit at the first indentation level under `tools:`; names may be quoted.
const TOOL_KEY = /^ {2,4}("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'][^:]*?):\s*$/;

/** Parses scaffold text; throws with the line number when a tool sits under no category heading. */
export function parseInterceptScaffold(text: string): InterceptScaffold {
  const server: InterceptScaffold['server'] = { name: '', tags: [] };
  const tools: ScaffoldTool[] = [];
  let category: Category | undefined;
  let inTools = false;
  let pending: { name: string; description: string } | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const header = inTools ? null : HEADER_FIELD.exec(line);
    if (header) return readHeaderField(server, header[1]!, header[2]!);
    if (/^tools:\s*$/.test(line)) return void (inTools = true);
    if (!inTools) return;
    const heading = CATEGORY_HEADING.exec(line);
    if (heading) {
      if (!isCategory(heading[1]!)) throw new Error(`line ${index + 1}: unknown category heading ${JSON.stringify(heading[1])}`);
      category = heading[1];
      return;
    }
    const comment = TOOL_COMMENT.exec(line);
    if (comment) return void (pending = { name: comment[1]!, description: comment[2]!.trim() });
    const key = TOOL_KEY.exec(line);
    if (!key) return;
    const name = unquote(key[1]!);
    if (!category) throw new Error(`line ${index + 1}: tool ${JSON.stringify(name)} sits under no "── <Category> Tools ──" heading`);
    tools.push({ name, description: pending?.name === name ? pending.description : '', category });
    pending = undefined;
  });
  return { server, tools };
}

function readHeaderField(server: InterceptScaffold['server'], field: string, value: string): void {
  if (field === 'Policy') server.name = value.replace(/\s+MCP Server$/i, '');
  else if (field === 'Server') server.repository = value;
  else if (field === 'Homepage') server.homepage = value;
  else server.tags = value.split(',').map((tag) => tag.trim()).filter(Boolean);
}

function unquote(key: string): string {
  if (key.startsWith('"')) return JSON.parse(key) as string;
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trim();
}
