import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toScriptJson } from '../../src/lib/json-ld.ts';

/** What must not appear raw inside `<script type="application/ld+json">`. */
const UNSAFE = /[<>&\u2028\u2029]/;

const hostile = {
  '@context': 'https://schema.org',
  '@type': 'SoftwareApplication',
  name: 'evil</script><script>alert(1)</script>',
  description: 'opens a comment <!-- and closes --> one; Tom & Jerry; line\u2028separator and paragraph\u2029separator',
  keywords: ['</SCRIPT>', '<![CDATA[', '&amp;', 'a > b'],
  nested: { deeper: { text: '<img src=x onerror=alert(1)>' } },
};

describe('toScriptJson', () => {
  test('writes no <, >, &, U+2028 or U+2029 for strings that would break out of a script element', () => {
    const text = toScriptJson(hostile);
    expect(text).not.toMatch(UNSAFE);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
  });

  test('escapes each unsafe character as its \\u sequence', () => {
    expect(toScriptJson({ s: '</script>&\u2028\u2029' })).toBe('{"s":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
  });

  test('parses back to exactly the same object', () => {
    expect(JSON.parse(toScriptJson(hostile))).toEqual(hostile);
  });

  test('keeps unsafe characters in keys inert too', () => {
    const value = { '</script>': '<!--' };
    const text = toScriptJson(value);
    expect(text).not.toMatch(UNSAFE);
    expect(JSON.parse(text)).toEqual(value);
  });

  test('is inert and lossless for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: fc.constantFrom('<', '>', '&', '/', '!', '-', '\u2028', '\u2029', '"', '\\', 'a', '\u00e9', '\u{1f600}') }), (value) => {
        const text = toScriptJson(value);
        expect(text).not.toMatch(UNSAFE);
        // Read back exactly as plain JSON would be (JSON itself has no -0: it writes 0).
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
