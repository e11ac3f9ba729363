import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';

/** Attributes that point at another file of the site. */
const LINK_ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
] as const;

/** A link found on a page: what it says, and the page URL it was found on. */
export interface PageLink {
  from: string;
  target: string;
}

/** The URL a built file is served at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Internal links of a page: external (`http:`, `https:`, `mailto:` …) and `data:`/`blob:` URLs left out. */
export function internalLinks(page: HTMLElement, from: string): PageLink[] {
  const links: PageLink[] = [];
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const element of page.querySelectorAll(`${tag}[${attribute}]`)) {
      const target = element.getAttribute(attribute)!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      links.push({ from, target });
    }
  }
  return links;
}

/**
 * Where an internal link lands: the file it is served from (trailing-slash URLs map to index.html,
 * query strings are ignored) and its fragment. `file` is undefined when nothing in `root` answers.
 */
export function resolveLink(root: string, link: PageLink): { url: string; file: string | undefined; fragment: string } {
  const url = new URL(link.target, `http://site${link.from}`);
  const pathname = decodeURIComponent(url.pathname);
  const candidate = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  const file = existsSync(candidate) && statSync(candidate).isFile() ? path.relative(root, candidate).split(path.sep).join('/') : undefined;
  return { url: url.pathname, file, fragment: decodeURIComponent(url.hash.slice(1)) };
}
