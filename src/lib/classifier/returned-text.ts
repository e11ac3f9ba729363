import type { Tool } from '../schemas/tool.ts';
import { PRODUCING_VERBS } from './nouns.ts';
import type { Signal } from './signal.ts';
import { textToSentences } from './words.ts';

// "Returns the source code of the generated contract", "Returns the generated Markdown", "… and return it for review":
// what comes back is text.
const RETURNS_TEXT = /\breturns?\s+(?:it|them)\s+(?:for|to\s+the\s+(?:caller|user)|as\s+text|without)\b|\breturns?\s+(?:only\s+)?(?:the\s+|a\s+|an\s+)?(?:generated\s+|resulting\s+|rendered\s+|full\s+)?(?:source\s+code|code|markdown|text|snippet|template|yaml|json|html|svg)\b(?!\s+(?:id|ids|url|link|of\s+(?:the\s+)?(?:created|new)))/i;
// Any sign that the made thing is also kept somewhere: then the call writes, whatever it returns.
const KEEPS = /\b(?:saves?|saved|writes?|written|stores?|stored|persists?|persisted|commits?|uploads?|deploys?|creates?\s+(?:a\s+)?(?:file|pr|pull request|commit))\b/gi;
const NEGATED_BEFORE = /\b(?:not|never|without|no|nor|doesn't|don't|won't)\s+(?:\w+\s+)?$/i;

/** Whether the description says the made thing is kept (saved, written, stored…) other than to deny it. */
function keepsIt(description: string): boolean {
  for (const match of description.matchAll(KEEPS)) {
    if (!NEGATED_BEFORE.test(description.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}

/**
 * "Make a fungible token per the ERC-20 standard. Returns the source code of the generated contract…
 * Does not write to disk.": a tool whose lead verb makes something (make, create, generate, build…)
 * and whose description says what comes back is its text (source code, Markdown, a snippet, YAML…)
 * produces text for the caller and changes nothing (issue #14; the rubric's Read), unless the
 * description also says the thing is saved, written, stored or deployed. The lead's and the name's
 * producing Write is re-read as Read; anything that runs, deletes or pays stands.
 */
export function weighReturnedText(tool: Tool, nameWords: readonly string[], signals: Signal[]): Signal[] {
  const description = tool.description ?? '';
  const returned = RETURNS_TEXT.exec(description);
  if (!returned || keepsIt(description)) return signals;
  const opening = textToSentences(description)[0]?.words[0];
  const makes = (opening !== undefined && PRODUCING_VERBS.has(opening)) || nameWords.some((w) => PRODUCING_VERBS.has(w));
  if (!makes) return signals;
  const producing = (s: Signal) => s.category === 'Write' && (s.source === 'description' || ((s.source === 'name' || s.source === 'title') && s.verb !== undefined && PRODUCING_VERBS.has(s.verb)));
  return signals.map((s) => (producing(s) ? { ...s, category: 'Read', text: `${s.text} (hands back text: “${returned[0]}”)` } : s));
}
