import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { distOf, type BuildName } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { fileToUrl, internalLinks, resolveLink, type PageLink } from '../support/site-links.ts';

/** Script sources the CSP may allow: our own files, hashed inline scripts, and the WebAssembly compile Pagefind needs. */
const ALLOWED_SCRIPT_SOURCE = /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;
/** Script types the browser does not run: data blocks, which the CSP need not allow. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** What the checks below need of a page, taken while it is parsed; the page itself is dropped at once. */
type Check = 'lang' | 'h1' | 'ids' | 'csp' | 'handlers' | 'links';

/**
 * Reads every page of a build once, one at a time, and lists each check's problems (a red test lists
 * every bad page at once). Pages are parsed in turn and not kept: a catalogue of 12,000 pages held
 * as parsed trees outgrew the test worker's heap. Links are resolved at the end, when every page's
 * ids are known.
 */
function checkBuild(name: BuildName): { pageCount: number; problems: Record<Check, string[]> } {
  const root = distOf(name);
  const problems: Record<Check, string[]> = { lang: [], h1: [], ids: [], csp: [], handlers: [], links: [] };
  const idsByFile = new Map<string, Set<string>>();
  const links: PageLink[] = [];
  const files = listFiles(root, '.html');
  for (const file of files) {
    const page = readPage(root, file);
    if (!page.querySelector('html')?.getAttribute('lang')) problems.lang.push(file);
    const h1 = page.querySelectorAll('h1').length;
    if (h1 !== 1) problems.h1.push(`${file}: ${h1} h1`);
    const ids = page.querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
    problems.ids.push(...[...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${file}: #${id}`));
    idsByFile.set(file, new Set(ids));
    problems.csp.push(...cspProblems(file, page));
    problems.handlers.push(...handlerProblems(file, page));
    links.push(...internalLinks(page, fileToUrl(file)));
  }
  problems.links = [...new Set(links.flatMap((link) => {
    const { file, fragment } = resolveLink(root, link);
    if (!file) return [`${link.from} → ${link.target}: no such file`];
    if (fragment && file.endsWith('.html') && !idsByFile.get(file)?.has(fragment)) return [`${link.from} → ${link.target}: no #${fragment} on ${file}`];
    return [];
  }))];
  return { pageCount: files.length, problems };
}

/** The CSP a page declares in a meta tag, as directive → sources. */
function metaCsp(page: HTMLElement): Map<string, string[]> | undefined {
  const meta = page.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return undefined;
  const directives = (meta.getAttribute('content') ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

/** A page without a CSP, whose script-src allows more than our scripts, or with an inline script it does not allow by hash. */
function cspProblems(file: string, page: HTMLElement): string[] {
  const csp = metaCsp(page);
  if (!csp) return [`${file}: no CSP meta tag`];
  const scriptSources = csp.get('script-src') ?? csp.get('default-src') ?? [];
  const problems = scriptSources.filter((source) => !ALLOWED_SCRIPT_SOURCE.test(source)).map((source) => `${file}: script-src allows ${source}`);
  for (const script of page.querySelectorAll('script:not([src])')) {
    if (DATA_SCRIPT_TYPES.has(script.getAttribute('type') ?? '')) continue;
    const hash = `'sha256-${createHash('sha256').update(script.innerHTML).digest('base64')}'`;
    if (!scriptSources.includes(hash)) problems.push(`${file}: an inline script is not allowed by its hash ${hash}`);
  }
  return problems;
}

/** Inline event handlers and javascript: URLs on a page. */
function handlerProblems(file: string, page: HTMLElement): string[] {
  return page.querySelectorAll('*').flatMap((element) =>
    Object.entries(element.attributes)
      .filter(([attribute, value]) => /^on/i.test(attribute) || (/^(href|src|action|formaction)$/i.test(attribute) && /^\s*javascript:/i.test(value)))
      .map(([attribute]) => `${file}: <${element.tagName.toLowerCase()} ${attribute}>`),
  );
}

describe.each(['shipped', 'hostile'] as const)('every page of the %s build', (name) => {
  const { pageCount, problems } = checkBuild(name);

  test('there are pages to check', () => {
    expect(pageCount).toBeGreaterThan(50);
  });

  test('sets <html lang>', () => {
    expect(problems.lang).toEqual([]);
  });

  test('has exactly one h1', () => {
    expect(problems.h1).toEqual([]);
  });

  test('uses each id once', () => {
    expect(problems.ids).toEqual([]);
  });

  test('declares a Content-Security-Policy whose script-src allows only our scripts, hashed inline modules and Pagefind’s WebAssembly', () => {
    expect(problems.csp).toEqual([]);
  });

  test('has no inline event handler and no javascript: URL', () => {
    expect(problems.handlers).toEqual([]);
  });

  test('has no broken internal link or anchor', () => {
    expect(problems.links).toEqual([]);
  });
});

describe('two builds of the same content', () => {
  const first = distOf('hostile');
  const second = distOf('hostile-again');

  test('write the same files', () => {
    expect(listFiles(second)).toEqual(listFiles(first));
  });

  // Pagefind's index is included: two runs over the same pages gave identical bytes (Pagefind 1.x sorts its output).
  test('are byte for byte identical, the Pagefind index included', () => {
    const different = listFiles(first).filter((file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))));
    expect(different).toEqual([]);
  });
});
