import { describe, expect, test } from 'vitest';
import { toolsToSummaries } from '../../src/lib/server-tool-rows.ts';
import { SUMMARY_MAX_CHARACTERS } from '../../src/lib/tool-summary.ts';
import { BUILDS, distOf, type BuildName } from '../support/builds.ts';
import { readPage } from '../support/dist.ts';
import { readApiServers } from '../support/server-list-pages.ts';
import { readServers } from '../support/shipped.ts';

describe.each(['shipped', 'hostile'] as const)('server pages of the %s build', (name: BuildName) => {
  const dist = distOf(name);
  const api = readApiServers(dist);
  const declared = new Map(readServers(BUILDS[name].content).map((s) => [s.id, s]));
  // Each page parsed once; the checks below loop inside a test, so a catalogue of thousands of tools stays a handful of tests.
  const pages = api.map((server) => ({ server, main: readPage(dist, `servers/${server.id}/index.html`).querySelector('main')! }));

  test('print the whole-server policy once: one YAML and one JSON view of it, the YAML view chosen, each view labelled', () => {
    const problems = pages.flatMap(({ server, main }) => {
      const views = main.querySelectorAll('.policy-views');
      const yaml = main.querySelectorAll('pre[data-policy="intercept-yaml"]');
      const json = main.querySelectorAll('pre[data-policy="json"]');
      const out: string[] = [];
      if (views.length !== 1 || yaml.length !== 1 || json.length !== 1) return [`${server.id}: ${views.length} policy views, ${yaml.length} YAML and ${json.length} JSON snippets`];
      if (yaml[0]!.closest('.policy-view')?.getAttribute('data-view') !== 'yaml') out.push(`${server.id}: YAML outside its view`);
      if (json[0]!.closest('.policy-view')?.getAttribute('data-view') !== 'json') out.push(`${server.id}: JSON outside its view`);
      const radios = views[0]!.querySelectorAll('input[type="radio"]');
      if (radios.map((r) => `${r.getAttribute('value')}${r.hasAttribute('checked') ? '*' : ''}`).join(' ') !== 'yaml* json') out.push(`${server.id}: switch is ${radios.map((r) => r.getAttribute('value')).join(' ')}, not YAML (chosen) then JSON`);
      for (const radio of radios) if (!main.querySelector(`label[for="${radio.getAttribute('id')}"]`)) out.push(`${server.id}: radio ${radio.getAttribute('id')} has no label`);
      // Printed once: no other <pre> repeats the document.
      const copies = main.querySelectorAll('pre').filter((pre) => pre.textContent === yaml[0]!.textContent || pre.textContent === json[0]!.textContent);
      if (copies.length !== 2) out.push(`${server.id}: the policy text appears in ${copies.length} <pre>s`);
      for (const [format, pre] of [['yaml', yaml[0]!], ['json', json[0]!]] as const) {
        const snippet = pre.closest('copy-snippet')!;
        if (!snippet.querySelector('button[data-copy]') || !snippet.querySelector(`a[download][href="/servers/${server.id}/policy.${format}"]`)) out.push(`${server.id}: ${format} view lacks copy or download`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('list every tool once in one table: link, one-line description, category and risk', () => {
    const problems = pages.flatMap(({ server, main }) => {
      const rows = main.querySelectorAll('table[data-tool-table] tbody tr');
      if (rows.length !== server.tools.length) return [`${server.id}: ${rows.length} rows for ${server.tools.length} tools`];
      const byPath = new Map(server.tools.map((t) => [t.path, t]));
      const declaredTools = declared.get(server.id)!.tools;
      const summaries = toolsToSummaries(declaredTools);
      const tools = new Map(declaredTools.map((t, i) => [t.name, { ...t, summary: summaries[i]! }]));
      return rows.flatMap((row) => {
        const href = row.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '';
        const tool = byPath.get(href);
        if (!tool) return [`${server.id}: a row links to ${href}`];
        byPath.delete(href);
        const [summaryCell, categoryCell, riskCell] = row.querySelectorAll('td');
        const source = tools.get(tool.name)!;
        const expected = source.summary;
        const summary = summaryCell!.textContent;
        const out: string[] = [];
        if (summary !== (expected || 'No description.')) out.push(`${server.id}/${tool.name}: summary ${JSON.stringify(summary.slice(0, 80))}, expected ${JSON.stringify(expected.slice(0, 80))}`);
        if (/[\r\n]/.test(summary) || [...summary].length > SUMMARY_MAX_CHARACTERS) out.push(`${server.id}/${tool.name}: summary is not one short line`);
        if (categoryCell!.textContent !== tool.category || riskCell!.textContent !== tool.risk) out.push(`${server.id}/${tool.name}: ${categoryCell!.textContent}/${riskCell!.textContent}, expected ${tool.category}/${tool.risk}`);
        return out;
      });
    });
    expect(problems).toEqual([]);
  });

  test('summaries are text: a description holding markup adds no element to the table', () => {
    const cells = pages.flatMap(({ main }) => main.querySelectorAll('table[data-tool-table] tbody td:nth-child(2)'));
    expect(cells.length).toBeGreaterThan(0);
    const withElements = cells.filter((cell) => cell.querySelectorAll('*').some((e) => !(e.tagName === 'SPAN' && e.classList.contains('muted'))));
    expect(withElements.map((c) => c.innerHTML.slice(0, 80))).toEqual([]);
  });
});
