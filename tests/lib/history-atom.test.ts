import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { changesToAtom, FEED_ENTRIES } from '../../src/lib/history/atom.ts';
import { serversToChanges } from '../../src/lib/history/changes.ts';
import { ServerSchema } from '../../src/lib/schemas/server.ts';
import { atomProblems, childrenNamed, onlyChild, parseXml } from '../support/atom.ts';

const HASH = '0123456789abcdef';
const hostileName = 'read</title><x>&amp;\u0001\u202e\ufffe"\'';
const server = ServerSchema.parse({
  id: 'acme',
  name: 'Acme <b>&</b>',
  run: { command: 'npx -y acme-mcp' },
  source: { kind: 'live-import', date: '2026-05-01' },
  history: [
    {
      date: '2025-03-10',
      packageVersion: '1.2.0',
      removed: ['gone'],
      changed: [{ name: hostileName, fields: ['description'], previousHash: HASH, hash: HASH, details: [{ part: 'description', change: 'changed', before: 'Reads ]]> & <stuff>', after: 'Reads \u0000\u001b[31m more <IMPORTANT>' }] }],
      warnings: [
        { kind: 'category-raised', tool: hostileName, from: 'Read', to: 'Write' },
        // A finding's field names an input property: raw third-party text.
        { kind: 'model-aimed-text', tool: hostileName, findings: [{ kind: 'model-instruction', severity: 'high', field: 'inputSchema.properties.\u0001x\ufffe', message: 'm', excerpt: 'e' }] },
      ],
    },
  ],
  tools: [{ name: hostileName, inputSchema: { type: 'object' } }],
});
const changes = serversToChanges(buildCatalogue([server], []).servers);
const feedInfo = { title: 'Changes', subtitle: 'All of them', selfUrl: 'https://example.org/changes.xml', pageUrl: 'https://example.org/changes/', emptyUpdated: '2026-05-01' };

describe('changesToAtom', () => {
  const xml = changesToAtom(changes, feedInfo, 'https://example.org/');
  const feed = parseXml(xml);
  const entries = childrenNamed(feed, 'entry');

  test('is a well-formed Atom 1.0 feed with every required element', () => {
    expect(atomProblems(feed)).toEqual([]);
    expect(onlyChild(feed, 'updated').text).toBe('2025-03-10T00:00:00Z');
    expect(entries).toHaveLength(2);
  });

  test('keeps hostile names as text, control and invisible characters shown as escapes', () => {
    const title = onlyChild(entries[1]!, 'title').text;
    expect(title).toBe('[category raised: Read → Write] [adds model-aimed text] Acme <b>&</b> 1.2.0: read</title><x>&amp;\\u0001\\u202e\\ufffe"\' — description changed');
    const summary = onlyChild(entries[1]!, 'summary').text;
    expect(summary).toContain('description changed: "Reads ]]> & <stuff>" → "Reads \\u0000\\u001b[31m more <IMPORTANT>"');
    expect(summary).toContain('Warning: category raised from Read to Write.');
    expect(summary).toContain('Warning: adds model-aimed text (Instruction aimed at the model in inputSchema.properties.\\u0001x\\ufffe).');
  });

  test('links each entry to its tool page, or to the server page for a removed tool, and marks warnings as categories', () => {
    expect(childrenNamed(entries[0]!, 'link').map((l) => [l.attributes.rel, l.attributes.href])).toEqual([['alternate', 'https://example.org/servers/acme/'], ['related', 'https://example.org/servers/acme/']]);
    expect(childrenNamed(entries[1]!, 'link')[0]!.attributes.href).toMatch(/^https:\/\/example\.org\/servers\/acme\/tools\/[^/]+\/$/);
    expect(childrenNamed(entries[1]!, 'category').map((c) => c.attributes.term)).toEqual(['category-raised', 'model-aimed-text']);
    expect(onlyChild(entries[0]!, 'id').text).toBe('tag:example.org,2026:changes/acme/1.2.0/removed/gone');
  });

  test('an empty feed is still valid, dated by the fallback', () => {
    const empty = parseXml(changesToAtom([], feedInfo, 'https://example.org/'));
    expect(atomProblems(empty)).toEqual([]);
    expect(onlyChild(empty, 'updated').text).toBe('2026-05-01T00:00:00Z');
  });

  test(`carries at most ${FEED_ENTRIES} entries`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => ({ ...changes[0]!, key: `k${i}` }));
    expect(childrenNamed(parseXml(changesToAtom(many, feedInfo, 'https://example.org/')), 'entry')).toHaveLength(FEED_ENTRIES);
  });
});
