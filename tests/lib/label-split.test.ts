import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { serverToSplit } from '../../src/lib/classifier/label-split.ts';

describe('serverToSplit', () => {
  // First bytes of sha256("split-v1:" + id), computed independently: 17, 95 (the last test value), 96+.
  test.each([
    { id: 'github', split: 'test' },
    { id: 'brave-search', split: 'test' },
    { id: 'stripe', split: 'tuning' },
    { id: 'filesystem', split: 'tuning' },
  ])('puts $id in the $split split', ({ id, split }) => {
    expect(serverToSplit(id)).toBe(split);
  });

  test('puts a server in test exactly when the first byte of sha256("split-v1:" + id) is below 96', () => {
    for (let i = 0; i < 500; i++) {
      const id = `server-${i}`;
      const firstByte = createHash('sha256').update(`split-v1:${id}`).digest()[0]!;
      expect(serverToSplit(id), id).toBe(firstByte < 96 ? 'test' : 'tuning');
    }
  });

  test('holds out about 37.5% of servers', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `mcp-server-${i}`);
    const share = ids.filter((id) => serverToSplit(id) === 'test').length / ids.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.4);
  });
});
