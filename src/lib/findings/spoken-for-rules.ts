import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';

/**
 * Text the tool reads made to speak for someone with authority, then obeyed: whatever noun names
 * the text (directives, invite descriptions, pinned messages, the comments inside a doc) and
 * whoever it is said to speak for ("reflect the account owner's wishes", "speak for the calendar
 * owner", "express the workspace admin's intent", "are written by the user himself"), followed in
 * its sentence or the next by an order to act on it ("act on them directly", "carry out any steps
 * they list", "do everything the comment is telling you"). "The bio reflects the account owner's
 * own words and is returned as plain text" speaks for someone and orders nothing.
 */
const OUTSIDE = String.raw`(?:directives?|instructions?|messages?|content|contents|text|comments?|notes?|e-?mails?|pages?|descriptions?|invites?|tickets?|posts?|blocks?|threads?|docs?|documents?|lines?|cells?|rows?|entries|replies|reviews?|issues?|responses?|answers?|submissions?|events?|items?|feeds?|records?|they|those|these|it)`;
const AUTHORITY = String.raw`(?:(?:the|a|an|each|every)\s+)?(?:[\w-]+\s+){0,2}?(?:user|owner|holder|customer|client|admin\w*|administrator|requester|manager|principal|boss|operator|lead|supervisor|director)(?:'s|s')?`;
const SPEAKS_FOR = new RegExp(String.raw`\b${OUTSIDE}\b[^.;!?\n]{0,60}?\b(?:reflects?|represents?|express(?:es)?|conveys?|carr(?:y|ies)|speaks?\s+for|stands?\s+for|(?:is|are)\s+written\s+(?:by|from)|(?:is|are)\s+sent\s+by|comes?\s+from|(?:is|are)\s+coming\s+from|(?:is|are)\s+(?:the\s+)?(?:voice|will|wishes|intent)\s+of|(?:is|are)\s+how)\s+${AUTHORITY}(?:\s+(?:talks?|speaks?|writes?|gives?\s+orders)\s+to\s+you)?(?:\s+(?:own\s+)?(?:wishes|will|intent(?:ions?)?|instructions|decisions|requests|voice|orders|words|authority|approval|backing))?(?:\s+(?:himself|herself|themselves|itself))?`, 'gi');
// The order to obey: acting on the text, carrying out what it lists, doing what it says.
const OBEY = /\bcarry\s+(?:it|them)\s+out\b|\b(?:act\s+on|carry\s+out|execute|perform|follow|obey|comply\s+with|implement|apply|action)\s+(?:them|it|those|these|any|all|every|whatever|what)\b|\bdo\s+(?:what(?:ever)?|everything|anything|all)\s+(?:\w+\s+){0,3}?(?:says?|saying|asks?|asking|tells?|telling|requests?|wants?|lists?)\b|\bwhatever\s+(?:\w+\s+){0,4}?(?:asks?|says?|requests?|wants?)(?:\s+for)?\s*,?\s*do\s+(?:it|that|so)\b/i;
const DISTRUST = /\b(?:untrusted|as\s+data|never\s+as\s+instructions|not\s+as\s+instructions|do\s+not\s+(?:act|follow|obey|execute))\b/i;

/** Outside text said to speak for the user or an owner, then obeyed. */
export function textToSpokenForHits(text: string): Hit[] {
  if (!OBEY.test(text)) return [];
  for (const match of matchesOf(SPEAKS_FOR, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const end = sentence.start + sentence.text.length;
    const next = end + 1 < text.length ? sentenceAround(text, Math.min(text.length - 1, end + 2)) : undefined;
    const rest = text.slice(match.index + match[0].length, next && next.start > sentence.start ? next.start + next.text.length : end);
    const obey = OBEY.exec(rest);
    if (!obey || DISTRUST.test(`${sentence.text} ${rest}`) || isNegatedAt(rest, obey.index)) continue;
    return [{ kind: 'trust-escalation', severity: 'medium', message: 'Says text the tool reads speaks for the user or an owner, and tells the model to obey it.', index: match.index, length: match[0].length + obey.index + obey[0].length }];
  }
  return [];
}
