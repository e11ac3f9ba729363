import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

const dist = distOf('shipped');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const site = readJson('api/catalogue.json').site as string;
/** The dist file a site URL is served from. */
const fileOf = (url: string) => {
  const pathname = new URL(url).pathname.replace(/^\//, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
};

describe('/api/catalogue.json', () => {
  const index = readJson('api/catalogue.json');

  test('validates against /api/catalogue.schema.json', () => {
    const validate = ajv.compile(readJson('api/catalogue.schema.json'));
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
  });

  test('lists every tool page of the site, with the category and risk the page shows', () => {
    const toolPages = listFiles(dist, 'index.html').filter((f) => /^servers\/[^/]+\/tools\/[^/]+\/index\.html$/.test(f));
    const tools = index.servers.flatMap((s: { tools: { url: string; name: string; category: string; risk: string }[] }) => s.tools);
    expect(tools.length).toBe(toolPages.length);
    expect(index.counts.tools).toBe(tools.length);
    for (const tool of tools) {
      const main = readPage(dist, fileOf(tool.url)).querySelector('main')!;
      expect(main.getAttribute('data-tool')).toBe(tool.name);
      expect(main.getAttribute('data-category')).toBe(tool.category);
      expect(main.getAttribute('data-risk')).toBe(tool.risk);
    }
  });

  test('points to server policy files that exist and validate, and to each tool page’s policy', () => {
    for (const server of index.servers) {
      const yaml = parseYaml(readFileSync(path.join(dist, fileOf(server.policy.yaml)), 'utf8'));
      expect(validatePolicy(yaml)).toEqual([]);
      expect(JSON.parse(readFileSync(path.join(dist, fileOf(server.policy.json)), 'utf8'))).toEqual(yaml);
      for (const tool of server.tools) {
        expect(tool.policy).toBe(`${tool.url}#policy`);
        expect(readPage(dist, fileOf(tool.url)).querySelector('#policy')).not.toBeNull();
      }
    }
  });
});

describe('/api/servers/<id>.json', () => {
  const validate = ajv.compile(readJson('api/server.schema.json'));
  const files = listFiles(path.join(dist, 'api/servers'), '.json');

  test.each(files)('%s validates against /api/server.schema.json and agrees with its page', (file) => {
    const server = readJson(`api/servers/${file}`);
    expect(validate(server), JSON.stringify(validate.errors)).toBe(true);
    const page = readPage(dist, fileOf(server.url));
    expect(page.querySelector('h1')!.textContent).toBe(server.name);
    expect(server.policy.document).toEqual(parseYaml(page.querySelector('pre[data-policy="intercept-yaml"]')!.textContent));
    for (const tool of server.tools) {
      expect(validatePolicy(tool.policy.document)).toEqual([]);
      const main = readPage(dist, fileOf(tool.url)).querySelector('main')!;
      expect(main.getAttribute('data-tool')).toBe(tool.name);
      expect(JSON.parse(main.querySelector('pre[data-policy="json"]')!.textContent)).toEqual(tool.policy.document);
    }
  });
});

describe('files for crawlers and agents', () => {
  test('llms.txt starts with a title and a summary, and links to every server page and the API', () => {
    const text = readFileSync(path.join(dist, 'llms.txt'), 'utf8');
    expect(text.split('\n')[0]).toBe('# MCP tool risk catalogue');
    expect(text).toMatch(/\n> \S/);
    const links = [...text.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]!);
    for (const link of links) expect(existsSync(path.join(dist, fileOf(link))), link).toBe(true);
    for (const server of readJson('api/catalogue.json').servers) expect(links).toContain(server.url);
  });

  test('robots.txt points to the sitemap, which lists the tool pages', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
    const sitemap = listFiles(dist, '.xml').filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(path.join(dist, f), 'utf8')).join('');
    const first = readJson('api/catalogue.json').servers[0].tools[0].url;
    expect(sitemap).toContain(`<loc>${first}</loc>`);
  });

  test('every page has a specific title, a meta description, a canonical URL and Open Graph tags', () => {
    const titles = new Set<string>();
    for (const file of listFiles(dist, '.html').filter((f) => !f.startsWith('404'))) {
      const page = readPage(dist, file);
      const title = page.querySelector('title')!.textContent;
      expect(titles.has(title), `${file}: duplicate title ${title}`).toBe(false);
      titles.add(title);
      expect(page.querySelector('meta[name="description"]')!.getAttribute('content')!.length).toBeGreaterThan(20);
      expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site}${file.replace(/index\.html$/, '')}`);
      expect(page.querySelector('meta[property="og:title"]')).not.toBeNull();
    }
  });
});
