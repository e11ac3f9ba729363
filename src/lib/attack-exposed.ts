import type { CatalogueTool } from './catalogue.ts';
import { isCategoryWideExposure } from './exposure-words.ts';
import { CATEGORIES, type Category } from './taxonomy.ts';

/** An attack's exposed tools split for its page: those its own signals or a finding point at, and those exposed by category alone. */
export interface ExposedTools {
  /** Matched by the tool's own definition (a name word, an argument, a phrase, an annotation, a finding), most relevant first. */
  specific: CatalogueTool[];
  /** How many tools each category adds only because the pattern concerns every tool of it, in category order. */
  categoryWide: [Category, number][];
}

/**
 * Splits the tools exposed to attack `slug` (most relevant first, as toolsByAttack keeps them). A
 * pattern such as a malicious server package concerns every tool it abuses: listing "the 50 most
 * relevant" of 12,129 equal tools showed 50 tools of the first server by id, none more relevant.
 */
export function splitExposedTools(exposed: readonly CatalogueTool[], slug: string): ExposedTools {
  const specific: CatalogueTool[] = [];
  const wide = new Map<Category, number>();
  for (const tool of exposed) {
    const reasons = tool.exposures.find((e) => e.slug === slug)?.reasons ?? [];
    if (isCategoryWideExposure(reasons)) wide.set(tool.classification.category, (wide.get(tool.classification.category) ?? 0) + 1);
    else specific.push(tool);
  }
  return { specific, categoryWide: CATEGORIES.filter((c) => wide.has(c)).map((c) => [c, wide.get(c)!]) };
}
