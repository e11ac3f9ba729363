import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { namesToSlugs } from '../../src/lib/slug.ts';
import { distOf } from '../support/builds.ts';
import { readPage } from '../support/dist.ts';
import { readServers } from '../support/shipped.ts';

const dist = distOf('shipped');
const servers = readServers('content');
const toolCases = servers.flatMap((server) => {
  const slugs = namesToSlugs(server.tools.map((t) => t.name));
  const serverContext = toolsToServerContext(server.tools);
  return server.tools.map((tool) => ({ server, tool, serverContext, label: `${server.id}/${tool.name}`, file: `servers/${server.id}/tools/${slugs.get(tool.name)}/index.html` }));
});

describe('the shipped catalogue', () => {
  test('ships at least 10 servers', () => {
    expect(servers.length).toBeGreaterThanOrEqual(10);
  });
});

type ToolCase = (typeof toolCases)[number];
type PageCheck = (c: ToolCase, page: HTMLElement, main: HTMLElement) => void;

/** What every tool page must do, each checked on every page. */
const PAGE_CHECKS: Record<string, PageCheck> = {
  'carries the data-* contract on <main>': ({ server, tool, serverContext }, _page, main) => {
    const verdict = classifyTool(tool, serverContext);
    expect(main.getAttribute('data-tool')).toBe(tool.name);
    expect(main.getAttribute('data-server')).toBe(server.id);
    expect(main.getAttribute('data-category')).toBe(verdict.category);
    expect(main.getAttribute('data-risk')).toBe(verdict.risk);
  },
  'has the tool name as its only h1': ({ tool }, page) => {
    const headings = page.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]!.textContent).toBe(tool.name);
  },
  'prints a YAML and a JSON policy that Intercept accepts and that say the same': ({ tool }, _page, main) => {
    const yamlPre = main.querySelectorAll('pre[data-policy="intercept-yaml"]');
    const jsonPre = main.querySelectorAll('pre[data-policy="json"]');
    expect(yamlPre).toHaveLength(1);
    expect(jsonPre).toHaveLength(1);
    const fromYaml = parseYaml(yamlPre[0]!.textContent);
    const fromJson = JSON.parse(jsonPre[0]!.textContent);
    expect(validatePolicy(fromYaml)).toEqual([]);
    expect(fromJson).toEqual(fromYaml);
    expect(Object.keys(fromYaml.tools)).toEqual([tool.name]);
  },
  'answers six questions about this tool, with FAQPage data': ({ tool }, page, main) => {
    const questions = main.querySelectorAll('.faq summary').map((s) => s.textContent);
    expect(questions).toHaveLength(6);
    for (const q of questions) expect(q).toContain(tool.name);
    const faq = page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent)).find((d) => d['@type'] === 'FAQPage');
    expect(faq.mainEntity).toHaveLength(6);
    expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(questions);
  },
  'lists its parameters': ({ tool }, _page, main) => {
    const names = Object.keys(tool.inputSchema.properties ?? {}).slice(0, 100);
    const cells = main.querySelectorAll('table code').map((c) => c.textContent);
    for (const name of names) expect(cells).toContain(name);
  },
};

/**
 * Thousands of tool pages: each is parsed once and put through every check (one test per page
 * would spend more time in the runner than in the checks); each check's test then lists every
 * page that fails it.
 */
describe('every tool page', () => {
  const failures = new Map<string, string[]>(Object.keys(PAGE_CHECKS).map((name) => [name, []]));
  beforeAll(() => {
    for (const c of toolCases) {
      const page = readPage(dist, c.file);
      const main = page.querySelector('main')!;
      for (const [name, check] of Object.entries(PAGE_CHECKS)) {
        try {
          check(c, page, main);
        } catch (error) {
          failures.get(name)!.push(`${c.label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
    }
  });

  test.each(Object.keys(PAGE_CHECKS))('%s', (name) => {
    expect(toolCases.length).toBeGreaterThan(0);
    expect(failures.get(name)).toEqual([]);
  });
});

describe.each(servers.map((s) => ({ server: s, id: s.id })))('server $id', ({ server }) => {
  const dir = path.join(dist, 'servers', server.id);

  test('has a page linking to every tool page', () => {
    const page = readPage(dist, `servers/${server.id}/index.html`);
    const slugs = namesToSlugs(server.tools.map((t) => t.name));
    const links = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const tool of server.tools) expect(links).toContain(`/servers/${server.id}/tools/${slugs.get(tool.name)}/`);
  });

  test('offers a whole-server policy in YAML and JSON that addresses every tool and validates', () => {
    expect(existsSync(path.join(dir, 'policy.yaml'))).toBe(true);
    const yaml = parseYaml(readFileSync(path.join(dir, 'policy.yaml'), 'utf8'));
    const json = JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8'));
    expect(validatePolicy(yaml)).toEqual([]);
    expect(json).toEqual(yaml);
    expect(yaml.default).toBe('deny');
    expect(Object.keys(yaml.tools).sort()).toEqual(server.tools.map((t) => t.name).sort());
  });

  test('says where the YAML policy came from and how to run it', () => {
    const text = readFileSync(path.join(dir, 'policy.yaml'), 'utf8');
    expect(text.startsWith('#')).toBe(true);
    expect(text).toContain(`intercept -c ${server.id}.yaml -- ${server.run.command}`);
  });
});
