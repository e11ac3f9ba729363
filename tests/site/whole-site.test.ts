import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { distOf, type BuildName } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { fileToUrl, internalLinks, resolveLink } from '../support/site-links.ts';

/** Script sources the CSP may allow: our own files, hashed inline scripts, and the WebAssembly compile Pagefind needs. */
const ALLOWED_SCRIPT_SOURCE = /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;
/** Script types the browser does not run: data blocks, which the CSP need not allow. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** Each page of a build, parsed once, with a problem list helper: a red test lists every bad page at once. */
function loadBuild(name: BuildName) {
  const root = distOf(name);
  const pages = listFiles(root, '.html').map((file) => ({ file, url: fileToUrl(file), page: readPage(root, file) }));
  return { root, pages };
}

/** The CSP a page declares in a meta tag, as directive → sources. */
function metaCsp(page: HTMLElement): Map<string, string[]> | undefined {
  const meta = page.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return undefined;
  const directives = (meta.getAttribute('content') ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

describe.each(['shipped', 'hostile'] as const)('every page of the %s build', (name) => {
  const { root, pages } = loadBuild(name);

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test('sets <html lang>', () => {
    expect(pages.filter(({ page }) => !page.querySelector('html')?.getAttribute('lang')).map((p) => p.file)).toEqual([]);
  });

  test('has exactly one h1', () => {
    const bad = pages.map(({ file, page }) => ({ file, h1: page.querySelectorAll('h1').length })).filter((p) => p.h1 !== 1);
    expect(bad).toEqual([]);
  });

  test('uses each id once', () => {
    const bad = pages.flatMap(({ file, page }) => {
      const ids = page.querySelectorAll('[id]').map((e) => e.getAttribute('id')!);
      return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${file}: #${id}`);
    });
    expect(bad).toEqual([]);
  });

  test('declares a Content-Security-Policy whose script-src allows only our scripts, hashed inline modules and Pagefind’s WebAssembly', () => {
    const bad = pages.flatMap(({ file, page }) => {
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
    });
    expect(bad).toEqual([]);
  });

  test('has no inline event handler and no javascript: URL', () => {
    const bad = pages.flatMap(({ file, page }) =>
      page.querySelectorAll('*').flatMap((element) =>
        Object.entries(element.attributes)
          .filter(([attribute, value]) => /^on/i.test(attribute) || (/^(href|src|action|formaction)$/i.test(attribute) && /^\s*javascript:/i.test(value)))
          .map(([attribute]) => `${file}: <${element.tagName.toLowerCase()} ${attribute}>`),
      ),
    );
    expect(bad).toEqual([]);
  });

  test('has no broken internal link or anchor', () => {
    const idsByFile = new Map(pages.map(({ file, page }) => [file, new Set(page.querySelectorAll('[id]').map((e) => e.getAttribute('id')))]));
    const bad = pages.flatMap(({ url, page }) =>
      internalLinks(page, url).flatMap((link) => {
        const { file, fragment } = resolveLink(root, link);
        if (!file) return [`${link.from} → ${link.target}: no such file`];
        if (fragment && file.endsWith('.html') && !idsByFile.get(file)?.has(fragment)) return [`${link.from} → ${link.target}: no #${fragment} on ${file}`];
        return [];
      }),
    );
    expect([...new Set(bad)]).toEqual([]);
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
