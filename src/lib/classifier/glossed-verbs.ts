import type { Category } from '../taxonomy.ts';
import { inflectionToVerb, verbToCategory } from './lexicon.ts';

/**
 * "Show (unhide) a range of columns", "Open (check out) the record": a verb glossed at once by a
 * bracketed verb means what the gloss says. The bracket is the author's own reading of a word
 * that could mean several things, so the sentence's category is the gloss verb's ("Show (unhide)
 * a range of rows" changes the sheet: Write), not the plain word's (show: Read).
 */
const GLOSSED = /\b([A-Za-z]+)\s+\(([a-z]+)\)/;

/** The category of the verb that glosses `verb` in `text` ("Show (unhide) …" → the category of unhide), or undefined. */
export function glossedVerbCategory(verb: string, text: string): Category | undefined {
  const found = GLOSSED.exec(text);
  if (!found || inflectionToVerb(found[1]!.toLowerCase())?.verb !== verb) return undefined;
  const gloss = inflectionToVerb(found[2]!)?.verb;
  return gloss && gloss !== verb ? verbToCategory(gloss) : undefined;
}
