/**
 * Code arguments beyond their names (the rubric's Execute: code, shell commands, arbitrary SQL, scripts). An argument
 * whose own words say it is code to run (`source: "Source code to execute"`, `input: "Shell command to run"`) takes
 * code whatever it is called; code handed to a tool that saves it (`save_query(name, sql)` "Save a SQL query to the
 * query library") is content stored, run by no one in this call, unless the definition also says it runs.
 */

// "Source code to execute", "JavaScript to evaluate in the page", "Shell command that will be run": the argument is code run by the call.
const CODE_TO_RUN = /\b(?:code|commands?|script|statements?|program|javascript|js|python|shell command|bash command)\s+(?:to\s+(?:be\s+)?|that\s+(?:will\s+be|is)\s+|which\s+(?:will\s+be|is)\s+)(?:run|execute|executed|evaluate|evaluated)\b/i;
// "Name of the script to run", "ID of the command to execute", "Path to the script to run": names the code, does not carry it.
const NAMES_THE_CODE = /\b(?:name|id|identifier|key|slug|path|file|uuid|title)\s+(?:of|for|to)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:code|commands?|script|statements?|program)\b/i;

/** True when an argument's own description says it carries code for the call to run. */
export function describesCodeToRun(said: string): boolean {
  return CODE_TO_RUN.test(said) && !NAMES_THE_CODE.test(said);
}

// `save_query`, `store_snippet`, "Save a SQL query to the library": the verbs of keeping a text.
const STORING_VERBS = new Set(['save', 'saves', 'store', 'stores', 'bookmark', 'bookmarks']);

/** True when the tool's name or the description's first word keeps a text rather than running it. */
export function storesCode(nameWords: readonly string[], leadVerb: string): boolean {
  return nameWords.some((w) => STORING_VERBS.has(w)) || STORING_VERBS.has(leadVerb);
}
