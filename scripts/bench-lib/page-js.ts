import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in bundled ES modules; dynamic `import()` is left out (loaded on demand). */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * Bytes of JavaScript a page loads before any user action: inline module and classic scripts,
 * external scripts and module preloads it references, and the chunks those import statically.
 * JSON data blocks (`application/json`, `application/ld+json`) are data, not code, and do not count.
 */
export function pageJsBytes(distDir: string, pageFile: string): number {
  const root = parse(readFileSync(pageFile, 'utf8'));
  const counted = new Set<string>();
  let bytes = 0;
  const visitFile = (file: string): void => {
    if (counted.has(file) || !existsSync(file)) return;
    counted.add(file);
    bytes += statSync(file).size;
    importsOf(readFileSync(file, 'utf8')).forEach((spec) => visitFile(resolveScript(distDir, path.dirname(file), spec)));
  };
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('json')) continue;
    const src = script.getAttribute('src');
    if (src) {
      visitFile(resolveScript(distDir, path.dirname(pageFile), src));
      continue;
    }
    const code = script.textContent;
    bytes += Buffer.byteLength(code);
    // Inline module imports resolve against the page URL, which is the page's folder in dist.
    importsOf(code).forEach((spec) => visitFile(resolveScript(distDir, path.dirname(pageFile), spec)));
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute('href');
    if (href) visitFile(resolveScript(distDir, path.dirname(pageFile), href));
  }
  return bytes;
}

function importsOf(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!).filter((spec) => /\.m?js(\?|#|$)/.test(spec));
}

/** A script URL as a file in dist: root-relative against dist, relative against the referring folder. */
function resolveScript(distDir: string, fromDir: string, url: string): string {
  const clean = url.replace(/[?#].*$/, '');
  return clean.startsWith('/') ? path.join(distDir, clean) : path.resolve(fromDir, clean);
}
