import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readServers } from '../support/shipped.ts';

/**
 * A server's curated description starts as its package's summary, and summaries like to count
 * ("1,598 tools across 106 services"). The page then shows that number a few lines above the
 * count of tools the server actually listed, and a reader cannot tell which to believe. A stated
 * count must be what the server lists; "50+ tools" must not exceed it; "~11 tools" must be
 * within a fifth of it.
 */
type CountClaim = { text: string; count: number; bound: 'exact' | 'at least' | 'about' };

const COUNT_CLAIM = /(~|about |over |more than )?(\d{1,3}(?:,\d{3})*|\d+)(\+)?\s+(?:[\w-]+\s+){0,2}tools\b/gi;

function descriptionToCountClaims(description: string): CountClaim[] {
  return [...description.matchAll(COUNT_CLAIM)].map((match) => ({
    text: match[0],
    count: Number(match[2]!.replace(/,/g, '')),
    bound: match[3] || /over|more/i.test(match[1] ?? '') ? 'at least' : match[1] ? 'about' : 'exact',
  }));
}

const claimHolds = ({ count, bound }: CountClaim, listed: number) =>
  bound === 'exact' ? count === listed : bound === 'at least' ? count <= listed : Math.abs(count - listed) <= listed / 5;

describe('tool counts stated in a description', () => {
  test('are read as exact, lower bounds or approximations', () => {
    expect(descriptionToCountClaims('Orchestrator — 1,598 tools across 106 services')).toEqual([{ text: '1,598 tools', count: 1598, bound: 'exact' }]);
    expect(descriptionToCountClaims('provides 114+ tools, 4 resources')[0]).toMatchObject({ count: 114, bound: 'at least' });
    expect(descriptionToCountClaims('consolidated domain tools (~11 tools)')[0]).toMatchObject({ count: 11, bound: 'about' });
    expect(descriptionToCountClaims('with 65 browser automation tools')[0]).toMatchObject({ count: 65, bound: 'exact' });
    expect(descriptionToCountClaims('Tools for 3 services')).toEqual([]);
  });

  test('are checked against the count listed', () => {
    expect(claimHolds({ text: '', count: 96, bound: 'exact' }, 95)).toBe(false);
    expect(claimHolds({ text: '', count: 50, bound: 'at least' }, 150)).toBe(true);
    expect(claimHolds({ text: '', count: 114, bound: 'at least' }, 100)).toBe(false);
    expect(claimHolds({ text: '', count: 11, bound: 'about' }, 12)).toBe(true);
  });

  test('agree with what each shipped server lists', () => {
    const servers = readServers(fileURLToPath(new URL('../../content', import.meta.url)));
    const wrong = servers.flatMap((server) => descriptionToCountClaims(server.description)
      .filter((claim) => !claimHolds(claim, server.tools.length))
      .map((claim) => `${server.id}: says "${claim.text}", lists ${server.tools.length}`));
    expect(wrong).toEqual([]);
  });
});
