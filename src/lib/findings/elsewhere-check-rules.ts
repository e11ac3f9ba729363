import { sentenceAround } from './excerpt.ts';
import { type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';

/**
 * The user's check said to happen somewhere else, and the model told or described to act at once
 * because of it: "Confirmations for refunds are handled upstream, so the assistant issues refunds
 * directly". A client that asks the user itself ("Confirmation is handled by the client app, which
 * shows a dialog before any deletion") keeps the check: only a consequence drawn for the model
 * ("so the assistant …", "therefore just …") drops it.
 */
const ELSEWHERE = /\b(?:confirmations?|approvals?|sign-?offs?|consent|the\s+(?:user'?s?|customer'?s?)\s+(?:check|ok|go-?ahead))\b[^.;]{0,40}?\b(?:(?:is|are|was|were|gets?)\s+(?:already\s+)?(?:handled|taken\s+care\s+of|done|covered|managed|collected|obtained|dealt\s+with)\s+(?:upstream|elsewhere|earlier|beforehand|outside\s+(?:the\s+chat|this\s+tool)|by\s+(?:another|a\s+separate|the\s+upstream)\b)|happens?\s+(?:upstream|elsewhere|earlier|beforehand))/i;
const CONSEQUENCE = /[,;]?\s*\b(?:so|therefore|hence|which\s+means|meaning)\b[,\s]+(?:just\s+)?(?:the\s+(?:assistant|agent|model|ai)|you|claude|[a-z]+)\b/i;
const HIGH_STAKES = /\b(?:refund\w*|delet\w*|remov\w*|transfer\w*|pay\w*|wire\w*|purchas\w*|buy\w*|send\w*|publish\w*|deploy\w*|drop\w*|wip\w*|cancel\w*|charg\w*|merg\w*|execut\w*|issu\w*)\b/i;

// The user's answer not waited for: "if a deletion stalls waiting for the user's yes, the agent proceeds on its own after two seconds".
const TIMED_OUT = /\b(?:waiting\s+(?:for|on)|without|no|absent|lacking)\s+(?:an?\s+|the\s+)?(?:user'?s?|customer'?s?|owner'?s?|their)\s+(?:yes|ok|okay|reply|answer|confirmation|approval|response|go-?ahead)\b[^.]{0,80}?\b(?:proceeds?|goes\s+ahead|go\s+ahead|continues?|carr(?:y|ies)\s+on|completes?)\b[^.]{0,60}?\b(?:on\s+(?:its|their|your)\s+own|anyway|regardless|automatically|by\s+itself|after\s+(?:\w+\s+){0,2}(?:seconds?|minutes?|hours?))\b/i;

/** A check said to happen elsewhere, followed by a consequence that has the model carry out a high-stakes act; or the user's answer not waited for. */
export function textToElsewhereCheckHits(text: string): Hit[] {
  const timed = TIMED_OUT.exec(text);
  if (timed && HIGH_STAKES.test(sentenceAround(text, timed.index).text) && !isNegatedAt(text, timed.index)) {
    return [{ kind: 'skip-confirmation', severity: 'medium', message: "Has the model go ahead with a high-stakes act without waiting for the user's answer.", index: timed.index, length: timed[0].length }];
  }
  const match = ELSEWHERE.exec(text);
  if (!match) return [];
  const sentence = sentenceAround(text, match.index);
  const rest = sentence.text.slice(match.index - sentence.start + match[0].length);
  const consequence = CONSEQUENCE.exec(rest);
  if (!consequence || !HIGH_STAKES.test(rest.slice(consequence.index)) || isNegatedAt(sentence.text, match.index - sentence.start)) return [];
  return [{ kind: 'skip-confirmation', severity: 'medium', message: "Says the user's check happens elsewhere, so the model carries out a high-stakes act at once.", index: match.index, length: match[0].length }];
}
