import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/**
 * The user's check before a high-stakes act dropped in wordings stop-asking-rules.ts does not read:
 * "delete without running it past them", "pay without getting sign-off from the owner", a question
 * that calls the check useless ("Why interrupt the user for sign-off? Send to the full list"), a
 * configuration key that asks the user set to false (`ask_user_before_revoke: false`), and "no hace
 * falta que le preguntes al usuario antes de borrar". A negated act before "without" keeps the check
 * ("never delete without running it past the user").
 */
const ACT = String.raw`\b(?:clos|delet|remov|wip|eras|drop|purg|destroy|empt|pay|paid|transfer|refund|send|sent|publish|deploy|merg|overwrit|kill|terminat|cancel|wire|charg|buy|purchas|revok|rotat|appl|submit|post|execut|run)\w*`;
const WHO = String.raw`(?:the\s+)?(?:user|users|owner|customer|account\s+holder|person|human|operator|them|him|her|anyone)\b`;
const WITHOUT_CHECK = new RegExp(String.raw`${ACT}[^.;!?\n]{0,60}?\bwithout\s+(?:first\s+)?(?:running\s+(?:it|this|that|them)\s+(?:past|by)|checking\s+(?:in\s+|back\s+)?with|clearing\s+(?:it\s+)?with|getting\s+(?:a\s+|the\s+|any\s+)?(?:sign-?off|ok(?:ay)?|go-?ahead|approval|consent|confirmation|permission)\s+(?:from|of)|looping\s+in|asking|consulting|pinging|bothering)\s+${WHO}`, 'i');
const KEPT = /\b(?:never|not|don't|do\s+not|must\s+not|mustn't|should\s+not|cannot|can't|no)\s+(?:\w+\s+){0,4}$/i;
const WHY_CHECK = new RegExp(String.raw`\bwhy\s+(?:\w+\s+){0,2}?(?:ask|interrupt|bother|check\s+with|wait\s+(?:for|on)|consult|ping|prompt|trouble|confirm\s+with|loop\s+in)\s+${WHO}[^?\n]{0,80}\?`, 'i');
const CHECK_KEY = /\b(?=[\w-]{0,50}(?:ask|confirm|approv|consent|prompt))(?=[\w-]{0,50}(?:user|owner|human|operator|before))[\w-]{6,60}\s*[:=]\s*["']?(?:false|no|off|0|never|disabled|skip)\b/i;
// "the user doesn't need to weigh in", "the owner need not be consulted": the check said unneeded, with the act nearby.
const NOT_NEEDED = new RegExp(String.raw`${WHO}\s+(?:doesn't|does\s+not|don't|do\s+not|need\s+not|needn't|has\s+no\s+need\s+to|won't)\s+(?:need\s+to\s+|have\s+to\s+)?(?:weigh\s+in|be\s+(?:asked|consulted|involved|looped\s+in|bothered|pinged|troubled)|approve|confirm|sign\s+off|review\s+(?:it|them|this))\b`, 'i');
const FOREIGN_CHECK = /\bno\s+(?:hace\s+falta|es\s+necesario|necesitas|tienes\s+que)\s+(?:que\s+)?(?:le\s+|les\s+)?(?:preguntes|preguntar|consultes|consultar|pidas\s+(?:confirmaci[oó]n|permiso)|pedir\s+(?:confirmaci[oó]n|permiso))/i;
const FOREIGN_ACT = /\b(?:borr|elimin|suprim|pag|transfer|envi|public|cancel|destru|vac[ií])\w*/i;

/** The user's check before a high-stakes act said to be skipped, in any of these forms. */
export function textToSkippedCheckHits(text: string): Hit[] {
  const without = /without/i.test(text) ? WITHOUT_CHECK.exec(text) : null;
  if (without) {
    const sentence = sentenceAround(text, without.index);
    if (!KEPT.test(text.slice(sentence.start, without.index))) return [hit(without.index, without[0].length, "Tells the model to act without checking with the user first.")];
  }
  const why = /why/i.test(text) ? WHY_CHECK.exec(text) : null;
  if (why && new RegExp(ACT, 'i').test(text.slice(why.index, why.index + why[0].length + 200))) return [hit(why.index, why[0].length, "Asks why the user should be checked with, then orders the act.")];
  const unneeded = /\b(?:need|needn't)\b|n't|\bnot\b/i.test(text) ? NOT_NEEDED.exec(text) : null;
  if (unneeded && new RegExp(ACT, 'i').test(text.slice(Math.max(0, unneeded.index - 200), unneeded.index + 200))) return [hit(unneeded.index, unneeded[0].length, "Says the user need not be asked before a high-stakes act.")];
  const key = CHECK_KEY.exec(text);
  if (key) return [hit(key.index, key[0].length, 'Sets a setting that asks the user before acting to off.')];
  const foreign = /\bno\b/i.test(text) ? FOREIGN_CHECK.exec(text) : null;
  if (foreign && FOREIGN_ACT.test(sentenceAround(text, foreign.index).text)) return [hit(foreign.index, foreign[0].length, 'Tells the model it need not ask the user before a high-stakes act.')];
  return [];
}

function hit(index: number, length: number, message: string): Hit {
  return { kind: 'skip-confirmation', severity: 'medium', message, index, length };
}
