import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles, readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** One tool of each category whose name takes "an", with descriptions that end without a full stop (as eBay's do). */
const server = testServer({
  id: 'wording',
  name: 'Wording',
  tools: [
    { name: 'launch_campaign', description: 'Launch a campaign', inputSchema: { type: 'object' }, override: { category: 'Execute', reason: 'test fixture' } },
    { name: 'opt_in_to_program', description: 'Opt in to a program', inputSchema: { type: 'object' }, override: { category: 'Other', reason: 'test fixture' } },
    { name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' }, override: { category: 'Read', reason: 'test fixture' } },
  ],
});

/** A server of one tool, the only Destructive one: counts of one appear in titles and lists. */
const single = testServer({
  id: 'single',
  // A name that already ends in MCP, like Browser MCP's: the site must not write "MCP MCP server".
  name: 'Single MCP',
  tools: [{ name: 'single_wipe_disk', description: 'Erases a disk.', inputSchema: { type: 'object' }, override: { category: 'Destructive', reason: 'test fixture' } }],
});

let build: SmallBuild;
beforeAll(() => {
  build = buildSmallCatalogue('wording', [server, single]);
}, 600_000);
afterAll(() => build?.remove());

/** Visible text of the page's main content, whitespace folded. */
const mainText = (file: string) => readPage(build.dist, file).querySelector('main')!.textContent.replace(/\s+/g, ' ');

describe('sentences the site writes around tool data', () => {
  test('never write "a Execute" or "a Other", on any page', () => {
    const seams = listFiles(build.dist, '.html').flatMap((file) => [...mainText(file).matchAll(/.{0,40}\ba (Execute|Other)\b.{0,20}/g)].map((m) => `${file}: ${m[0]}`));
    expect(seams).toEqual([]);
    expect(mainText('servers/wording/tools/launch_campaign/index.html')).toContain('launch_campaign is an Execute tool');
    expect(mainText('categories/other/index.html')).toContain('A call to an Other tool can');
  });

  test('name the related tools of an Other tool without "Other Other tools"', () => {
    const page = readPage(build.dist, 'servers/wording/tools/opt_in_to_program/index.html');
    expect(page.querySelectorAll('main h2').map((h) => h.textContent)).toContain('Other tools classified Other');
    expect(mainText('servers/wording/tools/opt_in_to_program/index.html')).not.toMatch(/Other Other/);
  });

  test('tell a server page’s reader where the policy to save is, and where Intercept comes from', () => {
    const page = readPage(build.dist, 'servers/wording/index.html');
    const run = page.querySelectorAll('main h2').find((h) => h.textContent === 'Run it behind the proxy')!.nextElementSibling!;
    const hrefs = run.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#policy', 'https://github.com/policylayer/intercept']);
    expect(page.getElementById('policy')).not.toBeNull();
  });

  test('give a tool page’s policy one file name: its label, its download and the FAQ’s command agree', () => {
    const page = readPage(build.dist, 'servers/wording/tools/launch_campaign/index.html');
    const snippet = page.querySelector('pre[data-policy="intercept-yaml"]')!.closest('copy-snippet')!;
    const file = snippet.querySelector('.label')!.textContent;
    expect(snippet.querySelector('[data-download]')!.getAttribute('data-download')).toBe(file);
    expect(mainText('servers/wording/tools/launch_campaign/index.html')).toContain(`Save the policy on this page as ${file} and start the server through the open-source Intercept proxy: intercept -c ${file} --`);
  });

  test('say that a server list’s opening counts are the catalogue’s, not the filtered list’s', () => {
    const lead = readPage(build.dist, 'servers/by/financial/index.html').querySelector('main .lead')!.textContent;
    expect(lead).toMatch(/^The catalogue holds 2 servers and 4 tools;/);
  });

  test('count one tool as "1 tool", in page titles, descriptions and text', () => {
    const ones = listFiles(build.dist, '.html').flatMap((file) => {
      const page = readPage(build.dist, file);
      const text = `${page.querySelector('title')!.textContent} ${page.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''} ${page.querySelector('main')!.textContent}`.replace(/\s+/g, ' ');
      return [...text.matchAll(/.{0,30}(?<![\d,.])1 (MCP )?tools\b.{0,10}/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(ones).toEqual([]);
  });

  // Titles keep '<name> MCP tool' whatever the name: 'Browser' and 'Browser MCP' are two servers, and their titles must differ.
  test('never say "MCP MCP" in the text of a server whose name ends in MCP', () => {
    const doubled = listFiles(build.dist, '.html').flatMap((file) => {
      const text = mainText(file);
      return [...text.matchAll(/.{0,30}MCP MCP.{0,10}/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(doubled).toEqual([]);
    expect(mainText('servers/single/tools/single_wipe_disk/index.html')).toContain('Tool of the Single MCP server.');
  });

  test('name a tool’s policy file once after its server, even when the tool’s name starts with the server’s id', () => {
    const page = readPage(build.dist, 'servers/single/tools/single_wipe_disk/index.html');
    expect(page.querySelector('pre[data-policy="intercept-yaml"]')!.closest('copy-snippet')!.querySelector('.label')!.textContent).toBe('single_wipe_disk.yaml');
  });

  test('end a description that has no full stop before the FAQ’s own sentence starts', () => {
    expect(mainText('servers/wording/tools/launch_campaign/index.html')).toContain('Launch a campaign. The catalogue classifies it as Execute');
  });
});
