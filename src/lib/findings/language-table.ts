import type { PhraseConcept } from './phrases.ts';
import type { StructureConcept } from './phrases-structure.ts';

/**
 * One language of the phrase table beyond the nine of phrases.ts, described whole: how its words
 * are delimited, how its clauses negate, the function words that tell it from English, and the
 * phrases of each idea it has (an idea left out is never matched in it). Data for phrase-rules.ts.
 */
export interface LanguageTable {
  /** English name, for messages: "(Dutch)". */
  name: string;
  /** `words`: whole words; `prefix`: particles follow the word; `none`: no spaces, or prefixes joined to words (Arabic, Hebrew). */
  boundary: 'words' | 'prefix' | 'none';
  /** Languages whose words a structural rule may combine (Ukrainian and Russian share many). */
  family: string;
  /** How far apart, in characters, the parts of a structural rule may sit. */
  span: number;
  /** Where the negation of a verb sits: before it (1), after it (-1) or anywhere in the clause (0); and how far. */
  negationOrder: -1 | 0 | 1;
  negationReach: number;
  /** Short words of the language English never uses, for Latin-script languages: a sentence with more of them than English ones is read. */
  functionWords: readonly string[];
  /** Letters of the language that English and the table's other Latin-script languages do not use: one in a sentence makes it clearly this language. */
  letters?: string;
  phrases: Partial<Record<PhraseConcept | StructureConcept, readonly string[]>>;
}
