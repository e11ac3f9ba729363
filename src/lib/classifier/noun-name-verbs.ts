import type { Tool } from '../schemas/tool.ts';
import { inflectionToVerb, NOUN_LIKE_VERBS } from './lexicon.ts';
import { LEVEL, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

/**
 * `tag_entities` "Find the named entities in a text", `set_operations` "Compute the union or difference of two lists":
 * a name whose verb is as often a noun (a tag, a set, a label, a draft) beside a description whose first sentence
 * opens with another verb that only reads, and says nothing else that changes data: the description says what the call
 * does (the rubric's note: the description outranks the name), and the name's word weighs as a statement (4).
 */
// Verbs that only observe or compute by their meaning (not download, export, load, open, capture, generate: reads that
// turn out to save a file or make something on servers the rules have not seen).
const OBSERVING_OR_COMPUTING = new Set([
  'get', 'list', 'search', 'find', 'read', 'describe', 'show', 'view', 'inspect', 'lookup', 'look', 'retrieve', 'count', 'query',
  'browse', 'preview', 'compare', 'explain', 'summarize', 'summarise', 'compute', 'calculate', 'check', 'verify', 'validate',
  'analyze', 'analyse', 'estimate', 'detect', 'identify', 'classify', 'parse', 'measure', 'score', 'determine',
]);

export function weighNounNameVerbs(tool: Tool, signals: Signal[]): Signal[] {
  const named = signals.find((s) => s.source === 'name' && s.category === 'Write' && s.verb !== undefined && NOUN_LIKE_VERBS.has(s.verb) && s.level === LEVEL.name);
  if (!named) return signals;
  const others = signals.filter((s) => s !== named && s.category !== 'Read' && s.category !== 'Other' && s.level >= LEVEL.statement);
  if (others.length > 0) return signals;
  const first = textToSentences(tool.description ?? '')[0];
  const opening = first ? inflectionToVerb(first.words[0] ?? '') : undefined;
  if (!opening || opening.form === 'gerund' || opening.verb === named.verb || !OBSERVING_OR_COMPUTING.has(opening.verb)) return signals;
  if (!signals.some((s) => s.source === 'description' && s.category === 'Read' && s.level >= LEVEL.leadPlain)) return signals;
  return signals.map((s) => (s === named ? { ...s, level: LEVEL.statement, text: `${s.text} (a noun: the description reads “${first!.text.slice(0, 60)}”)` } : s));
}
