import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/** The only question the shadowing rule asks of the other servers' tool names (a ReadonlySet will do). */
export type ToolNameLookup = Pick<ReadonlySet<string>, 'has'>;

// Runs of identifier characters; a run is looked up only if it looks like a compound name
// (`send_email`, `browser-navigate`, `createIssue`, `admin.tools.list`). Matching runs first
// and judging them after keeps the scan linear on a megabyte of letters.
const WORD_RUN = /[A-Za-z0-9_.-]+/g;
const COMPOUND_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+$|^[a-z]+[A-Z][A-Za-z0-9]*$/;
const MAX_NAME_LENGTH = 128;
// Changing how the other tool behaves, not merely naming it ("MUST call list_databases first" is an
// order of calls; "search_nodes: a file to search instead of a live target" describes an option).
const REDIRECTS = /\b(?:when(?:ever)?|each\s+time|every\s+time|if)\b[^.\n]{0,80}\b(?:is|are|gets?)\s+(?:called|used|invoked|run)\b|\balso\s+(?:send|add|include|cc|bcc|copy|forward|set|change|pass)\b/i;
const MAX_IDENTIFIERS = 5_000;

/**
 * A tool description that names a tool of another server (tool shadowing): the text can change
 * how the model uses that trusted tool without the trusted server being involved. Plain words
 * (`search`, `fetch`) are not looked up, only compound identifiers, because prose uses them
 * every day. The caller must leave the tool's own server's names out of `otherServerToolNames`.
 * @see https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
 */
export function textToShadowingHits(text: string, otherServerToolNames: ToolNameLookup): Hit[] {
  const runs = new RegExp(WORD_RUN.source, 'g');
  let checked = 0;
  for (let match = runs.exec(text); match && checked < MAX_IDENTIFIERS; match = runs.exec(text)) {
    // A name at the end of a sentence carries the full stop: "call send_email."
    const name = match[0].replace(/[.-]+$/, '');
    if (name.length > MAX_NAME_LENGTH || !COMPOUND_NAME.test(name)) continue;
    checked++;
    if (!otherServerToolNames.has(name)) continue;
    const redirects = REDIRECTS.test(sentenceAround(text, match.index).text);
    return [{
      kind: 'shadowing',
      // Merely naming another server's tool is common at catalogue scale (`read_file`, `list_files`): a note.
      severity: redirects ? 'high' : 'low',
      message: redirects ? `Tells the model how to use ${JSON.stringify(name)}, a tool of another server.` : `Names ${JSON.stringify(name)}, a tool of another server.`,
      index: match.index,
      length: name.length,
    }];
  }
  return [];
}
