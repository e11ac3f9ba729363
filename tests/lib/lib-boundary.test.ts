import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * `src/lib/` is pure logic: the server page's policy builder runs parts of it in the browser, and
 * scripts run it under plain Node. Nothing in it may depend on Astro.
 */
const LIB = fileURLToPath(new URL('../../src/lib/', import.meta.url));

/** A module specifier that names Astro: `astro`, `astro:content`, `astro/zod`… (not `astronomy`). */
const ASTRO_SPECIFIER = String.raw`['"]astro(?:[:/][^'"]*)?['"]`;
const ASTRO_IMPORTS = [
  new RegExp(String.raw`\bfrom\s*${ASTRO_SPECIFIER}`), // import x from, import type x from, export … from
  new RegExp(String.raw`\bimport\s*${ASTRO_SPECIFIER}`), // side-effect import
  new RegExp(String.raw`\bimport\s*\(\s*${ASTRO_SPECIFIER}`), // dynamic import
  new RegExp(String.raw`\brequire\s*\(\s*${ASTRO_SPECIFIER}`),
];
const IMPORT_META_ENV = /\bimport\.meta\.env\b/;

/** The Astro dependencies of one source text, one line each. */
function astroDependencies(source: string): string[] {
  return source.split('\n').filter((line) => ASTRO_IMPORTS.some((pattern) => pattern.test(line)) || IMPORT_META_ENV.test(line));
}

const files = (readdirSync(LIB, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.(ts|mts|cts|js|mjs)$/.test(file))
  .map((file) => file.split('\\').join('/'))
  .sort();

describe('the lib boundary check', () => {
  test.each([
    { name: 'a default import', line: "import { z } from 'astro:content';" },
    { name: 'a type-only import', line: "import type { AstroGlobal } from 'astro';" },
    { name: 'a sub-path import', line: 'import { defineConfig } from "astro/config";' },
    { name: 'a re-export', line: "export { getCollection } from 'astro:content';" },
    { name: 'a side-effect import', line: "import 'astro:env/client';" },
    { name: 'a dynamic import', line: "const m = await import('astro:assets');" },
    { name: 'import.meta.env', line: 'const base = import.meta.env.BASE_URL;' },
  ])('catches $name', ({ line }) => {
    expect(astroDependencies(`// header\n${line}\n`)).toEqual([line]);
  });

  test('catches an import spread over several lines', () => {
    expect(astroDependencies("import {\n  getCollection,\n  type CollectionEntry,\n} from 'astro:content';\n")).toEqual(["} from 'astro:content';"]);
  });

  test.each([
    { name: 'a package whose name starts with astro', line: "import { stars } from 'astronomy';" },
    { name: 'a relative import', line: "import { x } from './astro-notes.ts';" },
    { name: 'import.meta.url', line: 'const here = new URL(".", import.meta.url);' },
  ])('lets $name through', ({ line }) => {
    expect(astroDependencies(line)).toEqual([]);
  });
});

describe('src/lib', () => {
  test('holds the modules this check is meant to guard', () => {
    expect(files).toEqual(expect.arrayContaining(['slug.ts', 'policy/compose.ts', 'policy/validate.ts', 'schemas/server.ts']));
  });

  test.each(files.map((file) => ({ file })))('$file depends on nothing from Astro', ({ file }) => {
    expect(astroDependencies(readFileSync(`${LIB}${file}`, 'utf8'))).toEqual([]);
  });
});
