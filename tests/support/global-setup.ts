import { BUILDS, buildCatalogue, type BuildName } from './builds.ts';

/**
 * Builds every test catalogue once before the suites run. Set SKIP_SITE_BUILD=1 to reuse the
 * folders of a previous run while working on tests.
 */
export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  for (const name of Object.keys(BUILDS) as BuildName[]) buildCatalogue(name);
}
