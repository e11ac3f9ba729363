import type { Sentence } from './words.ts';

// A sentence that opens with a quotation mark and closes it: `ai_generate({ prompt: "Write a Python function" })`.
const QUOTED = /^\s*(["“'‘])([^"“”'‘’]{3,})(["”'’])/;

/**
 * "Example: ai_generate({ prompt: "Write a Python function to sort a list" })", "Use when the user says: 'reload the
 * plugin'": after the first sentence, a sentence that opens with a quoted text is a value the caller might pass or words
 * a user might say, mentioned, not what the call does (the verbs inside it are an example's, not the tool's).
 */
export function isQuotedExample(sentence: Sentence, index: number): boolean {
  return index > 0 && QUOTED.test(sentence.text);
}
