import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ContentFileError } from '../../src/lib/content-errors.ts';
import { fileNameToId, parseServerFile, serverToYaml } from '../../src/lib/server-file.ts';

const FILE = 'content/servers/demo.yaml';

/** The smallest valid server file; each malformed case below changes one thing in it. */
const VALID = `id: demo
name: Demo
run:
  command: npx -y demo-mcp
source:
  kind: live-import
  date: "2025-01-15"
tools:
  - name: list_items
    inputSchema:
      type: object
  - name: get_item
    description: Reads one item.
    inputSchema:
      type: object
      properties:
        id: { type: string }
      required: [id]
  - name: get_user
    inputSchema: { type: object }
`;

/** Replaces one exact piece of the valid file, failing loudly if the piece is not there. */
function edit(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return VALID.replace(from, to);
}

/** The ContentFileError a call throws. */
function contentError(run: () => unknown): ContentFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentFileError) return error;
    throw error;
  }
  throw new Error('expected a ContentFileError, but the file parsed');
}

const malformed = [
  { name: 'a missing run', file: FILE, text: edit('run:\n  command: npx -y demo-mcp\n', ''), problem: 'run: expected object, but the field is missing' },
  { name: 'a run without its command', file: FILE, text: edit('  command: npx -y demo-mcp\n', '  npm: demo-mcp\n'), problem: 'run.command: expected string, but the field is missing' },
  { name: 'tools as a mapping', file: FILE, text: VALID.replace(/tools:[\s\S]*/, 'tools: {}\n'), problem: 'tools: expected array, got {}' },
  { name: 'a number as the name', file: FILE, text: edit('name: Demo', 'name: 3'), problem: 'name: expected string, got 3' },
  { name: 'a misspelt field in a tool', file: FILE, text: edit('description: Reads', 'descripton: Reads'), problem: 'tools[1] "get_item": unknown field "descripton"' },
  { name: 'a tool with an empty name', file: FILE, text: edit('- name: list_items', '- name: ""'), problem: 'tools[0]: name: expected a non-empty tool name, got ""' },
  { name: 'a tool without a name', file: FILE, text: edit('- name: get_user\n    inputSchema', '- inputSchema'), problem: 'tools[2]: name: expected string, but the field is missing' },
  {
    name: 'an input schema of type string',
    file: FILE,
    text: edit('inputSchema: { type: object }', 'inputSchema: { type: string }'),
    problem: 'tools[2] "get_user": inputSchema.type: expected "object" (MCP requires an object schema at the root), got "string"',
  },
  { name: 'a duplicate tool name', file: FILE, text: `${VALID}  - name: get_item\n    inputSchema: { type: object }\n`, problem: 'tools[3] "get_item": name: expected a unique tool name, already used by tools[1]' },
  { name: 'an id that is not the file name', file: 'content/servers/other.yaml', text: VALID, problem: 'id: expected "other" (the file name), got "demo"' },
  { name: 'an impossible date', file: FILE, text: edit('"2025-01-15"', '2025-13-45'), problem: 'source.date: expected a date as YYYY-MM-DD, got "2025-13-45"' },
  { name: 'an unknown source kind', file: FILE, text: edit('kind: live-import', 'kind: scraped'), problem: 'source.kind: ' },
  { name: 'an unclosed quote', file: FILE, text: edit('name: Demo', 'name: "Demo'), problem: /^not valid YAML: Missing closing "quote at line 2, column \d+/ },
  { name: 'an unclosed flow sequence', file: FILE, text: `${VALID}tags: [a, b\n`, problem: /^not valid YAML: .*\] at line \d+/ },
  { name: 'a duplicate YAML key', file: FILE, text: edit('name: Demo', 'name: Demo\nname: Other'), problem: /^not valid YAML: Map keys must be unique at line 3/ },
  { name: 'a tool name with an invisible character, shown escaped', file: FILE, text: `${edit('inputSchema: { type: object }', 'inputSchema: { type: string }').replace('- name: get_user', '- name: "get\\u200buser"')}`, problem: 'tools[2] "get\\u200buser": inputSchema.type' },
];

describe('parseServerFile rejects', () => {
  test.each(malformed)('$name, with one problem naming the file and the field', ({ file, text, problem }) => {
    const error = contentError(() => parseServerFile(file, text));
    expect(error.name).toBe('ContentFileError');
    expect(error.file).toBe(file);
    expect(error.problems).toHaveLength(1);
    if (typeof problem === 'string') expect(error.problems[0]!.startsWith(problem)).toBe(true);
    else expect(error.problems[0]).toMatch(problem);
    expect(error.message).toBe(`${file}: ${error.problems[0]}`);
  });

  test('a file with several problems, listing each on its own line', () => {
    const text = edit('name: Demo', 'name: 3').replace('inputSchema: { type: object }', 'inputSchema: { type: string }');
    const error = contentError(() => parseServerFile(FILE, text));
    expect(error.message).toBe(
      `${FILE}: 2 problems\n  name: expected string, got 3\n  tools[2] "get_user": inputSchema.type: expected "object" (MCP requires an object schema at the root), got "string"`,
    );
  });

  test('an empty file', () => {
    expect(contentError(() => parseServerFile(FILE, '')).problems[0]).toMatch(/^\(root\): expected object/);
  });
});

describe('parseServerFile accepts', () => {
  test('a minimal file, filling in the defaults', () => {
    const server = parseServerFile(FILE, VALID);
    expect(server).toMatchObject({ id: 'demo', name: 'Demo', description: '', transport: 'stdio', tags: [], run: { command: 'npx -y demo-mcp' }, source: { kind: 'live-import', date: '2025-01-15' } });
    expect(server.tools.map((tool) => tool.name)).toEqual(['list_items', 'get_item', 'get_user']);
    expect(server.tools[1]!.inputSchema).toEqual({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
  });

  test('keeps unknown keys inside an input schema and annotations, which belong to the server', () => {
    const text = edit('inputSchema: { type: object }', 'inputSchema: { type: object, additionalProperties: false, $defs: {} }\n    annotations: { readOnlyHint: true, futureHint: 1 }');
    const tool = parseServerFile(FILE, text).tools[2]!;
    expect(tool.inputSchema).toEqual({ type: 'object', additionalProperties: false, $defs: {} });
    expect(tool.annotations).toEqual({ readOnlyHint: true, futureHint: 1 });
  });
});

describe('serverToYaml', () => {
  test('writes a file that parses back to the same server', () => {
    const server = parseServerFile(FILE, VALID);
    const yaml = serverToYaml(server);
    expect(parse(yaml)).toEqual(server);
    expect(parseServerFile(FILE, yaml)).toEqual(server);
  });

  test.each([
    { name: 'yes', tool: 'yes' },
    { name: 'null', tool: 'null' },
    { name: 'a number', tool: '1e3' },
    { name: 'a colon', tool: 'a: b' },
    { name: 'a leading space', tool: ' lead' },
    { name: 'a leading #', tool: '#x' },
    { name: 'a line separator', tool: 'a\u2028b' },
    { name: 'a zero-width space', tool: 'get\u200buser' },
  ])('keeps a tool named with $name exactly', ({ tool }) => {
    const server = parseServerFile(FILE, VALID);
    const hostile = { ...server, tools: [{ name: tool, description: '</script> & "quotes"\nsecond line', inputSchema: { type: 'object' as const } }] };
    expect(parseServerFile(FILE, serverToYaml(hostile))).toEqual(hostile);
  });
});

describe('fileNameToId', () => {
  test.each([
    { path: 'content/servers/github.yaml', expected: 'github' },
    { path: 'content/servers/github.yml', expected: 'github' },
    { path: 'C:\\catalogue\\content\\servers\\brave-search.yaml', expected: 'brave-search' },
    { path: 'demo.YAML', expected: 'demo' },
  ])('$path → $expected', ({ path, expected }) => {
    expect(fileNameToId(path)).toBe(expected);
  });
});
