import type { CatalogueServer, CatalogueTool } from './catalogue.ts';
import { descriptionsToSharedOpening } from './shared-opening.ts';
import { CATEGORIES } from './taxonomy.ts';
import { descriptionToSummary, SUMMARY_MAX_CHARACTERS } from './tool-summary.ts';

/** One row of a server page's tool table. */
export interface ToolRow {
  tool: CatalogueTool;
  /** The sentence of the description that says what the tool does (or of the title, when there is no description), plain text; '' when neither says anything. */
  summary: string;
}

/** A server's tools for its table: riskiest categories first (category precedence), the server's own order within each. */
export function serverToToolRows(entry: CatalogueServer): ToolRow[] {
  const summaries = toolsToSummaries(entry.tools.map((t) => t.tool));
  const summaryByTool = new Map(entry.tools.map((tool, i) => [tool, summaries[i]!]));
  return CATEGORIES.flatMap((category) => entry.tools.filter((t) => t.classification.category === category)).map((tool) => ({
    tool,
    summary: summaryByTool.get(tool)!,
  }));
}

/** One summary per tool of one server, in order: the opening every description of the server shares is dropped from each. */
export function toolsToSummaries(tools: readonly { description?: string | undefined; title?: string | undefined }[]): string[] {
  const sharedOpening = descriptionsToSharedOpening(tools.map((t) => t.description ?? ''));
  return tools.map((t) => descriptionToSummary(t.description ?? '', SUMMARY_MAX_CHARACTERS, { sharedOpening }) || descriptionToSummary(t.title ?? ''));
}
