import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, test } from 'vitest';
import { tokenNotIn } from '../../src/lib/policy/token-patterns.ts';

/** Whether the whole token matches, as the patterns are used inside anchored expressions. */
function accepts(pattern: string, token: string): boolean {
  return RE2JS.compile(`(?i)^(?:${pattern})$`).test(token);
}

describe('tokenNotIn', () => {
  const refused = { exact: ['rm', 'sh', 'sudo'], prefixes: ['mkfs', 'delete'] };
  const pattern = tokenNotIn({ notClass: '\\s/' }, refused);

  test.each(['rm', 'RM', 'sh', 'sudo', 'mkfs', 'mkfs.ext4', 'delete', 'deleteAll'])('refuses %j', (token) => {
    expect(accepts(pattern, token)).toBe(false);
  });

  test.each(['rmdir', 'r', 's', 'shx', 'sud', 'sudoers', 'mkf', 'delet', 'ls', 'x'])('accepts %j', (token) => {
    expect(accepts(pattern, token)).toBe(true);
  });

  test('agrees with a plain set lookup on any token', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z.]{1,8}$/), (token) => {
        const expected = !refused.exact.includes(token) && !refused.prefixes.some((p) => token.startsWith(p));
        expect(accepts(pattern, token)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  test('refuses the empty token and tokens with excluded characters', () => {
    expect(accepts(pattern, '')).toBe(false);
    expect(accepts(pattern, 'a/b')).toBe(false);
  });

  test('throws when the refused words leave nothing', () => {
    expect(() => tokenNotIn({ only: 'a' }, { prefixes: ['a'] })).toThrow(/leave no token/);
  });
});
