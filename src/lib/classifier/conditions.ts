/**
 * Words that open a condition ("when the user wants to…", "once the job ends"): what follows is not the
 * tool acting. "Parse multiple URLs at once and add all chunks to a category": "at once" says how many
 * at a time, and the sentence goes on to say what the tool does.
 */
const CONDITIONS = new Set(['when', 'whenever', 'if', 'unless', 'once', 'until', 'while', 'before', 'after']);

/** True when `words[at]` opens a condition. */
export function isCondition(words: readonly string[], at: number): boolean {
  return CONDITIONS.has(words[at]!) && !(words[at] === 'once' && words[at - 1] === 'at');
}
