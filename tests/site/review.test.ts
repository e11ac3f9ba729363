import { describe, expect, test } from 'vitest';
import { classifyTool, type Classification } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { needsReview } from '../../src/lib/review.ts';
import { namesToSlugs } from '../../src/lib/slug.ts';
import { distOf } from '../support/builds.ts';
import { readPage } from '../support/dist.ts';
import { readServers } from '../support/shipped.ts';

const dist = distOf('shipped');
const contentDir = 'content';
// Tool pages are read by sample: the shipped catalogue holds thousands of tools.
const SAMPLE = 25;

/** Every tool of the content folder with its page path and verdict, as the build computes it. */
function verdicts(): { href: string; classification: Classification }[] {
  return readServers(contentDir).flatMap((server) => {
    const slugs = namesToSlugs(server.tools.map((t) => t.name));
    const context = toolsToServerContext(server.tools);
    return server.tools.map((tool) => ({ href: `/servers/${server.id}/tools/${slugs.get(tool.name)}/`, classification: classifyTool(tool, context) }));
  });
}

/** Rows of every page of the /review/ listing, following rel=next. */
function reviewRows(): { href: string; confidence: number }[] {
  const rows: { href: string; confidence: number }[] = [];
  let file: string | undefined = 'review/index.html';
  while (file) {
    const page = readPage(dist, file);
    for (const row of page.querySelectorAll('main table tbody tr')) {
      const cells = row.querySelectorAll('td');
      rows.push({ href: cells[0]!.querySelector('a')!.getAttribute('href')!, confidence: Number(cells[3]!.textContent) });
    }
    const next = page.querySelector('a[rel="next"]')?.getAttribute('href');
    file = next ? `${next.replace(/^\//, '')}index.html` : undefined;
  }
  return rows;
}

const spread = <T>(items: T[]): T[] => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / SAMPLE)) === 0).slice(0, SAMPLE);

describe('needs review', () => {
  const all = verdicts();
  const unsure = all.filter((v) => needsReview(v.classification));
  const sure = all.filter((v) => !needsReview(v.classification));

  test('/review/ lists every tool whose verdict needs review, each once, least confident first', () => {
    const rows = reviewRows();
    expect(rows.map((r) => r.href).sort()).toEqual(unsure.map((v) => v.href).sort());
    expect(new Set(rows.map((r) => r.href)).size).toBe(rows.length);
    const confidences = rows.map((r) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    for (const c of confidences) expect(c).toBeLessThan(0.7);
  });

  test('a tool page of an unsure verdict says "Needs review" and shows the competing evidence', () => {
    expect(unsure.length).toBeGreaterThan(0);
    for (const { href, classification } of spread(unsure)) {
      const notice = readPage(dist, `${href.slice(1)}index.html`).querySelector('main section[data-review]');
      expect(notice, href).not.toBeNull();
      expect(notice!.querySelector('h3')!.textContent).toBe('Needs review');
      expect(notice!.querySelector('a[href="/review/"]'), href).not.toBeNull();
      const competing = notice!.querySelector('ul[data-competing]');
      if (classification.competing) {
        expect(competing?.getAttribute('data-competing'), href).toBe(classification.competing.category);
        expect(competing!.querySelectorAll('li').map((li) => li.textContent), href).toEqual(classification.competing.evidence.map((e) => e.replaceAll('`', '')));
      } else {
        expect(competing, href).toBeNull();
      }
    }
  });

  test('a tool page of a confident verdict has no review notice', () => {
    for (const { href } of spread(sure)) expect(readPage(dist, `${href.slice(1)}index.html`).querySelector('section[data-review]'), href).toBeNull();
  });
});
