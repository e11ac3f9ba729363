import type { CatalogueTool } from './catalogue.ts';
import { FINDING_KINDS, type FindingKind } from './findings/kinds.ts';

/**
 * Tools a page of /findings/ lists. An entry prints the tool's findings with their excerpts (~1 KB);
 * at 237 tools the single page was 226 KB and 64,000 px tall, and the share of tools with findings
 * grows with the catalogue.
 */
export const FINDINGS_PAGE_SIZE = 50;

/** How many tools have at least one finding of each kind, for the kinds that occur, in FINDING_KINDS order. */
export function countToolsByFindingKind(tools: readonly CatalogueTool[]): [FindingKind, number][] {
  return FINDING_KINDS.map((kind): [FindingKind, number] => [kind, tools.filter((t) => t.findings.some((f) => f.kind === kind)).length]).filter(([, count]) => count > 0);
}
