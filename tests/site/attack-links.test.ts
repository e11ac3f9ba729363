import { describe, expect, test } from 'vitest';
import { distOf, type BuildName } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

/** Tool pages are most of the shipped site and share one template: every 25th is read. */
const TOOL_PAGE_SAMPLE = 25;

/**
 * A link to an attack page says which attack it leads to: its text holds the attack's title (as the
 * attack page's <h1> prints it), never "attack pattern", "this attack" or a bare slug (WCAG 2.4.4).
 */
describe.each(['hostile', 'shipped'] as const)('links to attack pages in the %s build', (name: BuildName) => {
  const dist = distOf(name);
  const pages = listFiles(dist, '.html');
  const titles = new Map(
    pages
      .filter((file) => /^attacks\/[^/]+\/index\.html$/.test(file))
      .map((file) => [`/${file.replace(/index\.html$/, '')}`, readPage(dist, file).querySelector('h1')!.textContent.trim()]),
  );
  const toolPages = pages.filter((file) => /^servers\/[^/]+\/tools\//.test(file));
  const read = [...pages.filter((file) => !toolPages.includes(file)), ...toolPages.filter((_, i) => i % TOOL_PAGE_SAMPLE === 0)];

  test('name the attack they lead to', () => {
    expect(titles.size).toBeGreaterThan(10);
    const unnamed = new Map<string, string>();
    let links = 0;
    for (const file of read) {
      for (const link of readPage(dist, file).querySelectorAll('a[href^="/attacks/"]')) {
        const title = titles.get(link.getAttribute('href')!);
        if (!title) continue;
        links++;
        const text = link.textContent.replace(/\s+/g, ' ').trim();
        if (!text.toLowerCase().includes(title.toLowerCase())) unnamed.set(`${JSON.stringify(text)} → ${title}`, file);
      }
    }
    expect(links).toBeGreaterThan(100);
    expect([...unnamed].map(([link, file]) => `${link} (${file})`)).toEqual([]);
  });
});
