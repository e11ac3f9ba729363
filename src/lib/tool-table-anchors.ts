import type { Category } from './taxonomy.ts';
import { categoryToSlug } from './taxonomy.ts';

/**
 * The id of the first row of a category in a server page's tool table, which lists the riskiest
 * categories first. The page's count line links each category to it: on a server of a thousand
 * tools the table is 50,000 px long and the count line is the only way into it.
 */
export function categoryToToolRowId(category: Category): string {
  return `tools-${categoryToSlug(category)}`;
}
