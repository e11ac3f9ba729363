/**
 * "Get the list of supported actions ("create", "delete")", "Report that the toolset is up (no-op
 * "start")": a verb in quotes is mentioned, not used. After a verb that reads, it names part of what
 * is read or reported, not something the call does (the quoted values of an action argument the
 * call takes are read from its schema, not from here).
 */

const QUOTES = `["'“”‘’\`]`;

/** True when `word` stands in quotes in `text` ("\"delete\"", '“start”'). */
export function isQuoted(text: string, word: string): boolean {
  return new RegExp(`${QUOTES}${word.replace(/[^\w-]/g, '')}${QUOTES}`, 'i').test(text);
}
