import { inflectionToVerb, NOUN_LIKE_VERBS } from './lexicon.ts';

/**
 * "Only builds in the `failed` state can be analysed", "Reports older than a year are archived":
 * a plural noun that is also a verb, opening its sentence, is that sentence's subject when a
 * modal or a plural auxiliary follows in the same clause; the sentence says what can be done to
 * the builds, not that the tool builds. "Builds the project and can deploy it" and "reports whether
 * a task can be assigned" keep their verb: the clause ends at "and", a relative pronoun or
 * "whether" before the modal.
 */

const SUBJECT_VERBS = new Set(['can', 'cannot', "can't", 'could', 'will', 'must', 'may', 'might', 'should', 'are', 'were', 'need']);
// Words that join the plural nouns of a list opening a sentence ("Creates, updates and deletes are…").
const LIST_JOINERS = new Set(['and', 'or', '&', '/']);
const CLAUSE_ENDS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'if', 'when', 'then', 'so', 'to', 'whether', 'how', 'what', 'why', 'where']);
/** How far after the noun its verb may come ("builds in the `failed` state can…"). */
const SUBJECT_REACH = 8;

/** True when the third-person form `words[at]` (of `verb`) opens its sentence as a plural noun, the subject of a modal or auxiliary after it. */
export function isPluralSubject(words: readonly string[], at: number, verb: string): boolean {
  if (!words.slice(0, at).every(isListedPlural)) return false;
  let end = at + 1;
  while (end < words.length && isListedPlural(words[end]!)) end += 1;
  if (SUBJECT_VERBS.has(words[end] ?? '')) return true;
  if (at !== 0 || !NOUN_LIKE_VERBS.has(verb)) return false;
  for (const word of words.slice(at + 1, at + 1 + SUBJECT_REACH)) {
    if (SUBJECT_VERBS.has(word)) return true;
    if (CLAUSE_ENDS.has(word)) return false;
  }
  return false;
}

/** A third-person form or a word joining one to the next, in a list of plural nouns. */
function isListedPlural(word: string): boolean {
  return LIST_JOINERS.has(word) || inflectionToVerb(word)?.form === 'third';
}
