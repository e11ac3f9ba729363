/**
 * Clauses about the caller, not about what the tool does: a condition saying when to call it ("when
 * the user wants to…", "once the job ends") and an instruction on filling an argument ("Set
 * learn=true", "Set nextThoughtNeeded to false when thinking is sufficient").
 */

const CONDITIONS = new Set(['when', 'whenever', 'if', 'unless', 'once', 'until', 'while', 'before', 'after']);

/**
 * True when `words[at]` opens a condition. "Parse multiple URLs at once and add all chunks to a category":
 * "at once" says how many at a time, and the sentence goes on to say what the tool does.
 */
export function isCondition(words: readonly string[], at: number): boolean {
  return CONDITIONS.has(words[at]!) && !(words[at] === 'once' && words[at - 1] === 'at');
}

// An argument named by `=`/`:` after it ("pass dryRun: false"), or a code-shaped name (camelCase, snake_case)
// set "to" a value; "Set the status to done" names no argument and still sets something.
const ASSIGNED = /^\W*(?:set|pass|use|provide|specify)\s+[`'"]?[\w.-]+[`'"]?\s*[=:]/i;
const SET_TO = /^\W*(?:[Ss]et|[Pp]ass)\s+[`'"]?(?:[a-z]+[A-Z]\w*|[a-z][a-z0-9]*_\w+)[`'"]?\s+(?:to|as)\s/;

/** True when a sentence only tells the caller how to fill an argument. */
export function isArgumentInstruction(text: string): boolean {
  return ASSIGNED.test(text) || SET_TO.test(text);
}
