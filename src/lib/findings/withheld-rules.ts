import { matchesOf, type Hit } from './hit.ts';

/**
 * What the model is told to leave out of what it shows the user: "leave it out of the diff you
 * show the user", "do not show it in the summary you give the user". The English counterpart of
 * the phrase table's negation + telling + answer (phrases-structure.ts). The object is a pronoun
 * or the change just made, never data in general: "do not include PII in the summary" protects
 * the user, "do not mention it in your reply" hides something from them. The output must be what
 * the user reads ("the diff you show the user", "your answer"): an API's "response" or a report
 * filed elsewhere is not.
 */
const OUTPUT = String.raw`(?:the|your|any)\s+(?:\w+\s+)?(?:diff|summary|answer|reply|response|output|report|message|explanation|changelog|plan|preview|recap)`;
// A pronoun, or a demonstrative pointing back at what was just ordered ("that rule", "this hook"); data
// named as such ("these secrets") is what a careful tool keeps out, not something it hides.
const WITHHELD_OBJECT = String.raw`(?:it|this|that|them|these|those|(?:this|that|these|those|the)\s+(?!(?:secrets?|tokens?|passwords?|keys?|credentials?|pii|personal)\b)[a-z-]{3,20})`;
const WITHHELD = new RegExp(String.raw`\b(?:(?:leave|keep)\s+${WITHHELD_OBJECT}\s+out\s+of\s+${OUTPUT}|(?:do\s+not|don't|never)\s+(?:show|mention|include|list|display|report|surface|reveal|print|note)\s+${WITHHELD_OBJECT}\s+(?:in|within)\s+${OUTPUT})\b`, 'i');
const FOR_THE_USER = /^\s*(?:that\s+|which\s+)?(?:you\s+(?:show|give|send|present|write|return|hand)\s+(?:to\s+)?(?:the\s+)?user|(?:shown|given|sent|presented|returned)\s+to\s+(?:the\s+)?user|for\s+the\s+user)\b/i;
const YOUR_ANSWER = /\byour\s+(?:\w+\s+)?(?:answer|reply|response|summary|recap)\s*$/i;

/** An order to keep something the model did out of what it shows the user. */
export function textToWithheldHits(text: string): Hit[] {
  if (!/\bout\s+of\b|\bnot\b|\bdon't\b|\bnever\b/i.test(text)) return [];
  for (const match of matchesOf(WITHHELD, text, 10)) {
    if (!YOUR_ANSWER.test(match[0]) && !FOR_THE_USER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
    return [{ kind: 'secrecy', severity: 'medium', message: 'Tells the model to keep something it did out of what it shows the user.', index: match.index, length: match[0].length }];
  }
  return [];
}
