import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under a folder, relative paths with `/`, sorted. */
export function listFiles(root: string, ending = ''): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ending)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Parses one built HTML page. `<pre>` is parsed as markup (node-html-parser keeps it raw by default). */
export function readPage(root: string, file: string): HTMLElement {
  return parse(readFileSync(path.join(root, file), 'utf8'), { blockTextElements: { script: true, style: true, noscript: true } });
}

/** The text of a `<pre>` exactly as a browser's textContent gives it (entities decoded). */
export function preText(pre: HTMLElement): string {
  return pre.textContent;
}
