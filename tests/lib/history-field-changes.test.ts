import { describe, expect, test } from 'vitest';
import { fieldChangeToPhrase, fieldChangeToSentence } from '../../src/lib/history/change-text.ts';
import { clip, DESCRIPTION_CHARACTERS, excerptsAroundDifference, schemaToTypeText, toolsToFieldChanges, type ComparedTool } from '../../src/lib/history/field-changes.ts';

const base: ComparedTool = {
  title: 'List a folder',
  description: 'Lists the files in a folder.',
  inputSchema: { type: 'object', properties: { path: { type: 'string', description: 'The folder' }, depth: { type: 'number' } }, required: ['path'] },
  annotations: { readOnlyHint: true },
};
const phrases = (after: ComparedTool, before = base) => toolsToFieldChanges(before, after).map(fieldChangeToPhrase);

describe('toolsToFieldChanges', () => {
  test('finds nothing between equal definitions, whatever their key order', () => {
    expect(toolsToFieldChanges(base, { annotations: { readOnlyHint: true }, inputSchema: { required: ['path'], properties: { depth: { type: 'number' }, path: { description: 'The folder', type: 'string' } }, type: 'object' }, description: base.description, title: base.title })).toEqual([]);
  });

  test('a changed description keeps both texts in full for a word diff', () => {
    expect(toolsToFieldChanges(base, { ...base, description: 'Lists the files in a folder, recursively.' })).toEqual([
      { part: 'description', change: 'changed', before: 'Lists the files in a folder.', after: 'Lists the files in a folder, recursively.' },
    ]);
  });

  test.each<{ name: string; after: ComparedTool; expected: string[] }>([
    { name: 'an argument added', after: { ...base, inputSchema: { ...base.inputSchema, properties: { ...base.inputSchema!.properties, recursive: { type: 'boolean' } } } }, expected: ['argument "recursive" added'] },
    { name: 'an argument removed', after: { ...base, inputSchema: { ...base.inputSchema, properties: { path: { type: 'string', description: 'The folder' } } } }, expected: ['argument "depth" removed'] },
    { name: 'an argument retyped', after: { ...base, inputSchema: { ...base.inputSchema, properties: { ...base.inputSchema!.properties, depth: { type: 'string' } } } }, expected: ['argument "depth" retyped'] },
    { name: "an argument's description changed", after: { ...base, inputSchema: { ...base.inputSchema, properties: { ...base.inputSchema!.properties, path: { type: 'string', description: 'Any folder' } } } }, expected: ['argument "path" changed'] },
    { name: 'the required list grown and shrunk', after: { ...base, inputSchema: { ...base.inputSchema, required: ['depth'] } }, expected: ['argument "depth" now required', 'argument "path" no longer required'] },
    { name: 'a name appended to the required list', after: { ...base, inputSchema: { ...base.inputSchema, required: ['path', 'depth'] } }, expected: ['argument "depth" now required'] },
    { name: 'a schema keyword added', after: { ...base, inputSchema: { ...base.inputSchema, additionalProperties: false } }, expected: ['schema keyword "additionalProperties" added'] },
    { name: 'an annotation flipped and one added', after: { ...base, annotations: { readOnlyHint: false, destructiveHint: true } }, expected: ['annotation "readOnlyHint" changed', 'annotation "destructiveHint" added'] },
    { name: 'the title removed', after: { ...base, title: undefined }, expected: ['title removed'] },
  ])('$name', ({ after, expected }) => {
    expect(phrases(after)).toEqual(expected);
  });

  test('says only that the order changed when required holds the same names in another order', () => {
    const before = { ...base, inputSchema: { ...base.inputSchema, required: ['path', 'depth'] } };
    expect(phrases({ ...base, inputSchema: { ...base.inputSchema, required: ['depth', 'path'] } }, before)).toEqual(['order of required arguments changed']);
  });

  test('an added argument carries its type and description; a retyped one both types', () => {
    const after = { ...base, inputSchema: { ...base.inputSchema, properties: { path: { type: 'array', items: { type: 'string' } }, depth: { type: 'number' }, recursive: { type: 'boolean', description: 'Recurse into sub-folders' } } } };
    expect(toolsToFieldChanges(base, after)).toEqual([
      { part: 'property', key: 'path', change: 'retyped', before: 'string', after: 'array of string' },
      { part: 'property', key: 'recursive', change: 'added', after: 'boolean: Recurse into sub-folders' },
    ]);
  });

  test('keeps a property named __proto__ as an ordinary argument', () => {
    const properties = JSON.parse('{"__proto__": {"type": "string"}}') as Record<string, unknown>;
    expect(toolsToFieldChanges({ inputSchema: { type: 'object' } }, { inputSchema: { type: 'object', properties } })).toEqual([{ part: 'property', key: '__proto__', change: 'added', after: 'string' }]);
  });

  test('cuts a description past 4,000 characters around the first difference, so the change stays in view', () => {
    const long = 'word '.repeat(2_000);
    const [change] = toolsToFieldChanges({ description: `${long}old ending` }, { description: `${long}new ending` });
    expect(change!.before!.length).toBeLessThanOrEqual(DESCRIPTION_CHARACTERS);
    expect(change!.before).toMatch(/^….*old ending$/);
    expect(change!.after).toMatch(/^….*new ending$/);
  });
});

describe('excerpts and types', () => {
  test('clip never leaves half an emoji', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(excerptsAroundDifference('😀'.repeat(100) + 'x', '😀'.repeat(100) + 'y', 20).before).not.toMatch(/^…[\udc00-\udfff]/);
  });

  test.each([
    { schema: { type: 'string' }, expected: 'string' },
    { schema: { type: ['string', 'null'] }, expected: 'string | null' },
    { schema: { type: 'array', items: { type: 'number' } }, expected: 'array of number' },
    { schema: { enum: ['a', 'b'] }, expected: 'enum' },
    { schema: { anyOf: [{ type: 'string' }] }, expected: 'anyOf' },
    { schema: {}, expected: 'any' },
  ])('the type of $schema reads $expected', ({ schema, expected }) => {
    expect(schemaToTypeText(schema)).toBe(expected);
  });

  test('a sentence quotes values as JSON strings, so quotes and line breaks stay visible', () => {
    expect(fieldChangeToSentence({ part: 'annotation', key: 'title', change: 'changed', before: 'a "b"', after: 'c\nd' })).toBe('annotation "title" changed: "a \\"b\\"" → "c\\nd"');
  });
});
