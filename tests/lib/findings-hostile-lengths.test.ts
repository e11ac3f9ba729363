import { describe, expect, test } from 'vitest';
import { toolToFindings } from '../../src/lib/findings/tool-findings.ts';

/**
 * Tool text is hostile input: a description may be one long run built to make a pattern retry from
 * every position. Each of these took 16 to 41 seconds before the patterns were bounded (an e-mail's
 * local part to 64 characters, a `key_name =` to 60, a blank run tried only from its first blank);
 * now a fraction of a second. The limit guards against quadratic growth, not speed.
 */
describe('the audit reads 200,000-character hostile descriptions without retrying from every position', () => {
  test.each([
    ['one hyphenated identifier, then a word', `${'a-'.repeat(100_000)}b word`],
    ['one underscored identifier', 'a_'.repeat(100_000)],
    ['one line of blanks', ' '.repeat(100_000) + '\t'.repeat(100_000)],
  ])('%s', (_name, description) => {
    const started = performance.now();
    toolToFindings({ name: 'x', description, inputSchema: { type: 'object' } }, { serverId: 's', otherServerToolNames: new Set() });
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
