/**
 * "Set learn=true to discover sub-commands", "pass dryRun: false", "Set nextThoughtNeeded to false when
 * thinking is sufficient": how the caller fills an argument, not what the tool does. An argument is named
 * by `=`/`:` after it, or by a code-shaped name (camelCase, snake_case) set "to" a value; "Set the
 * status to done" names no argument and still sets something.
 */
const ASSIGNED = /^\W*(?:set|pass|use|provide|specify)\s+[`'"]?[\w.-]+[`'"]?\s*[=:]/i;
const SET_TO = /^\W*(?:[Ss]et|[Pp]ass)\s+[`'"]?(?:[a-z]+[A-Z]\w*|[a-z][a-z0-9]*_\w+)[`'"]?\s+(?:to|as)\s/;

/** True when a sentence only tells the caller how to fill an argument. */
export function isArgumentInstruction(text: string): boolean {
  return ASSIGNED.test(text) || SET_TO.test(text);
}
