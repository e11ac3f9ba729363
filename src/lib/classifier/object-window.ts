import { inflectionToVerb } from './lexicon.ts';
import { STORED_MARKER } from './nouns.ts';

/**
 * Words that end a verb's object: a preposition or a clause opener. "Create a mailbox under the given mail order":
 * what follows "under", "inside", "between"… says where or whose, not what the verb acts on.
 */
const CLAUSE_BOUNDARIES = new Set([
  'for', 'from', 'with', 'using', 'via', 'by', 'against', 'into', 'to', 'across', 'through', 'within', 'at', 'in', 'on', 'of', 'that', 'which', 'who', 'where', 'when', 'if', 'while', 'than',
  'under', 'inside', 'onto', 'between', 'among', 'during', 'about', 'per',
]);
const SWITCHES = new Set(['switch', 'switches', 'switching']);
const ATTACHING = new Set(['attach', 'attaches', 'attaching', 'detach', 'detaches', 'detaching']);
// "Report that the toolset is available", "reports whether a task can be assigned": the clause `report` says is its object.
const REPORTING = new Set(['report', 'reports', 'reporting']);
const REPORTED_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'which', 'when', 'where', 'who', 'why']);
// "Create a guide in the wiki": a text put somewhere is stored, not handed back.
const PLACES = new Set(['in', 'into', 'to', 'on', 'under', 'inside', 'within', 'onto']);
/** How many words after the verb its object may take. */
const REACH = 9;

/** The words after a verb up to the next clause; ends with `STORED_MARKER` when a place follows ("… in the wiki"). */
export function objectWindow(words: readonly string[], at: number): string[] {
  const verb = words[at]!;
  const next = words[at + 1] ?? '';
  // "Attach to a running process", "Detach from the debuggee": the preposition stays, it tells connecting from attaching a thing.
  const kept = (ATTACHING.has(verb) && (next === 'to' || next === 'from')) || (REPORTING.has(verb) && REPORTED_OPENERS.has(next));
  const objects: string[] = kept ? [next] : [];
  // "Switch to a different account": the object comes after "to".
  const from = (SWITCHES.has(verb) && next === 'to') || kept ? at + 2 : at + 1;
  for (const [i, word] of words.slice(from, from + REACH).entries()) {
    // "Clears in-memory state": "in memory" before a noun qualifies it (volatile state), it places nothing.
    if (word === 'memory' && objects.at(-1) === IN_MEMORY) continue;
    if (word === 'in' && words[from + i + 1] === 'memory' && words[from + i + 2] !== undefined && !CLAUSE_BOUNDARIES.has(words[from + i + 2]!)) {
      objects.push(IN_MEMORY);
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(word)) {
      if (PLACES.has(word) && !isInfinitive(words, from + i)) objects.push(STORED_MARKER);
      break;
    }
    objects.push(word);
  }
  return objects;
}

// "Build the command to deploy the stack": "to" before a verb and its object says what the thing is for, not where it is put.
const DETERMINERS = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'your', 'all', 'its', 'their']);
const isInfinitive = (words: readonly string[], at: number) => words[at] === 'to' && inflectionToVerb(words[at + 1] ?? '')?.form === 'base' && DETERMINERS.has(words[at + 2] ?? '');

/** "in memory" qualifying the noun after it, as one word: what a reset of a running process loses, no stored data. */
export const IN_MEMORY = 'in-memory';
