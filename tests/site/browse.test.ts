import { describe, expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { CATEGORIES, RISKS, RISK_BY_CATEGORY } from '../../src/lib/taxonomy.ts';

const dist = distOf('shipped');
const files = listFiles(dist, '.html');
const toolPages = files.filter((f) => /^servers\/[^/]+\/tools\/[^/]+\/index\.html$/.test(f));
const mainOf = (file: string) => readPage(dist, file).querySelector('main')!;

/** Every tool page's data-category / data-risk, counted. */
function countToolPagesBy(attribute: 'data-category' | 'data-risk'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of toolPages) {
    const value = mainOf(file).getAttribute(attribute)!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The tool links of every page of a paginated listing, following rel=next. */
function listedToolLinks(firstFile: string): string[] {
  const links: string[] = [];
  let file: string | undefined = firstFile;
  while (file) {
    const page = readPage(dist, file);
    links.push(...page.querySelectorAll('main table tbody tr td:first-child a').map((a) => a.getAttribute('href')!));
    const next = page.querySelector('a[rel="next"]')?.getAttribute('href');
    file = next ? `${next.replace(/^\//, '')}index.html` : undefined;
  }
  return links;
}

describe('category pages', () => {
  const byCategory = countToolPagesBy('data-category');
  test.each([...CATEGORIES])('/categories/%s/ lists every tool of the category across its pages, each once', (category) => {
    const links = listedToolLinks(`categories/${category.toLowerCase()}/index.html`);
    expect(links.length).toBe(byCategory.get(category) ?? 0);
    expect(new Set(links).size).toBe(links.length);
    for (const href of links) expect(mainOf(`${href.replace(/^\//, '')}index.html`).getAttribute('data-category')).toBe(category);
  });

  test('no listing page holds more than 100 tools', () => {
    for (const file of files.filter((f) => /^(categories|risk)\//.test(f))) {
      expect(readPage(dist, file).querySelectorAll('main tbody tr').length).toBeLessThanOrEqual(100);
    }
  });

  test('a tool page links to its category page and its risk page', () => {
    for (const file of toolPages.slice(0, 50)) {
      const main = mainOf(file);
      const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`/categories/${main.getAttribute('data-category')!.toLowerCase()}/`);
      expect(hrefs).toContain(`/risk/${main.getAttribute('data-risk')!.toLowerCase()}/`);
    }
  });
});

describe('risk pages', () => {
  const byRisk = countToolPagesBy('data-risk');
  test.each([...RISKS])('/risk/%s/ lists every tool at that level', (risk) => {
    const links = listedToolLinks(`risk/${risk.toLowerCase()}/index.html`);
    expect(links.length).toBe(byRisk.get(risk) ?? 0);
    const categories = new Set(links.map((href) => mainOf(`${href.replace(/^\//, '')}index.html`).getAttribute('data-category')));
    for (const category of categories) expect(RISK_BY_CATEGORY[category as keyof typeof RISK_BY_CATEGORY]).toBe(risk);
  });
});

describe('attack pages', () => {
  const attackPages = files.filter((f) => /^attacks\/[^/]+\/index\.html$/.test(f));

  test('there are at least 30 attack patterns', () => {
    expect(attackPages.length).toBeGreaterThanOrEqual(30);
  });

  test.each(attackPages)('%s has a source link and exposed tools, or a link to their listing, or says why none', (file) => {
    const main = mainOf(file);
    const sources = main.querySelectorAll('h2').find((h) => h.textContent === 'Sources')!.nextElementSibling!;
    expect(sources.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(0);
    const exposedLinks = main.querySelectorAll('a').filter((a) => /^\/servers\/[^/]+\/tools\//.test(a.getAttribute('href') ?? ''));
    if (exposedLinks.length > 0) return;
    // A pattern that exposes tools by their category alone counts them by category and links to the full listing.
    const listing = `/${file.replace(/index\.html$/, '')}tools/`;
    if (main.querySelectorAll('a').some((a) => a.getAttribute('href') === listing)) {
      expect(listedToolLinks(`${listing.replace(/^\//, '')}index.html`).length).toBeGreaterThan(0);
    } else {
      expect(main.textContent).toContain('No tool in the catalogue carries this pattern');
    }
  });

  test('links go both ways: a tool page lists an attack whose page lists the tool', () => {
    let checked = 0;
    for (const file of toolPages) {
      const main = mainOf(file);
      const toolHref = `/${file.replace(/index\.html$/, '')}`;
      for (const a of main.querySelectorAll('a').filter((x) => /^\/attacks\/[a-z0-9-]+\/$/.test(x.getAttribute('href') ?? ''))) {
        const slug = a.getAttribute('href')!;
        const listed = listedToolLinks(`${slug.replace(/^\//, '')}tools/index.html`);
        expect(listed).toContain(toolHref);
        checked += 1;
      }
      if (checked > 60) break;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
