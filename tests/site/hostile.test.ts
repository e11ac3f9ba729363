import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { HTMLElement, NodeType, type Node } from 'node-html-parser';
import { toDisplayText } from '../../src/lib/display-text.ts';
import { hasInvisible } from '../../src/lib/invisible.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { serverToYaml } from '../../src/lib/server-file.ts';
import { namesToSlugs } from '../../src/lib/slug.ts';
import { HOSTILE_SERVERS } from '../fixtures/hostile/hostile-servers.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { readServers } from '../support/shipped.ts';

const FIXTURE = 'tests/fixtures/hostile';
const dist = distOf('hostile');
const servers = readServers(FIXTURE);
const toolCases = servers.flatMap((server) => {
  const slugs = namesToSlugs(server.tools.map((t) => t.name));
  return server.tools.map((tool) => ({ server, tool, label: `${server.id}/${JSON.stringify(tool.name).slice(0, 60)}`, file: `servers/${server.id}/tools/${slugs.get(tool.name)}/index.html` }));
});
/** Text nodes outside <script>, <title> included. */
function textNodes(node: HTMLElement | Node): string[] {
  if (node.nodeType === NodeType.TEXT_NODE) return [node.text];
  if (node instanceof HTMLElement && node.rawTagName === 'script') return [];
  return node.childNodes.flatMap(textNodes);
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A tool named `*` cannot be addressed: in Intercept `"*"` means every tool. */
const isStar = (name: string) => name === '*';

describe('the hostile fixture', () => {
  test.each(HOSTILE_SERVERS.map((server) => ({ server, id: server.id })))('servers/$id.yaml is what generate.ts writes (regenerate with `node tests/fixtures/hostile/generate.ts`)', ({ server }) => {
    expect(readFileSync(path.join(FIXTURE, 'servers', `${server.id}.yaml`), 'utf8')).toBe(serverToYaml(server));
  });

  test('holds every server file generate.ts writes, and no other', () => {
    expect(servers.map((s) => s.id)).toEqual(HOSTILE_SERVERS.map((s) => s.id));
  });
});

describe.each(toolCases)('hostile tool page $label', ({ server, tool, file }) => {
  const page = readPage(dist, file);
  const main = page.querySelector('main')!;

  test('names the exact tool in its data-* contract and shows it (invisible characters escaped) as the only h1', () => {
    expect(main.getAttribute('data-tool')).toBe(tool.name);
    expect(main.getAttribute('data-server')).toBe(server.id);
    expect(page.querySelectorAll('h1').map((h) => h.textContent)).toEqual([toDisplayText(tool.name, 300).text]);
  });

  test('prints YAML and JSON snippets that parse back to a valid policy for exactly this tool', () => {
    const yaml = parseYaml(main.querySelector('pre[data-policy="intercept-yaml"]')!.textContent);
    const json = JSON.parse(main.querySelector('pre[data-policy="json"]')!.textContent);
    expect(json).toEqual(yaml);
    expect(validatePolicy(yaml)).toEqual([]);
    if (isStar(tool.name)) {
      expect(yaml.default).toBe('deny');
      expect(yaml.tools).toEqual({});
    } else {
      expect(Object.keys(yaml.tools)).toEqual([tool.name]);
      expect(Object.keys(json.tools)).toEqual([tool.name]);
    }
  });

});

describe.each(servers.map((server) => ({ server, id: server.id })))('hostile server $id', ({ server }) => {
  const names = server.tools.map((t) => t.name);

  test('gives every tool its own page, and no page to anything else', () => {
    const slugs = [...namesToSlugs(names).values()];
    expect(new Set(slugs).size).toBe(names.length);
    const onDisk = readdirSync(path.join(dist, 'servers', server.id, 'tools')).sort();
    expect(onDisk).toEqual([...slugs].sort());
  });

  test('offers whole-server YAML and JSON policies that validate and address every tool but *', () => {
    const yaml = parseYaml(readFileSync(path.join(dist, 'servers', server.id, 'policy.yaml'), 'utf8'));
    const json = JSON.parse(readFileSync(path.join(dist, 'servers', server.id, 'policy.json'), 'utf8'));
    expect(validatePolicy(yaml)).toEqual([]);
    expect(json).toEqual(yaml);
    expect(yaml.default).toBe('deny');
    expect(Object.keys(yaml.tools).sort()).toEqual(names.filter((n) => !isStar(n)).sort());
  });
});

describe('every page of the hostile build', () => {
  const pages = listFiles(dist, '.html').map((file) => ({ file, page: readPage(dist, file) }));

  test('keeps content as text: no element or script from it, every data block still parses', () => {
    const bad = pages.flatMap(({ file, page }) => [
      ...page.querySelectorAll('[data-pwned]').map((e) => `${file}: <${e.tagName.toLowerCase()} data-pwned="${e.getAttribute('data-pwned')}">`),
      ...page.querySelectorAll('script').filter((s) => !['module', 'application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '')).map(() => `${file}: a <script> of no known type`),
      ...page.querySelectorAll('script[type="application/ld+json"], script[type="application/json"]').filter((s) => !parsesAsJson(s.innerHTML)).map(() => `${file}: a JSON block that does not parse`),
    ]);
    expect(bad).toEqual([]);
  });

  test('prints no invisible, bidi or control character as raw text', () => {
    const bad = pages.flatMap(({ file, page }) => textNodes(page).filter(hasInvisible).map((text) => `${file}: ${JSON.stringify(text.slice(0, 60))}`));
    expect(bad).toEqual([]);
  });
});

describe('the hostile build', () => {
  test('keeps the same tool URLs when built again', () => {
    const toolUrls = (root: string) => listFiles(path.join(root, 'servers'), 'index.html').filter((f) => f.includes('/tools/'));
    expect(toolUrls(distOf('hostile-again'))).toEqual(toolUrls(dist));
    expect(toolUrls(dist)).toHaveLength(toolCases.length);
  });

  test('bounds a financial tool whose name has a dot by its arguments alone: Intercept cannot count calls to it', () => {
    const main = readPage(dist, 'servers/slugs/tools/payments-transfer/index.html').querySelector('main')!;
    expect(main.getAttribute('data-category')).toBe('Financial');
    const rules = parseYaml(main.querySelector('pre[data-policy="intercept-yaml"]')!.textContent).tools['payments.transfer'].rules;
    expect(rules.some((r: { name: string }) => r.name === 'cap amount per call')).toBe(true);
    expect(rules.filter((r: object) => 'rate_limit' in r || 'state' in r)).toEqual([]);
  });

  test('says that a 100 KB description was cut, and prints only its start', () => {
    const main = readPage(dist, 'servers/huge/tools/delete_in_bulk/index.html').querySelector('main')!;
    expect(main.querySelector('.description')!.textContent.length).toBeLessThanOrEqual(20_000);
    expect(main.querySelectorAll('.notice').map((n) => n.textContent).join(' ')).toMatch(/goes on for [\d,]+ more characters/);
  });

  test('writes llms.txt with server names that carry no raw markup or invisible character', () => {
    const text = readFileSync(path.join(dist, 'llms.txt'), 'utf8');
    expect(hasInvisible(text)).toBe(false);
    expect(text).not.toMatch(/<\/?[a-z]/i);
  });

  test('lists every parameter a tool declares, even one named __proto__', () => {
    const declared = parseYaml(readFileSync(path.join(FIXTURE, 'servers/markup.yaml'), 'utf8')).tools.find((t: { name: string }) => t.name === 'delete_with_hostile_parameters');
    const main = readPage(dist, `servers/markup/tools/delete_with_hostile_parameters/index.html`).querySelector('main')!;
    const shown = main.querySelectorAll('table code').map((c) => c.textContent);
    for (const name of Object.keys(declared.inputSchema.properties)) expect(shown).toContain(name);
  });
});
