import type { Position } from './verb-position.ts';

// What stands for the call itself as a sentence's subject: "It charges…", "This tool will bill…", "The call also pays…".
const TOOL_SUBJECTS = new Set(['it', 'this', 'tool', 'call', 'endpoint', 'operation', 'action', 'request']);
const MODALS = new Set(['will', 'can', 'may', 'shall', 'would']);
const ADVERBS = new Set(['also', 'then', 'immediately', 'automatically', 'additionally']);
// Words that may open a sentence before its subject: "This tool…", "The call…", "Then it…".
const OPENERS = new Set(['the', 'this', 'then', 'and', 'also']);

/**
 * True when the verb at `at` (a statement or a modal, not the sentence's first word) has the tool for its subject,
 * at the sentence's start: "This activates billing", "It will charge the card", "The call also pays the seller";
 * not "Diversity can change result order" or "the customer pays later", where something else acts.
 */
export function isToolSubject(words: readonly string[], at: number, position: Position | undefined): boolean {
  if (position !== 'statement' && position !== 'modal') return false;
  let i = at - 1;
  while (i >= 0 && (MODALS.has(words[i]!) || ADVERBS.has(words[i]!) || words[i]!.endsWith('ly'))) i--;
  if (i < 0 || !TOOL_SUBJECTS.has(words[i]!)) return false;
  return words.slice(0, i).every((w) => OPENERS.has(w));
}
