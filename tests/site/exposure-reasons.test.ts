import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerInput } from '../../src/lib/schemas/server.ts';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** Fields of `integration` that name another server's tool, as Contextstream's `integration` does in 14. */
const PROPERTIES = ['title', 'tags', 'status', 'priority', 'page_id', 'database_id'];

const servers: ServerInput[] = [
  testServer({
    id: 'notion',
    name: 'Notion',
    tools: [{ name: 'notion_create_page', description: 'Creates a page.', inputSchema: { type: 'object' } }],
  }),
  testServer({
    id: 'stream',
    name: 'Stream',
    tools: [{
      name: 'integration',
      description: 'Writes to a workspace, as notion_create_page does.',
      inputSchema: { type: 'object', properties: Object.fromEntries(PROPERTIES.map((p) => [p, { type: 'string', description: `The ${p} passed on to notion_create_page.` }])) },
    }],
  }),
];

describe('why a tool is exposed to an attack, said once per kind of finding', () => {
  let build: SmallBuild;
  beforeAll(() => {
    build = buildSmallCatalogue('exposure-reasons', servers);
  }, 600_000);
  afterAll(() => build?.remove());

  const REASON = "finding: names another server's tool";

  function whyTexts(): Record<string, string> {
    const toolsRow = readPage(build.dist, 'attacks/tool-shadowing/tools/index.html').querySelectorAll('main tbody tr').find((tr) => tr.querySelector('a')!.textContent === 'integration')!;
    const attackItem = readPage(build.dist, 'attacks/tool-shadowing/index.html').querySelectorAll('main li').find((li) => li.querySelector('a')?.textContent === 'integration')!;
    // The "Attack patterns" item, not the definition audit's own link to the attack.
    const toolItem = readPage(build.dist, 'servers/stream/tools/integration/index.html').querySelectorAll('main li').find((li) => li.querySelector('a')?.getAttribute('href') === '/attacks/tool-shadowing/' && li.textContent.startsWith('Tool shadowing ('))!;
    return { 'exposed tools table': toolsRow.querySelectorAll('td')[3]!.textContent, 'attack page': attackItem.textContent, 'tool page': toolItem.textContent };
  }

  test('the exposed tools table, the attack page and the tool page name the finding once and count its fields', () => {
    const texts = whyTexts();
    for (const [where, text] of Object.entries(texts)) {
      expect(text.split(REASON).length - 1, `${where}: ${text}`).toBe(1);
      // The description and six property descriptions: two named, five counted.
      expect(text, where).toMatch(/\(\S+, \S+ and 5 more fields\)/);
    }
  });
});
