import fc from 'fast-check';
import { isMap, isScalar, isSeq, parse, parseDocument, Scalar } from 'yaml';
import { describe, expect, test } from 'vitest';
import { SHELL_SAFE_PATTERN } from '../../src/lib/policy/command-patterns.ts';
import { NO_TRAVERSAL_PATTERN } from '../../src/lib/policy/patterns.ts';
import { policyToJson, policyToYaml } from '../../src/lib/policy/serialize.ts';
import type { Policy, ToolRules } from '../../src/lib/policy/types.ts';

/** Characters libyaml (Intercept's yaml.v3) would fold into a line break, or a reader would not see. */
const MUST_BE_ESCAPED = ['\u0085', '\u2028', '\u2029', '\u200b', '\u202e', '\ufeff'];
/** Characters yaml.v3 accepts in a stream: anything else makes it refuse the file. */
const NOT_PRINTABLE_FOR_LIBYAML = /[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** A policy that puts one string everywhere a server's text can reach: tool name, hide, rule name, on_deny, enum values. */
function policyWith(text: string): Policy {
  return {
    version: '1',
    description: `Recommended policy for the tool ${JSON.stringify(text)}`,
    default: 'deny',
    hide: [text],
    tools: Object.fromEntries<ToolRules>([
      [text, { rules: [{ name: text, rate_limit: '5/minute', on_deny: text }, { name: 'declared values', conditions: [{ path: 'args.kind', op: 'in', value: [text, 'plain'] }, { path: 'args.mode', op: 'eq', value: text }], on_deny: `${text} is not allowed` }] }],
      ['read_file', { rules: [] }],
    ]),
  };
}

/** The key nodes of the `tools` mapping, as the YAML parser saw them. */
function toolKeyNodes(yaml: string): Scalar[] {
  const tools = parseDocument(yaml).get('tools', true);
  if (!isMap(tools)) throw new Error('tools is not a mapping');
  return tools.items.map((pair) => {
    if (!isScalar(pair.key)) throw new Error('a tool key is not a scalar');
    return pair.key;
  });
}

const hostileNames = [
  { name: 'a colon and space', text: 'a: b' },
  { name: 'a leading #', text: '#x' },
  { name: 'a leading * (alias)', text: '*y' },
  { name: 'a leading & (anchor)', text: '&a' },
  { name: 'a tag', text: '!!str' },
  { name: 'a leading "- "', text: '- lead' },
  { name: 'a leading "? "', text: '? q' },
  { name: 'the merge key <<', text: '<<' },
  { name: 'yes (a YAML 1.1 boolean)', text: 'yes' },
  { name: 'null', text: 'null' },
  { name: 'a float 1e3', text: '1e3' },
  { name: 'double quotes', text: '"q"' },
  { name: 'an apostrophe', text: "it's" },
  { name: 'a backslash', text: 'back\\slash' },
  { name: 'a newline', text: 'line\nbreak' },
  { name: 'a tab', text: 'tab\there' },
  { name: 'a leading space', text: ' lead' },
  { name: 'a trailing space', text: 'trail ' },
  { name: 'a zero-width space', text: 'get\u200buser' },
  { name: 'a right-to-left override', text: 'txt\u202eexe.sh' },
  { name: 'NEL U+0085', text: 'a\u0085b' },
  { name: 'a line separator U+2028', text: 'a\u2028b' },
  { name: 'a paragraph separator U+2029', text: 'a\u2029b' },
  { name: 'a byte order mark', text: '\ufeffname' },
  { name: 'an emoji', text: 'rocket_\u{1f680}' },
  { name: '__proto__', text: '__proto__' },
  { name: 'a document start ---', text: '---' },
  { name: 'a document end ...', text: '...' },
  { name: 'a directive %YAML', text: '%YAML 1.1' },
  { name: 'flow indicators', text: '{a: [b, c]}' },
  { name: 'a block scalar indicator', text: '|' },
  { name: 'a 100-character name', text: 'n'.repeat(100) },
  { name: 'a 2,000-character name with spaces', text: 'word '.repeat(400) },
];

describe('policyToYaml with a hostile tool name', () => {
  test.each(hostileNames)('parses back to the same policy: $name', ({ text }) => {
    const policy = policyWith(text);
    const back = parse(policyToYaml(policy));
    expect(back).toEqual(policy);
    expect(Object.keys(back.tools)).toEqual([text, 'read_file']);
    expect(Object.hasOwn(back.tools, text)).toBe(true);
  });

  test.each(hostileNames)('double-quotes the key and the hide entry: $name', ({ text }) => {
    const yaml = policyToYaml(policyWith(text));
    expect(toolKeyNodes(yaml).map((key) => key.type)).toEqual([Scalar.QUOTE_DOUBLE, Scalar.QUOTE_DOUBLE]);
    const hide = parseDocument(yaml).get('hide', true);
    expect(isSeq(hide) && isScalar(hide.items[0]) ? hide.items[0].type : undefined).toBe(Scalar.QUOTE_DOUBLE);
  });

  test.each(hostileNames)('writes no raw line-folding or invisible character: $name', ({ text }) => {
    const yaml = policyToYaml(policyWith(text));
    for (const char of MUST_BE_ESCAPED) expect(yaml).not.toContain(char);
    expect(yaml).not.toMatch(NOT_PRINTABLE_FOR_LIBYAML);
  });
});

describe('policyToYaml', () => {
  test.each([' \n', '  \n', 'deny\n \nretry', '\t\n'])('keeps a line of spaces alone in a multi-line string (%j), which a block scalar would drop', (text) => {
    const policy: Policy = { version: '1', tools: { x: { rules: [{ name: 'r', on_deny: text }] } } };
    expect(parse(policyToYaml(policy))).toEqual(policy);
  });

  test('double-quotes even a plain tool name', () => {
    expect(policyToYaml({ version: '1', tools: { get_user: { rules: [] } } })).toBe('version: "1"\ntools:\n  "get_user":\n    rules: []\n');
  });

  test.each([
    { name: 'zero-width space', char: '\u200b', escape: '\\u200b' },
    { name: 'right-to-left override', char: '\u202e', escape: '\\u202e' },
    { name: 'NEL', char: '\u0085', escape: '\\u0085' },
    { name: 'line separator', char: '\u2028', escape: '\\u2028' },
    { name: 'byte order mark', char: '\ufeff', escape: '\\ufeff' },
  ])('writes a $name as the escape $escape inside double quotes', ({ char, escape }) => {
    const yaml = policyToYaml({ version: '1', tools: { [`a${char}b`]: { rules: [] } } });
    expect(yaml).toContain(`"a${escape}b":`);
  });

  test('single-quotes a regex value so its backslashes stay readable', () => {
    const policy: Policy = { version: '1', tools: { read_file: { rules: [{ name: 'no traversal in path', conditions: [{ path: 'args.path', op: 'regex', value: NO_TRAVERSAL_PATTERN }] }] } } };
    const yaml = policyToYaml(policy);
    expect(yaml).toContain(`value: '${NO_TRAVERSAL_PATTERN}'\n`);
    expect(yaml).toContain("value: '^([^.]|\\.[^.])*\\.?$'");
    expect(parse(yaml)).toEqual(policy);
  });

  test('doubles an apostrophe inside a single-quoted regex value', () => {
    const policy: Policy = { version: '1', tools: { x: { rules: [{ name: 'r', conditions: [{ path: 'args.q', op: 'regex', value: "^it's\\d$" }] }] } } };
    const yaml = policyToYaml(policy);
    expect(yaml).toContain("value: '^it''s\\d$'");
    expect(parse(yaml)).toEqual(policy);
  });

  test('keeps the shell pattern, with its backtick, newline escape and $, exact', () => {
    const policy: Policy = { version: '1', tools: { run: { rules: [{ name: 'r', conditions: [{ path: 'args.command', op: 'regex', value: SHELL_SAFE_PATTERN }] }] } } };
    expect(parse(policyToYaml(policy))).toEqual(policy);
  });

  test('puts a header comment at the top as "# " lines', () => {
    const policy: Policy = { version: '1', tools: { x: { rules: [] } } };
    const yaml = policyToYaml(policy, 'Intercept policy for Demo (1 tool).\nRun: intercept -c demo.yaml -- npx -y demo');
    expect(yaml.startsWith('# Intercept policy for Demo (1 tool).\n# Run: intercept -c demo.yaml -- npx -y demo\n')).toBe(true);
    expect(parse(yaml)).toEqual(policy);
  });

  test('keeps a header line that looks like YAML inside the comment', () => {
    const policy: Policy = { version: '1', tools: {} };
    const yaml = policyToYaml(policy, 'version: "2"\ndefault: allow');
    expect(yaml.startsWith('# version: "2"\n# default: allow\n')).toBe(true);
    expect(parse(yaml)).toEqual(policy);
  });

  test('writes nothing at the top without a header', () => {
    expect(policyToYaml({ version: '1', tools: {} }).startsWith('version: "1"\n')).toBe(true);
  });

  test('keeps __proto__ as an ordinary tool key', () => {
    const policy: Policy = { version: '1', tools: Object.fromEntries<ToolRules>([['__proto__', { rules: [{ name: 'block', action: 'deny' as const }] }]]) };
    const back = parse(policyToYaml(policy));
    expect(Object.hasOwn(back.tools, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(back.tools)).toBe(Object.prototype);
    expect(back).toEqual(policy);
  });

  // Found by review: src/lib/policy/serialize.ts (via escapeInvisible) writes a character outside the BMP, such as
  // the tag character U+E0041 used for ASCII smuggling, as two surrogate escapes "\udb40\udc41".
  // yaml.v3, which Intercept parses with, refuses any \u escape in D800–DFFF ("found invalid Unicode
  // character escape code"), so the whole policy file fails to load; YAML's form is "\U000E0041".
  test('writes an astral invisible character (tag U+E0041) as an escape yaml.v3 accepts', () => {
    const yaml = policyToYaml({ version: '1', tools: { 'read\u{e0041}': { rules: [] } } });
    expect(yaml).not.toMatch(/(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}/);
  });

  // Found by review: src/lib/policy/serialize.ts leaves a string condition value plain when YAML 1.2 (the `yaml`
  // package) reads it as a string but YAML 1.1 does not: yaml.v3 resolves `1_000` and `0b101` to the
  // ints 1000 and 5 for Intercept's `value: any`, so an `in` list of declared enum strings would no
  // longer match the string the agent sends.
  test('quotes a string value that yaml.v3 would read as a number', () => {
    const yaml = policyToYaml({ version: '1', tools: { x: { rules: [{ name: 'r', conditions: [{ path: 'args.size', op: 'in', value: ['1_000', '0b101'] }] }] } } });
    expect(yaml).not.toMatch(/^\s*- (1_000|0b101)$/m);
  });
});

describe('policyToJson', () => {
  test.each(hostileNames)('parses back to the same policy: $name', ({ text }) => {
    const policy = policyWith(text);
    const back = JSON.parse(policyToJson(policy));
    expect(back).toEqual(policy);
    expect(Object.keys(back.tools)).toEqual([text, 'read_file']);
  });

  test('indents with two spaces and ends with a newline', () => {
    expect(policyToJson({ version: '1', tools: { x: { rules: [] } } })).toBe('{\n  "version": "1",\n  "tools": {\n    "x": {\n      "rules": []\n    }\n  }\n}\n');
  });
});

/** One character, weighted towards the ones YAML and libyaml treat specially. */
const hostileChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...MUST_BE_ESCAPED, '\u202a', '\u2066', '\u00a0', '\u0000', '\u001b', '\u007f', '\u009b', '\ufffe', '\u{e0041}', '\u{1f600}', ':', '#', '-', '?', '*', '&', '!', '|', '>', '%', '@', '`', '"', "'", '\\', '{', '}', '[', ']', ',', ' ', '\t', '\n', '\r', '<', '.', 'y', '0', 'e'),
  },
);
const hostileString = fc.string({ unit: hostileChar, maxLength: 30 });

describe('policyToYaml for any strings', () => {
  test('parses back exactly, escapes line-folding and invisible characters, and keeps the tool name as the key', () => {
    fc.assert(
      fc.property(hostileString.filter((s) => s !== ''), hostileString, hostileString, fc.array(hostileString, { maxLength: 4 }), hostileString, (toolName, ruleName, onDeny, values, pattern) => {
        const policy: Policy = {
          version: '1',
          hide: [toolName],
          tools: Object.fromEntries<ToolRules>([
            [toolName, { rules: [{ name: ruleName, on_deny: onDeny, conditions: [{ path: 'args.v', op: 'in', value: values }, { path: 'args.p', op: 'regex', value: pattern }] }] }],
          ]),
        };
        const yaml = policyToYaml(policy);
        expect(parse(yaml)).toEqual(policy);
        expect(Object.keys(parse(yaml).tools)).toEqual([toolName]);
        expect(toolKeyNodes(yaml)[0]!.type).toBe(Scalar.QUOTE_DOUBLE);
        for (const char of MUST_BE_ESCAPED) expect(yaml).not.toContain(char);
        expect(yaml).not.toMatch(NOT_PRINTABLE_FOR_LIBYAML);
        expect(JSON.parse(policyToJson(policy))).toEqual(policy);
      }),
      { numRuns: 300 },
    );
  });
});
