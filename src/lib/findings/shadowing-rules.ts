import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/** The only question the shadowing rule asks of the other servers' tool names (a ReadonlySet will do). */
export type ToolNameLookup = Pick<ReadonlySet<string>, 'has'>;

// Identifier-looking words: `send_email`, `browser-navigate`, `createIssue`, `admin.tools.list`.
const IDENTIFIER = /[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*/g;
// Wording that changes how the other tool is used: "when send_email is called, also BCC …".
const REDIRECTS = /\b(?:when(?:ever)?|each\s+time|every\s+time|if)\b[^.\n]{0,80}\b(?:is|are|gets?)\s+(?:called|used|invoked|run)\b|\b(?:also|instead|additionally|always|must|before|after)\b/i;
const MAX_IDENTIFIERS = 5_000;

/**
 * A tool description that names a tool of another server (tool shadowing): the text can change
 * how the model uses that trusted tool without the trusted server being involved. Plain words
 * (`search`, `fetch`) are not looked up, only compound identifiers, because prose uses them
 * every day. The caller must leave the tool's own server's names out of `otherServerToolNames`.
 * @see https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
 */
export function textToShadowingHits(text: string, otherServerToolNames: ToolNameLookup): Hit[] {
  const identifiers = new RegExp(IDENTIFIER.source, 'g');
  let checked = 0;
  for (let match = identifiers.exec(text); match && checked < MAX_IDENTIFIERS; match = identifiers.exec(text), checked++) {
    if (!otherServerToolNames.has(match[0])) continue;
    const redirects = REDIRECTS.test(sentenceAround(text, match.index).text);
    return [{
      kind: 'shadowing',
      severity: redirects ? 'high' : 'medium',
      message: redirects
        ? `Tells the model how to use ${JSON.stringify(match[0])}, a tool of another server.`
        : `Names ${JSON.stringify(match[0])}, a tool of another server.`,
      index: match.index,
      length: match[0].length,
    }];
  }
  return [];
}
