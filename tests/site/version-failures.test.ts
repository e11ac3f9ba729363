import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** Stripe 0.1.4 and 0.2.1 failed this way: the message quotes the server's coloured stderr. */
const FAILURE = 'tools/list page 1 (timeout 30 s) failed: MCP error -32601: Method not found (server stderr: \u001b[32m✅ Stripe MCP Server running on stdio\u001b[39m)';

const server = testServer({
  id: 'coloured',
  name: 'Coloured',
  run: { command: 'npx -y coloured', npm: 'coloured', version: '0.2.0' },
  versions: [
    { version: '0.1.0', published: '2026-05-01', tools: 1 },
    { version: '0.1.1', published: '2026-05-02', failed: FAILURE },
    { version: '0.2.0', published: '2026-05-03', tools: 1 },
  ],
  tools: [{ name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' } }],
});

let build: SmallBuild;
beforeAll(() => {
  build = buildSmallCatalogue('version-failures', [server]);
}, 600_000);
afterAll(() => build?.remove());

describe('a version that did not start, on the server page', () => {
  test('quotes the server’s stderr without its terminal colour codes, which a browser draws as boxes', () => {
    const timeline = readPage(build.dist, 'servers/coloured/index.html').querySelector('section.history')!;
    const row = timeline.querySelectorAll('li').find((li) => li.textContent.includes('0.1.1'))!;
    expect(row.textContent).toContain('(server stderr: ✅ Stripe MCP Server running on stdio)');
    expect(timeline.textContent).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|\[3[29]m/);
  });
});
