import type { Tool } from '../schemas/tool.ts';
import { inflectionToVerb } from './lexicon.ts';
import { REPORT_NOUNS } from './nouns.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

// Nouns that name data or a measure of it: "Coin treasury data", "Number of sessions per browser", "Crypto-related stocks".
const DATA_WORDS = new Set([
  ...REPORT_NOUNS, 'data', 'number', 'count', 'maximum', 'minimum', 'total', 'average', 'stocks', 'holdings', 'prices', 'quotes',
  'rates', 'orders', 'progress', 'verification', 'discovery', 'calculation', 'check', 'lookup', 'results',
  // "Passive liveness detection", "AML screening against watchlists": a check named as a noun computes an answer.
  'detection', 'screening', 'analysis', 'assessment', 'validation', 'inspection', 'estimation', 'recognition', 'classification', 'comparison', 'prediction',
]);
// An imperative's object starts with these ("Steal a stealable issue"); a condition is no noun phrase ("BEFORE calling…").
const NOT_A_NOUN_PHRASE = new Set(['the', 'a', 'an', 'this', 'these', 'your', 'its', 'all', 'any', 'each', 'before', 'after', 'if', 'when', 'while', 'unless']);
// Where the first noun phrase ends: "Number | of sessions", "Real-time fact verification | against web knowledge".
const PHRASE_ENDS = new Set(['of', 'with', 'for', 'per', 'in', 'on', 'against', 'from', 'by', 'across', 'over', 'to', 'at', 'between', 'and', 'or', 'that', 'which', 'if', 'whether']);
// The text before a parenthesis, comma, semicolon or dash (" - ", " -- "): "Coin treasury data (corporate holdings)".
const CLAUSE_END = /[(,;:\u2014\u2013]|\s--?\s/;

/**
 * "Coin treasury data (corporate holdings).", "User with the maximum number of sessions in the last X time.":
 * a description whose first sentence is a noun phrase naming data, in a definition where no verb, argument
 * or annotation says what a call does, names what the call returns: Read, weakly (an aside), so the
 * verdict needs review. A first word that is a verb ("Record task feedback"), or one followed by its
 * object ("Steal a stealable issue"), is no noun phrase; the rubric's Other stands.
 */
export function nounPhraseReadSignal(tool: Tool): Signal | undefined {
  const first = textToSentences(tool.description ?? '')[0];
  if (!first) return undefined;
  const [opening, second] = first.words;
  if (opening === undefined || inflectionToVerb(opening) || NOT_A_NOUN_PHRASE.has(opening) || NOT_A_NOUN_PHRASE.has(second ?? '')) return undefined;
  // The head of the first noun phrase names the data ("Interactive data modeling" is modeling, not data).
  const phrase = textToSentences(first.text.split(CLAUSE_END)[0]!)[0]?.words ?? [];
  const end = phrase.findIndex((w, at) => at > 0 && PHRASE_ENDS.has(w));
  const head = phrase[(end < 0 ? phrase.length : end) - 1];
  // "User with the maximum number of sessions": the data may follow the head's preposition ("Interactive data modeling with
  // design patterns" is still modeling).
  const noun = head !== undefined && DATA_WORDS.has(head) ? head : end < 0 ? undefined : phrase.slice(end + 1).find((w) => DATA_WORDS.has(w));
  return noun !== undefined ? signal('Read', LEVEL.aside, 'description', `description only names data (\`${noun}\`): what the call returns`) : undefined;
}
