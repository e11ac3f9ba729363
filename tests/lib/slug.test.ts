import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameToHash, nameToSlug, namesToSlugs } from '../../src/lib/slug.ts';

const SLUG = /^[a-z0-9_-]+$/;

/** Tool names as servers report them: any string, weighted towards the characters slugs must handle. */
const toolName = fc.string({
  minLength: 1,
  maxLength: 40,
  unit: fc.oneof(fc.constantFrom('_', '-', '.', ' ', '/', 'a', 'A', 'z', '0', '\u00e9', 'e\u0301', '\u{1f600}', '\u200b'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
});

describe('nameToSlug', () => {
  test.each([
    { name: 'snake_case keeps its underscores', input: 'get_user', expected: 'get_user' },
    { name: 'kebab-case is unchanged', input: 'get-user', expected: 'get-user' },
    { name: 'camelCase is lower-cased', input: 'getUser', expected: 'getuser' },
    { name: 'dots become hyphens', input: 'github.create_issue', expected: 'github-create_issue' },
    { name: 'spaces and capitals', input: 'GitHub.Create Issue', expected: 'github-create-issue' },
    { name: 'a run of separators becomes one hyphen', input: 'a / b', expected: 'a-b' },
    { name: 'accents are dropped', input: 'Créer café', expected: 'creer-cafe' },
    { name: 'umlauts are dropped', input: 'Ünïcödé', expected: 'unicode' },
    { name: 'full-width letters become ASCII', input: 'ＡＢＣ', expected: 'abc' },
    { name: 'a ligature is split', input: 'ﬁle', expected: 'file' },
    { name: 'emoji only falls back to tool', input: '😀🚀', expected: 'tool' },
    { name: 'punctuation only falls back to tool', input: '...', expected: 'tool' },
    { name: 'leading and trailing underscores go', input: '__init__', expected: 'init' },
    { name: 'leading and trailing dots go', input: '...dots...', expected: 'dots' },
    { name: 'a trailing underscore goes', input: 'get_user_', expected: 'get_user' },
    { name: 'a zero-width space is a separator', input: 'get\u200buser', expected: 'get-user' },
  ])('$name: $input → $expected', ({ input, expected }) => {
    expect(nameToSlug(input)).toBe(expected);
  });

  test('cuts a 200-character name to at most 80 characters', () => {
    const slug = nameToSlug('a'.repeat(200));
    expect(slug).toBe('a'.repeat(80));
  });

  test('does not end a cut slug on a hyphen', () => {
    const slug = nameToSlug(`${'a'.repeat(79)}-${'b'.repeat(100)}`);
    expect(slug).toBe('a'.repeat(79));
  });

  test('always gives a non-empty slug of a-z 0-9 _ - of at most 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const slug = nameToSlug(name);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slug).not.toMatch(/^[-_]|[-_]$/);
      }),
    );
  });
});

describe('nameToHash', () => {
  test.each([
    { input: '', expected: '811c9dc5' },
    { input: 'a', expected: 'e40c292c' },
    { input: 'foobar', expected: 'bf9cf968' },
  ])('is FNV-1a 32-bit: "$input" → $expected', ({ input, expected }) => {
    expect(nameToHash(input)).toBe(expected);
  });
});

describe('namesToSlugs', () => {
  test('gives get_user, get-user and Get_User distinct slugs', () => {
    const slugs = namesToSlugs(['get_user', 'get-user', 'Get_User']);
    expect(Object.fromEntries(slugs)).toEqual({
      'get-user': 'get-user',
      get_user: 'get_user',
      // Fixed forever: the suffix is the FNV-1a hash of the exact name, so the URL never moves.
      Get_User: 'get_user-ce887cdb',
    });
  });

  test('lets the name that is its own slug keep it and suffixes the others with 8 hex digits', () => {
    const slugs = namesToSlugs(['Get.User', 'get user', 'GET USER', 'get-user']);
    expect(slugs.get('get-user')).toBe('get-user');
    for (const name of ['Get.User', 'get user', 'GET USER']) expect(slugs.get(name)).toBe(`get-user-${nameToHash(name)}`);
    expect(nameToHash('Get.User')).toMatch(/^[0-9a-f]{8}$/);
  });

  test('keeps a suffixed slug within 80 characters', () => {
    const slugs = namesToSlugs(['x'.repeat(200), 'X'.repeat(200)]);
    expect(slugs.get('X'.repeat(200))).toBe('x'.repeat(80));
    // Room is left for a `-<n>` counter after the hash.
    expect(slugs.get('x'.repeat(200))).toBe(`${'x'.repeat(68)}-${nameToHash('x'.repeat(200))}`);
    expect(slugs.get('x'.repeat(200))!.length).toBeLessThanOrEqual(80);
  });

  test('does not depend on the order the tools are listed in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(toolName, { minLength: 1, maxLength: 12 }).chain((names) => fc.tuple(fc.constant(names), fc.shuffledSubarray(names, { minLength: names.length }))),
        ([names, shuffled]) => {
          expect(Object.fromEntries(namesToSlugs(shuffled))).toEqual(Object.fromEntries(namesToSlugs(names)));
        },
      ),
    );
  });

  test('gives the same slugs on every call', () => {
    const names = ['get_user', 'Get_User', 'GET_USER', 'get.user'];
    expect(Object.fromEntries(namesToSlugs(names))).toEqual(Object.fromEntries(namesToSlugs([...names])));
  });

  test('gives every name a distinct slug of a-z 0-9 _ -', () => {
    fc.assert(
      fc.property(fc.uniqueArray(toolName, { maxLength: 15 }), (names) => {
        const slugs = namesToSlugs(names);
        expect([...slugs.keys()].sort()).toEqual([...names].sort());
        expect(new Set(slugs.values()).size).toBe(names.length);
        for (const slug of slugs.values()) {
          expect(slug).toMatch(SLUG);
          expect(slug.length).toBeLessThanOrEqual(80);
        }
      }),
    );
  });

  test('gives a crafted name that equals another name’s suffixed slug its own URL, whatever the order', () => {
    for (const names of [['get_user', 'Get_User', 'get_user-ce887cdb'], ['get_user-ce887cdb', 'Get_User', 'get_user']]) {
      const slugs = namesToSlugs(names);
      expect(slugs.get('get_user-ce887cdb')).toBe('get_user-ce887cdb');
      expect(slugs.get('Get_User')).toBe('get_user-ce887cdb-2');
      expect(new Set(slugs.values()).size).toBe(3);
    }
  });
});
