import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** Two tools with findings a server page and the home page summarise: outsized text, and a name outside the MCP character set. */
const server = testServer({
  id: 'audited',
  name: 'Audited',
  tools: [
    { name: 'fetch_runs', description: 'Fetches the runs of a test suite with their linked requirements. '.repeat(70), inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
    { name: 'get status', description: 'Gets the status.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
  ],
});

let build: SmallBuild;
beforeAll(() => {
  build = buildSmallCatalogue('finding-summaries', [server]);
}, 600_000);
afterAll(() => build?.remove());

const text = (file: string, selector: string) => readPage(build.dist, file).querySelectorAll(selector).map((e) => e.textContent.replace(/\s+/g, ' ').trim());

describe('lists of tools with findings', () => {
  test('the server page names each kind in words with its severity, not by its internal id', () => {
    const page = readPage(build.dist, 'servers/audited/index.html');
    const items = page.querySelector('#findings')!.nextElementSibling!.querySelectorAll('li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(items).toContain('fetch_runs: 1 finding: abnormally long text (medium)');
    expect(items.join('\n')).not.toMatch(/long-text|name-charset/);
  });

  test('the home page keeps an acronym in a kind’s label as written', () => {
    expect(text('index.html', 'main li').join('\n')).toContain('name outside the MCP character set');
  });
});
