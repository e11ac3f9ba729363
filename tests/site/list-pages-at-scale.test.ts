import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';

/** Enough Read tools for an eleventh list page, whose range passes a thousand. */
const TOOL_COUNT = 1_050;

const reader: ServerInput = {
  id: 'reader',
  name: 'Reader',
  run: { command: 'npx -y reader-mcp' },
  source: { kind: 'tools-list-json', date: '2026-11-01' },
  tools: Array.from({ length: TOOL_COUNT }, (_, i) => ({
    name: `get_record_${i}`,
    description: 'Gets one record.',
    inputSchema: { type: 'object' },
    override: { category: 'Read' as const, reason: 'test fixture' },
  })),
};

describe('list pages of a thousand tools', () => {
  let build: SmallBuild;
  beforeAll(() => {
    build = buildSmallCatalogue('list-page-ranges', [reader]);
  }, 600_000);
  afterAll(() => build?.remove());

  test.each(['categories/read', 'risk/low'])('/%s/11/ writes its range as its total: “1,050 tools; 1,001–1,050 on this page.”', (list) => {
    const lines = readPage(build.dist, `${list}/11/index.html`).querySelectorAll('main p').map((p) => p.textContent.trim());
    expect(lines).toContain('1,050 tools; 1,001–1,050 on this page.');
  });

  test('a category page leaves out the category and risk columns, a risk page the risk column: every row would repeat them', () => {
    const headers = (file: string) => readPage(build.dist, file).querySelectorAll('main table thead th').map((th) => th.textContent.trim());
    expect(headers('categories/read/index.html')).toEqual(['Tool', 'Server']);
    expect(headers('risk/low/index.html')).toEqual(['Tool', 'Server', 'Category']);
    const firstRow = readPage(build.dist, 'categories/read/index.html').querySelectorAll('main table tbody tr:first-child td').map((td) => td.textContent.trim());
    expect(firstRow).toEqual(['get_record_0', 'Reader']);
  });
});
