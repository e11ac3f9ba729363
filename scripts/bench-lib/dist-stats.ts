import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageJsBytes } from './page-js.ts';
import { median } from './stats.ts';

/** Sizes of a built site, in the units the bench reports. */
export interface DistStats {
  /** Number of .html files. */
  pages: number;
  distMb: number;
  toolPages: number;
  /** Median size of a tool page's index.html, KB (1,024 bytes). */
  toolPageHtmlKb: number;
  /** Median JavaScript a tool page loads, KB; see pageJsBytes. */
  toolPageJsKb: number;
}

/** A tool page: servers/<id>/tools/<slug>/index.html. */
const TOOL_PAGE = /^servers\/[^/]+\/tools\/[^/]+\/index\.html$/;
/** Enough pages for a stable median of the JS, without parsing 50,000 of them. */
const JS_SAMPLE_SIZE = 50;

/** Walks the built site once: page count, total size, tool page sizes and their JavaScript. */
export function measureDist(distDir: string): DistStats {
  let pages = 0;
  let totalBytes = 0;
  const toolPageSizes: number[] = [];
  const toolPageFiles: string[] = [];
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    totalBytes += size;
    if (!entry.name.endsWith('.html')) continue;
    pages += 1;
    const relative = path.relative(distDir, file).split(path.sep).join('/');
    if (TOOL_PAGE.test(relative)) {
      toolPageSizes.push(size);
      toolPageFiles.push(file);
    }
  }
  toolPageFiles.sort();
  const step = Math.max(1, Math.floor(toolPageFiles.length / JS_SAMPLE_SIZE));
  const sampled = toolPageFiles.filter((_, i) => i % step === 0).slice(0, JS_SAMPLE_SIZE);
  return {
    pages,
    distMb: totalBytes / 1024 / 1024,
    toolPages: toolPageFiles.length,
    toolPageHtmlKb: toolPageSizes.length > 0 ? median(toolPageSizes) / 1024 : 0,
    toolPageJsKb: sampled.length > 0 ? median(sampled.map((f) => pageJsBytes(distDir, f))) / 1024 : 0,
  };
}
