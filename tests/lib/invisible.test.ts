import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeInvisible, hasInvisible, INVISIBLE_CHARACTERS } from '../../src/lib/invisible.ts';

/** Characters that must never reach a page raw: each is shown as its `\u` escape. */
const invisible = [
  { name: 'zero-width space U+200B', text: 'a\u200bb', escaped: 'a\\u200bb' },
  { name: 'zero-width non-joiner U+200C', text: 'a\u200cb', escaped: 'a\\u200cb' },
  { name: 'zero-width joiner U+200D', text: 'a\u200db', escaped: 'a\\u200db' },
  { name: 'word joiner U+2060', text: 'a\u2060b', escaped: 'a\\u2060b' },
  { name: 'right-to-left override U+202E', text: 'abc\u202egpj.exe', escaped: 'abc\\u202egpj.exe' },
  { name: 'left-to-right embedding U+202A', text: '\u202ax', escaped: '\\u202ax' },
  { name: 'right-to-left isolate U+2067', text: 'x\u2067y\u2069', escaped: 'x\\u2067y\\u2069' },
  { name: 'Arabic letter mark U+061C', text: 'x\u061c', escaped: 'x\\u061c' },
  { name: 'tag character U+E0041 (ASCII smuggling), as a surrogate pair of escapes', text: 'ok\u{e0041}\u{e0042}', escaped: 'ok\\udb40\\udc41\\udb40\\udc42' },
  { name: 'cancel tag U+E007F', text: '\u{e007f}', escaped: '\\udb40\\udc7f' },
  { name: 'NUL U+0000', text: 'a\u0000b', escaped: 'a\\u0000b' },
  { name: 'bell U+0007', text: '\u0007', escaped: '\\u0007' },
  { name: 'escape U+001B (terminal sequences)', text: '\u001b[31mred', escaped: '\\u001b[31mred' },
  { name: 'vertical tab U+000B', text: 'a\u000bb', escaped: 'a\\u000bb' },
  { name: 'delete U+007F', text: 'a\u007f', escaped: 'a\\u007f' },
  { name: 'C1 next line U+0085', text: 'a\u0085b', escaped: 'a\\u0085b' },
  { name: 'C1 control sequence introducer U+009B', text: '\u009b2J', escaped: '\\u009b2J' },
  { name: 'no-break space U+00A0', text: 'a\u00a0b', escaped: 'a\\u00a0b' },
  { name: 'soft hyphen U+00AD', text: 'pay\u00admerchant', escaped: 'pay\\u00admerchant' },
  { name: 'byte order mark U+FEFF', text: '\ufeffname', escaped: '\\ufeffname' },
  { name: 'line separator U+2028', text: 'a\u2028b', escaped: 'a\\u2028b' },
  { name: 'paragraph separator U+2029', text: 'a\u2029b', escaped: 'a\\u2029b' },
  { name: 'Hangul filler U+3164', text: '\u3164', escaped: '\\u3164' },
  { name: 'variation selector U+FE0F after a letter', text: 'a\ufe0f', escaped: 'a\\ufe0f' },
  { name: 'a zero-width joiner between letters', text: 'a\u200db', escaped: 'a\\u200db' },
  { name: 'lone high surrogate', text: 'a\ud800b', escaped: 'a\\ud800b' },
  { name: 'lone low surrogate', text: 'a\udc00', escaped: 'a\\udc00' },
];

/** Text a reader sees as it is: left alone. */
const visible = [
  { name: 'plain ASCII', text: 'get_user: reads one user (id, name).' },
  { name: 'tab, newline and carriage return', text: 'a\tb\nc\r\nd' },
  { name: 'precomposed accented letters', text: 'café, naïve, Ångström' },
  { name: 'a combining accent U+0301', text: 'cafe\u0301' },
  { name: 'an emoji outside the BMP', text: 'ship it \u{1f680}' },
  { name: 'an emoji with its presentation selector', text: 'warning \u26a0\ufe0f' },
  { name: 'an emoji sequence joined by U+200D', text: '\u{1f468}\u200d\u{1f469}' },
  { name: 'CJK and Arabic letters', text: '読み取り مرحبا' },
  { name: 'a literal backslash-u sequence', text: 'already \\u200b escaped' },
  { name: 'the empty string', text: '' },
];

describe('escapeInvisible', () => {
  test.each(invisible)('shows a $name as its escape', ({ text, escaped }) => {
    expect(escapeInvisible(text)).toBe(escaped);
  });

  test.each(visible)('leaves $name unchanged', ({ text }) => {
    expect(escapeInvisible(text)).toBe(text);
  });

  test('leaves nothing invisible in its output, for any string including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))) }), (text) => {
        const escaped = escapeInvisible(text);
        expect(hasInvisible(escaped)).toBe(false);
        expect(escapeInvisible(escaped)).toBe(escaped);
      }),
    );
  });
});

describe('hasInvisible', () => {
  test.each(invisible)('finds a $name', ({ text }) => {
    expect(hasInvisible(text)).toBe(true);
  });

  test.each(visible)('finds nothing in $name', ({ text }) => {
    expect(hasInvisible(text)).toBe(false);
  });

  test('gives the same answer when called again on the same text (the global pattern keeps no position)', () => {
    const text = 'ab\u200b';
    expect([hasInvisible(text), hasInvisible(text), hasInvisible(text)]).toEqual([true, true, true]);
    expect(escapeInvisible(text)).toBe('ab\\u200b');
    expect(hasInvisible(text)).toBe(true);
  });

  test('finds a character at the start even when another user of the shared global pattern left it mid-string', () => {
    INVISIBLE_CHARACTERS.lastIndex = 5;
    expect(hasInvisible('\u200babcdef')).toBe(true);
  });

  test('leaves the shared global pattern at position 0 for its next user', () => {
    hasInvisible('ab\u200bcd');
    expect(INVISIBLE_CHARACTERS.lastIndex).toBe(0);
  });
});
