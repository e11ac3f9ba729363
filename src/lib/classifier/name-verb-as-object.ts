import { DATA_NOUNS, DATA_PHRASE_WORDS } from './description-signals.ts';
import { inflectionToVerb, NOUN_LIKE_VERBS, verbToCategory } from './lexicon.ts';
import { SESSION_VERBS } from './nouns.ts';
import { LEVEL, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

// Before the name's word in the description: these make it a verb again ("List files to delete", "items that send").
const VERB_BEFORE = new Set(['to', 'and', 'or', 'then', 'that', 'which', 'who', 'can', 'will', 'may', 'must', 'should', 'not', 'never']);
// After it: an object, so it is used as a verb ("List and send the report").
const OBJECT_AFTER = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'these', 'those', 'your', 'its', 'their', 'all', 'any', 'each', 'every', 'some']);
// "Generate the exact shell command to install a component": an infinitive after a text the call hands back says what
// that text does when someone runs it, not what the call does ("Find files to delete" still finds what to delete).
const TEXTS_FOR_THE_CALLER = new Set(['command', 'commands', 'script', 'scripts', 'snippet', 'snippets', 'code', 'query', 'queries', 'instructions', 'steps', 'guide', 'config', 'configuration', 'manifest', 'recipe']);
const isTextsPurpose = (words: readonly string[], at: number) => words[at - 1] === 'to' && TEXTS_FOR_THE_CALLER.has(words[at - 2] ?? '');

/**
 * `list_send` "List all Bitwarden Sends", `mcp_undo_history` "List the undo and redo stacks",
 * `TypeReference` "Returns a detailed reference of the types…": when the description's first sentence
 * opens with a verb that reads (or returns) and names the name's verb word inside its
 * object, that word is a noun of the product (a Bitwarden Send, the undo stack), not what the call does; so is
 * a noun-like name verb modifying the data a short verbless first sentence names (`index_data` "Index data.").
 * The description outranks the name (the rubric's note): the name's word is no verb, and weighs only as a tie-breaker.
 */
export function demoteNameVerbsNamedAsObject(signals: Signal[], description: string): Signal[] {
  const candidates = signals.filter((s) => (s.source === 'name' || s.source === 'title') && s.verb !== undefined && s.category !== 'Read' && s.level > LEVEL.softName && !s.warning);
  if (candidates.length === 0) return signals;
  const first = textToSentences(description)[0];
  if (!first) return signals;
  // "Index data." on `index_data`: a short first sentence naming data uses the name's word as a modifier of it.
  // Only a word that is a noun as often as a verb (`index`, `record`, `order`), and no phrase opening with another verb.
  const opening = inflectionToVerb(first.words[0]!);
  const namesData = first.words.length <= DATA_PHRASE_WORDS && DATA_NOUNS.has(first.words.at(-1)!) && !SESSION_VERBS.has(first.words[0]!) && (!opening || NOUN_LIKE_VERBS.has(opening.verb));
  const reads = opensWithRead(first.words[0]!);
  if (!namesData && !reads) return signals;
  const modifies = (verb: string, at: number) => namesData && NOUN_LIKE_VERBS.has(verb) && at < first.words.length - 1;
  const namedAsObject = (verb: string) => first.words.some((word, at) => ((reads && at > 0) || modifies(verb, at)) && isFormOf(word, verb) && (isTextsPurpose(first.words, at) || (!VERB_BEFORE.has(first.words[at - 1] ?? '') && !OBJECT_AFTER.has(first.words[at + 1] ?? ''))));
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
