import type { CatalogueServer, CatalogueTool } from './catalogue.ts';
import { CATEGORIES } from './taxonomy.ts';
import { descriptionToSummary } from './tool-summary.ts';

/** One row of a server page's tool table. */
export interface ToolRow {
  tool: CatalogueTool;
  /** The first sentence of the description (or of the title, when there is no description), plain text; '' when neither says anything. */
  summary: string;
}

/** A server's tools for its table: riskiest categories first (category precedence), the server's own order within each. */
export function serverToToolRows(entry: CatalogueServer): ToolRow[] {
  return CATEGORIES.flatMap((category) => entry.tools.filter((t) => t.classification.category === category)).map((tool) => ({
    tool,
    summary: descriptionToSummary(tool.tool.description ?? '') || descriptionToSummary(tool.tool.title ?? ''),
  }));
}
