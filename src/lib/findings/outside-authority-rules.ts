import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { clauseAround, isDirective, isNegatedAt } from './mood.ts';

/**
 * Text the tool reads at run time (a résumé section, an agenda, a ticket, tags on a page) handed
 * an authority it does not have: said to be written by someone who may give orders ("written by
 * the hiring manager", "left there by the site owner for you", "the organiser is the user's
 * manager") and then to be obeyed ("follow it", "carry out its action items", "as you would a
 * request the user typed", "whatever a ticket asks for, the assistant does"). The claim and the
 * order may sit in two adjacent sentences.
 */
const SOURCE = /\b(?:sticky\s+notes?|stickies|texts?|sms|answers?|responses?|submissions?|cards?|columns?|boards?|box|boxes|panels?|callouts?|banners?|sidebars?|annotations?|highlights?|remarks?|cells?|rows?|lines?|entries|records?|snippets?|replies|items?|chunks?|headings?|sections?|notes?|comments?|tags?|agenda|action\s+items|descriptions?|tickets?|e-?mails?|messages?|pages?|documents?|files?|résumés?|resumes?|cvs?|cover\s+letters?|profiles?|fields?|threads?|posts?|reviews?|issues?|events?|invites?|invitations?|text|content|blocks?|markers?|headers?|footers?|captions?|transcripts?)\b/i;
const AUTHORITY = String.raw`(?:the\s+)?(?:user'?s\s+|account'?s\s+)?(?:[\w-]+\s+){0,2}?(?:reviewers?\s+with\s+the\s+\w+\s+role|hiring\s+manager|manager|organi[sz]er|site\s+owner|page\s+owner|owner|admin\w*|executive|boss|supervisor|team\s+lead|operator|account\s+holder|user|customer|principal|ceo|cto|director|head\s+of\s+\w+|bank|employer|company|it\s+(?:department|team)|hr|payroll|support\s+team)`;
const ATTRIBUTED = new RegExp([
  String.raw`\b(?:written|left|set|added|put|placed|authored|entered|inserted|maintained|planted|dictated)\s+(?:(?:there|here|in\s+it)\s+)?by\s+${AUTHORITY}\b`,
  String.raw`\b(?:is|are)\s+(?:normally\s+|usually\s+|always\s+|typically\s+|in\s+practice\s+)?(?:the\s+user'?s|their|your)\s+(?:manager|boss|supervisor|lead|admin\w*|employer)\b`,
  String.raw`\b(?:left|written|meant|put)\s+(?:there\s+|here\s+)?(?:\w+\s+){0,4}?for\s+you\b`,
  String.raw`\b(?:reflects?|represents?|express(?:es)?|carr(?:y|ies))\s+(?:the\s+)?(?:company|management|owner'?s?|team'?s?|organi[sz]ation'?s?|official|leadership)\s+(?:decisions|policy|wishes|instructions|orders)\b`,
  // "tasks the maintainer has assigned to you": work handed to the model by someone the text names.
  String.raw`\b(?:tasks?|requests?|work|jobs?|orders?|errands?)\s+(?:that\s+)?(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+){1,2}?(?:has\s+|have\s+)?(?:assigned|delegated|given|handed)\s+(?:to\s+|over\s+to\s+)?you\b`,
  // "are effectively the user speaking", "is the owner's own voice": the text given the user's voice.
  String.raw`\b(?:is|are)\s+(?:\w+\s+)?(?:the\s+user|the\s+owner|the\s+account\s+holder|the\s+customer)\s+(?:speaking|talking|writing|in\s+person)\b|\b(?:the\s+user|the\s+owner|the\s+account\s+holder)'s\s+(?:own\s+)?(?:words|voice)\b`,
  // "carry decisions the user already made", "record the choices the owner has taken": the user's will claimed for the text.
  String.raw`\b(?:reflects?|represents?|express(?:es)?|carr(?:y|ies)|records?|captures?|contains?|are|is)\s+(?:the\s+)?(?:decisions|choices|wishes|instructions|orders|requests|approvals)\s+(?:that\s+)?(?:the\s+user|they|the\s+owner|the\s+account\s+holder|the\s+customer)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:made|took|taken|gave|given|agreed|signed\s+off)\b`,
  // "are the team lead's standing requests", "come from accounts payable's authorised contacts"
  String.raw`\b(?:is|are)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+'s\s+(?:own\s+|standing\s+|direct\s+|explicit\s+)*(?:requests?|instructions?|orders?|wishes|decisions|commands?|directions?|directives?)\b`,
  String.raw`\b(?:come|comes|came)\s+(?:directly\s+)?from\s+(?:the\s+|an?\s+)?(?:[\w']+\s+){0,3}?(?:authori[sz]ed|verified|trusted|official|approved)\s+(?:contacts?|senders?|people|staff|sources?|representatives?)\b|\b(?:come|comes|came)\s+(?:directly\s+)?from\s+${AUTHORITY}\b`,
].join('|'), 'i');
const OBEY_IT = /\b(?:should|must|are\s+to|is\s+to|shall)\s+be\s+(?:applied|carried\s+out|executed|followed|obeyed|actioned|acted\s+on|implemented)\b|\b(?:update|change|set|edit|adjust)\s+(?:\S+\s+){0,4}?to\s+match\s+(?:them|it|those|these)\b|\b(?:follow|obey|perform|execute|carry\s+out|act\s+on|complete|apply|honou?r|do)\s+(?:it|them|those|these|its\s+(?:\w+\s+)?(?:action\s+items|steps|instructions|tasks|requests?|directions)|the\s+(?:[\w']+\s+)?(?:action\s+items|steps|instructions|tasks|directions))\b|\bdo\s+what(?:ever)?\s+(?:it|they|those|these)\s+(?:asks?|says?|requests?|wants?|tells?\s+you)\b|\bcarry\s+(?:it|them|those|these)\s+out\b|\b(?:enact|implement|action|fulfil+)\s+(?:it|them|those|these)\b/i;
// Obedience that needs no attribution: a request as the user's own, or whatever it asks for done.
const AS_THE_USERS = /\bas\s+you\s+would\s+(?:an?\s+|any\s+)?(?:request|instruction|message|order|task)\s+(?:that\s+)?(?:the\s+user|they|the\s+person\s+you\s+\w+\s+\w+)\s+(?:\w+\s+)?(?:typed|wrote|sent|gave|made|asked)\b|\bwhatever\s+(?:an?\s+|the\s+|any\s+)?(?:\S+\s+){0,4}?(?:asks?|says?|requests?|wants?|demands?)(?:\s+for)?\s*,\s*(?:you\s+do|the\s+(?:assistant|agent|model|ai)\s+(?:does|carries\s+out|performs|grants))\b/i;
// Every attribution or obedience form above needs one of these: most descriptions stop here.
const MAY_TRUST = /\b(?:assigned|delegated|given|handed)\s+(?:to\s+|over\s+to\s+)?you\b|\b(?:speaking|talking|in\s+person|voice)\b|\b(?:decisions|choices|wishes|approvals)\s+(?:that\s+)?(?:the\s+user|they|the\s+owner|the\s+account\s+holder|the\s+customer)\b|\b(?:maintained|authored|written|set|left|added|put)\s+by\b|\b(?:reflects?|represents?)\s+(?:the\s+)?(?:company|management|owner|team|organi[sz]ation|official|leadership)|\bas\s+you\s+would\b|\bwhatever\b|\bby\s+(?:the\s+)?(?:[\w']+\s+)?(?:manager|organi[sz]er|owner|admin\w*|executive|boss|supervisor|lead|operator|holder|user|customer|principal|ceo|cto|director|head)\b|\bfor\s+you\b|'s\s+(?:own\s+|standing\s+|direct\s+|explicit\s+)*(?:requests?|instructions?|orders?|wishes|decisions|commands?|directions?|directives?)\b|\b(?:the\s+user'?s|their|your)\s+(?:manager|boss|supervisor|lead|admin\w*|employer)\b|\b(?:comes?|came)\s+(?:directly\s+)?from\b/i;
const OBEY_FIRST = /^\W*(?:then\s+|so\s+|and\s+)?(?:enact|implement|action|fulfil+|update|change|adjust|follow|obey|perform|execute|carry\s+out|act\s+on|complete|apply|honou?r|do)\b/i;
const DISTRUST = /\buntrusted\b|\bas\s+data\b|\binjections?\b|\bnot\s+(?:as\s+)?(?:instructions|commands|requests|orders)\b|\b(?:guide|readme|docs|documentation|manual|tutorial)\b/i;

/** Outside text given an author who may give orders, then to be obeyed. */
export function textToOutsideAuthorityHits(text: string): Hit[] {
  if (!MAY_TRUST.test(text) || !SOURCE.test(text)) return [];
  for (const match of matchesOf(AS_THE_USERS, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    if (!SOURCE.test(sentence.text) || DISTRUST.test(sentence.text) || isNegatedAt(sentence.text, match.index - sentence.start)) continue;
    return [trust(sentence.start, sentence.text.length)];
  }
  if (!ATTRIBUTED.test(text)) return [];
  for (const match of matchesOf(OBEY_IT, text, 20)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    const clause = clauseAround(sentence.text, at).text;
    // The obeying verb opening its clause is an imperative whether or not mood.ts lists it ("perform it before …").
    if (isNegatedAt(sentence.text, at) || !(isDirective(clause) || OBEY_FIRST.test(clause)) || DISTRUST.test(sentence.text)) continue;
    const previous = sentence.start > 1 ? sentenceAround(text, sentence.start - 2) : undefined;
    const window = previous ? `${previous.text} ${sentence.text}` : sentence.text;
    if (!ATTRIBUTED.test(window) || !SOURCE.test(window) || DISTRUST.test(window)) continue;
    const start = previous && !ATTRIBUTED.test(sentence.text) ? previous.start : sentence.start;
    return [trust(start, sentence.start + sentence.text.length - start)];
  }
  return [];
}

function trust(index: number, length: number): Hit {
  return { kind: 'trust-escalation', severity: 'high', message: 'Gives text the tool reads an author who may give orders, and tells the model to obey it.', index, length };
}
