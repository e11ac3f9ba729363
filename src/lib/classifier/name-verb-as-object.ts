import { inflectionToVerb, verbToCategory } from './lexicon.ts';
import { LEVEL, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

// Before the name's word in the description: these make it a verb again ("List files to delete", "items that send").
const VERB_BEFORE = new Set(['to', 'and', 'or', 'then', 'that', 'which', 'who', 'can', 'will', 'may', 'must', 'should', 'not', 'never']);
// After it: an object, so it is used as a verb ("List and send the report").
const OBJECT_AFTER = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'these', 'those', 'your', 'its', 'their', 'all', 'any', 'each', 'every', 'some']);

/**
 * `list_send` "List all Bitwarden Sends", `mcp_undo_history` "List the undo and redo stacks",
 * `TypeReference` "Returns a detailed reference of the types…": when the description's first sentence
 * opens with a verb that reads (or returns) and names the name's verb word inside its
 * object, that word is a noun of the product (a Bitwarden Send, the undo stack), not what the call does.
 * The description outranks the name (the rubric's note): the name's word is no verb, and weighs only as a tie-breaker.
 */
export function demoteNameVerbsNamedAsObject(signals: Signal[], description: string): Signal[] {
  const candidates = signals.filter((s) => (s.source === 'name' || s.source === 'title') && s.verb !== undefined && s.category !== 'Read' && s.level > LEVEL.softName && !s.warning);
  if (candidates.length === 0) return signals;
  const first = textToSentences(description)[0];
  if (!first || !opensWithRead(first.words[0]!)) return signals;
  const namedAsObject = (verb: string) => first.words.some((word, at) => at > 0 && isFormOf(word, verb) && !VERB_BEFORE.has(first.words[at - 1]!) && !OBJECT_AFTER.has(first.words[at + 1] ?? ''));
  return signals.map((s) => (candidates.includes(s) && namedAsObject(s.verb!) ? { ...s, level: LEVEL.hint, text: `${s.text} (a noun: the description reads “${first.text.slice(0, 60)}”)` } : s));
}

// "Returns a detailed reference of the types…": verbs that only hand something back.
const RETURNING = new Set(['return', 'returns', 'provide', 'provides', 'give', 'gives']);

/** A first word that reads: a read verb (not its -ing form), or one that only hands something back. */
function opensWithRead(word: string): boolean {
  if (RETURNING.has(word)) return true;
  const opening = inflectionToVerb(word);
  return opening !== undefined && opening.form !== 'gerund' && verbToCategory(opening.verb) === 'Read';
}

/** `send`, `sends`; `undo`; `index`, `indexes`: the word itself or its plural, as a noun. */
function isFormOf(word: string, verb: string): boolean {
  return word === verb || word === `${verb}s` || word === `${verb}es`;
}
