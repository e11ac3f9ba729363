import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

// "Decrypts credentials and saves as individual files", "It writes findings": the call, as subject, stores something.
const STORES_FIRST = /^(?:(?:it|this tool|the tool|this|also|then)\s+)?(?:also\s+)?(?:saves|stores|writes|persists|inserts|uploads)\b/i;
const IT_STORES = /\b(?:it|this tool|the tool)\s+(?:also\s+)?(?:saves|stores|writes|persists|inserts|uploads)\b/i;
// "Decrypts credentials and saves them as individual files": a second verb of a sentence that opens with the call's verb.
const AND_STORES = /^[a-z]+s\b[^.;:!?]{0,60}?\band\s+(?:then\s+)?(?:saves|stores|writes|persists|inserts|uploads)\b/i;
// "Full reports are saved to disk", "Each variant is added as 'active'": what the call made is stored.
const STORED_PASSIVE = /\b(?:is|are|gets|get)\s+(?:automatically\s+|also\s+|then\s+)?(?:saved|stored|written|persisted|inserted|uploaded|added)\s+(?:to|in|into|as|on|under|alongside)\b/i;
// Not a store denied, conditional, possible or someone else's: "nothing is saved", "if saved", "can be saved", "you must save".
const NOT_THE_CALLS = /\b(?:not|never|no|nothing|without|if|when|unless|can|could|may|might|should|must|would|cache[sd]?|caching|you|user|users|caller)\b/i;
// "Full reports are saved to disk", "Logs are written to …": the by-products of an observation, kept for the caller to read.
const BY_PRODUCTS = /\b(?:reports?|logs?|results?|outputs?|screenshots?|traces?|artifacts?|snapshots?|recordings?)\b/i;
// Most descriptions say none of these: skip the sentence-by-sentence reading for them.
const STORE_WORDS = /\b(?:saves|stores|writes|persists|inserts|uploads|saved|stored|written|persisted|inserted|uploaded|added)\b/i;
// Name verbs that observe by their meaning: their reads stand (a stored cache or log beside a lookup is no change).
const OBSERVING_NAME_VERBS = new Set(['get', 'list', 'search', 'find', 'read', 'describe', 'show', 'view', 'inspect', 'lookup', 'retrieve', 'count', 'query', 'browse', 'check', 'verify', 'validate', 'status', 'info']);

/**
 * "Open a .0n bundle and extract connections. Decrypts credentials and saves as individual files.",
 * "Run a patent scan. … it writes findings.", "Generate N variants of a form's headline. Each variant is added
 * as 'active'.": after a lead that reads by what it acts on (open, run, generate, convert, scan), a later
 * sentence that says the call itself stores what it made states an effect, the worst thing the call does
 * (the rubric's Write). It weighs like the lead's plain verb (6), so a tie with the reading lead goes to the
 * change; a read-only claim, or a name whose verb only observes (get, list, search…), still decides.
 */
export function statedStoreSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  if (nameWords.some((w) => OBSERVING_NAME_VERBS.has(w)) || !STORE_WORDS.test(tool.description ?? '')) return undefined;
  const later = textToSentences(tool.description ?? '').slice(1);
  for (const sentence of later) {
    const text = sentence.text;
    if (NOT_THE_CALLS.test(text) || BY_PRODUCTS.test(text)) continue;
    if (STORES_FIRST.test(text) || IT_STORES.test(text) || AND_STORES.test(text) || STORED_PASSIVE.test(text)) {
      const excerpt = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      return signal('Write', LEVEL.leadPlain, 'description', `description says the call stores what it made: “${excerpt}”`);
    }
  }
  return undefined;
}
