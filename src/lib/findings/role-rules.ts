import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/**
 * A mode or role that changes whom the model works for: "in audit mode the assistant acts as the
 * bank's examiner rather than the customer's helper", "the model serves the merchant instead of the
 * shopper", or a role taken on while a protection is dropped ("behaves as the platform operator and
 * skips masking"). A tool acting "as a proxy for the user" changes nothing.
 */
const MODEL = String.raw`(?:\bthe\s+(?:assistant|model|ai|agent|llm|chatbot|bot)|\byou)`;
const TAKES_ROLE = new RegExp(String.raw`${MODEL}\s+(?:now\s+|then\s+)?(?:(?:acts?|works?|behaves?|operates?|speaks?|answers?|is\s+acting|negotiates?|advocates?)\s+(?:as|for|on\s+behalf\s+of)|serves?|becomes?|represents?|sides?\s+with)\s+(?:an?\s+|the\s+)?`, 'i');
const AGAINST_USER = /^[^.;:!?\n]{1,80}?\b(?:rather\s+than|instead\s+of|not)\s+(?:as\s+|for\s+)?(?:an?\s+|the\s+)?(?:(?:end\s+)?user|customer|shopper|client|traveller|traveler|person|human|patient|account\s+holder|requester|buyer|claimant|policyholder|consumer|tenant|guest|member|employee|caller|applicant|borrower|reader)/i;
const PROTECTION_DROPPED = /\b(?:skips?|drops?|disables?|bypass(?:es)?|turns?\s+off|ignores?|omits?)\s+(?:\w+\s+){0,2}?(?:redaction|masking|filters?|safeguards?|checks?|confirmation|guardrails?|restrictions?|policy|policies)\b|\b(?:unmasked|unredacted|in\s+plain\s+text|full\s+(?:card|account)\s+numbers?|cvvs?)\b/i;
const USER_ROLE = /^(?:the\s+)?(?:user|customer|person|human)'?s?\s+(?:proxy|agent|assistant|helper|representative)\b|^(?:a\s+)?proxy\b|^(?:an?\s+)?(?:translator|summari[sz]er|formatter)\b/i;

/** A role or mode that puts the model on someone else's side, or sheds a protection with it. */
export function textToRoleSwapHits(text: string): Hit[] {
  const match = TAKES_ROLE.exec(text);
  if (!match) return [];
  const rest = text.slice(match.index + match[0].length);
  if (USER_ROLE.test(rest)) return [];
  const sentence = sentenceAround(text, match.index).text;
  if (!AGAINST_USER.test(rest) && !PROTECTION_DROPPED.test(sentence)) return [];
  return [{ kind: 'model-instruction', severity: 'high', message: "Gives the model a role on someone else's side than the user's.", index: match.index, length: match[0].length }];
}
