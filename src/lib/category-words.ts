import type { Category } from './taxonomy.ts';

/** A category after the indefinite article English wants: "an Execute", "an Other", "a Read". */
export function categoryWithArticle(category: Category): string {
  return `${/^[AEIOU]/.test(category) ? 'an' : 'a'} ${category}`;
}
