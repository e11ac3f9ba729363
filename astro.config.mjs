// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Canonical URLs, Open Graph and the sitemap need the public address; set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Builds of different catalogues (tests, benchmarks) each keep their own content cache.
  cacheDir: process.env.CATALOGUE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Rendering overlaps the writing of earlier pages: 8 pages at a time cut a 5k-tool build's wall
  // time by about a third against Astro's default of 1 (docs/performance.md). BUILD_CONCURRENCY overrides.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8) },
  // Two content files resolving to one URL must stop the build, not silently drop a page.
  prerenderConflictBehavior: 'error',
  // Shiki's inline styles cannot run under the CSP below; snippets are plain text anyway.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Scripts stay files: one cached request instead of the same bytes in every page, and no
      // per-page hash for the CSP to compute (INLINE_LIMIT=4096 restores Vite's default, for A/B).
      assetsInlineLimit: Number(process.env.INLINE_LIMIT ?? 0),
      rollupOptions: {
        // Every MDX attack page carries Astro's own "use astro:head-inject" directive, which the
        // bundler reports once per file; the directive is Astro's to handle, the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  // With CATALOGUE_INCREMENTAL=1 (npm run build:incremental) a rebuild copies the pages whose cache
  // key (a digest of what they show, src/lib/page-keys.ts) and code are unchanged from the last
  // build instead of rendering them again. Off by default: the feature is experimental in Astro,
  // a page whose key missed a change would be silently stale, and the page cache is a second copy
  // of the site on disk (1.5 GB at 50k tools); see docs/performance.md.
  experimental: { incrementalBuild: process.env.CATALOGUE_INCREMENTAL === '1' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs a WebAssembly module, which needs 'wasm-unsafe-eval' (never 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
