import type { CatalogueTool } from './catalogue.ts';
import type { Classification } from './classifier/classify.ts';

/**
 * Below this confidence a verdict needs a human review: the eval's calibration (docs/classification.md)
 * shows verdicts under 0.7 are right markedly less often than those above.
 */
export const REVIEW_BELOW = 0.7;

/** True when the rules are not sure of a verdict and no reviewed override settles it. */
export function needsReview(classification: Classification): boolean {
  return !classification.override && classification.confidence < REVIEW_BELOW;
}

/** The tools that need review, least confident first, then by server id and tool name (code-point order). */
export function toolsNeedingReview(tools: readonly CatalogueTool[]): CatalogueTool[] {
  return tools
    .filter((t) => needsReview(t.classification))
    .sort((a, b) => a.classification.confidence - b.classification.confidence || compare(a.server.server.id, b.server.server.id) || compare(a.tool.name, b.tool.name));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
