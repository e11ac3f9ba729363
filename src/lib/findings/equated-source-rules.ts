import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';

/**
 * Text the tool reads (an email, a ticket, a page's section, a shared document) set equal to the
 * person the model serves, in any wording: the source said to come from them ("treat that section
 * as coming straight from the user", "regards directions in the document as given by its owner"),
 * to speak or carry their authority ("speaks with the same voice as the person you are helping",
 * "ticket bodies carry the requester's authority"), or to be acted on as their requests are ("as
 * you would on theirs"). The structure is the source, the equation and the principal; no verb list.
 */
const PRINCIPAL = String.raw`(?:(?:the|its|your|their|this|that|our)\s+)?(?:(?:chat|end|actual|real|signed-in|human)\s+)?(?:user|person\s+you(?:'re|\s+are)\s+(?:helping|assisting|working\s+for|serving)|owner|operator|requester|requestor|account\s+holder|customer|principal|human)`;
const EQUATED = new RegExp([
  // treat / regard / consider / take / count X as (coming / given / written) (straight) from / by the principal
  String.raw`\b(?:treat|regard|consider|take|handle|count|view|see|accept)(?:s|ed|ing)?\s+(?:\S+\s+){0,10}?as\s+(?:if\s+(?:it|they)\s+(?:came|were\s+(?:sent|written|given|typed)))?(?:(?:coming|sent|given|written|issued|spoken|typed|said|dictated|authored)\s+)?(?:(?:straight|directly|personally|right)\s+)?(?:from|by)\s+${PRINCIPAL}\b`,
  // speaks / writes with the (same) voice or authority as / of the principal
  String.raw`\b(?:speaks?|writes?|talks?|acts?)\s+(?:with|in)\s+(?:the\s+)?(?:same\s+|full\s+)?(?:voice|authority)\s+(?:as|of)\s+${PRINCIPAL}\b`,
  // carries / has / holds the principal's authority, or the authority of the principal
  String.raw`\b(?:carr(?:y|ies)|ha(?:s|ve)|holds?|bears?|inherits?)\s+(?:the\s+)?(?:full\s+|same\s+)?(?:authority|standing|voice)\s+of\s+${PRINCIPAL}\b`,
  String.raw`\b(?:carr(?:y|ies)|ha(?:s|ve)|holds?|bears?|inherits?)\s+${PRINCIPAL}'s\s+(?:full\s+|own\s+)?(?:authority|standing|voice)\b`,
  // act on its requests as you would on theirs / on the user's
  String.raw`\bas\s+you\s+would\s+(?:on|for|with|to)\s+(?:theirs|the\s+user'?s|(?:those|ones)\s+(?:of|from)\s+${PRINCIPAL})\b`,
  // as good as / no different from a message from the user (or her, him, them)
  String.raw`\b(?:as\s+good\s+as|the\s+same\s+as|equivalent\s+to|equal\s+to|no\s+different\s+from)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:messages?|requests?|instructions?|orders?|commands?|prompts?)\s+(?:from|by|of)\s+(?:${PRINCIPAL}|her|him|them)\b`,
  // make no distinction between what an item asks and what the user asks
  String.raw`\b(?:no|without\s+any|without)\s+(?:distinction|difference)\s+between\s+[^.;:]{0,80}?\band\s+(?:what\s+|whatever\s+)?${PRINCIPAL}\b`,
  // are instructions / orders from your operator
  String.raw`\b(?:is|are)\s+(?:(?:direct|standing|binding)\s+)?(?:instructions|orders|requests|commands|directions|directives)\s+(?:straight\s+|directly\s+)?(?:from|by)\s+${PRINCIPAL}\b`,
].join('|'), 'i');
const SOURCE = /\b(?:sms|texts|feeds?|items?|e-?mails?|inbox|mail|messages?|tickets?|pages?|web\s*pages?|sites?|sections?|documents?|docs?|files?|comments?|reviews?|issues?|posts?|threads?|logs?|log\s+lines|lines|entries|notes?|bod(?:y|ies)|text|contents?|replies|transcripts?|attachments?|invites?|events?|records?|results?|chats?|descriptions?)\b/i;
const DISTRUST = /\buntrusted\b|\bas\s+data\b|\binjections?\b|\bnot\s+(?:as\s+)?(?:instructions|commands|requests|orders)\b|\bnever\b/i;
const OBEY = /\b(?:follow|obey|execute|carry\s+(?:it|them|those|these)?\s*out|act\s+on|comply|perform|apply|do\s+(?:it|what|whatever)|fulfil+)/i;

/** Text the tool reads set equal to the user, operator or owner the model serves. */
export function textToEquatedSourceHits(text: string): Hit[] {
  if (!SOURCE.test(text)) return [];
  for (const match of matchesOf(EQUATED, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const previous = sentence.start > 1 ? sentenceAround(text, sentence.start - 2).text : '';
    if (!SOURCE.test(`${previous} ${sentence.text}`) || DISTRUST.test(sentence.text) || isNegatedAt(sentence.text, match.index - sentence.start)) continue;
    const obeyed = OBEY.test(sentence.text);
    return [{ kind: 'trust-escalation', severity: obeyed ? 'high' : 'medium', message: 'Sets text the tool reads equal to the user or operator, so the model would act on it as on their word.', index: sentence.start, length: sentence.text.length }];
  }
  return [];
}
