/**
 * "Get the list of supported actions ("create", "delete")", "Report that the toolset is up (no-op
 * "start")": a verb in quotes is mentioned, not used. After a verb that reads, it names part of what
 * is read or reported, not something the call does (the quoted values of an action argument the
 * call takes are read from its schema, not from here).
 */

const QUOTED_WORD = /["'“”‘’`]([\w-]+)["'“”‘’`]/g;

// Words of one sentence are asked about one after another: the sentence's quoted words are found once.
let lastText: string | undefined;
let lastQuoted: ReadonlySet<string> = new Set();

/** True when `word` stands in quotes in `text` ("\"delete\"", '“start”'). */
export function isQuoted(text: string, word: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastQuoted = new Set(Array.from(text.matchAll(QUOTED_WORD), (m) => m[1]!.toLowerCase()));
  }
  return lastQuoted.has(word);
}
