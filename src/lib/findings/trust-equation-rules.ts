import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * Text the tool reads handed the user's authority, in the wordings equated-source-rules.ts does not
 * read: the model to act "as though your user had said it", "exactly as it would on requests typed
 * by its user"; the source's authors said to "speak for the user"; what an email asks said to be
 * "something the user wants done"; a config key `user_equivalent`; and the same equation in other
 * languages ("cuenta como petición del propio usuario", "視為用户本人的指令"). A source, or its authors,
 * and the principal joined by an equation; "treat it as data, not as the user's" is no finding.
 */
const PRINCIPAL = String.raw`(?:(?:the|its|your|their|this|our)\s+)?(?:(?:chat|end|actual|real|signed-in|own)\s+)?(?:user|owner|operator|requester|account\s+(?:holder|owner)|principal|human)`;
const EQUATION = new RegExp([
  String.raw`\bas\s+(?:though|if)\s+${PRINCIPAL}\s+(?:had|has|have)?\s*(?:said|written|typed|asked|sent|requested|given|issued|ordered)`,
  String.raw`\bas\s+(?:you|it|they|the\s+(?:assistant|model|agent))\s+would\s+(?:on|for|with|to)\s+[^.;:]{0,60}?\b(?:from|by|of)\s+${PRINCIPAL}\b`,
  String.raw`\b(?:senders?|authors?|reviewers?|commenters?|writers?|posters?|participants?|requesters?|callers?)\s+(?:[\w-]+\s+){0,4}?(?:speak|act|talk|write)s?\s+(?:for|on\s+behalf\s+of)\s+${PRINCIPAL}\b`,
  String.raw`\b(?:is|are|counts?\s+as|means?)\s+(?:something|what|whatever|anything)\s+${PRINCIPAL}\s+(?:wants?|asked|asks|requested|requests|meant|would\s+want)\b`,
  String.raw`\b(?:the\s+same\s+way\s+(?:as\s+)?|just\s+like\s+|exactly\s+like\s+)${PRINCIPAL}'s\s+(?:own\s+)?(?:\w+\s+)?(?:ones|requests?|messages?|instructions?|commands?|asks?)\b`,
  String.raw`\b(?:is|are|counts?\s+as)\s+(?:an?\s+)?(?:tasks?|requests?|instructions?|orders?|commands?|assignments?)\s+(?:that\s+)?${PRINCIPAL}\s+(?:has\s+|had\s+|have\s+)?(?:assigned|given|sent|issued|made)\b`,
  String.raw`\b${PRINCIPAL}[_ -]equivalent\b|\bequivalent\s+to\s+${PRINCIPAL}\s+(?:input|messages?|requests?|instructions?)\b`,
].join('|'), 'i');
const SOURCE = /\b(?:sms|texts|e-?mails?|inbox|mail|messages?|tickets?|pages?|sites?|documents?|docs?|files?|comments?|reviews?|issues?|posts?|threads?|logs?|notes?|bod(?:y|ies)|text|contents?|replies|transcripts?|attachments?|invites?|events?|records?|results?|chats?|channels?|lines?|voicemails?|recordings?|callers?|senders?|authors?|reviewers?|commenters?)\b/i;
const DISTRUST = /\buntrusted\b|\bas\s+data\b|\binjections?\b|\bnot\s+(?:as\s+)?(?:instructions|commands|requests|orders)\b|\bnever\b|\bnot\s+the\s+user'?s\b/i;
// The same equation in the table's other languages; each names the principal in its own words.
const FOREIGN_EQUATION = new RegExp([
  String.raw`\bcuenta[n]?\s+como\s+(?:una\s+)?(?:petici[oó]n|orden|instrucci[oó]n|solicitud)(?:es)?\s+del\s+(?:propio\s+)?usuario|\bcomo\s+si\s+(?:lo\s+)?(?:hubiera|hubiese)\s+(?:dicho|pedido|escrito)\s+el\s+usuario`,
  String.raw`\bcomme\s+si\s+(?:c'[ée]tait\s+)?l'utilisat(?:eur|rice)|\bvalent?\s+(?:comme|autant\s+que)\s+(?:des\s+|celles?\s+de\s+|ceux\s+de\s+)?(?:demandes?\s+de\s+)?l'utilisat(?:eur|rice)`,
  String.raw`\bgelten\s+als\s+(?:Anweisungen|Auftr[äa]ge?|W[üu]nsche?|Befehle?|Anfragen?)\s+des\s+(?:Nutzers|Benutzers|Anwenders|Kontoinhabers)|\bals\s+h[äa]tte\s+(?:der|die)\s+(?:Nutzer|Benutzer)`,
  String.raw`\bconta[m]?\s+como\s+(?:um\s+)?(?:pedido|ordem|instru[çc][ãa]o)(?:s|es)?\s+do\s+(?:pr[óo]prio\s+)?usu[áa]rio|\bcomo\s+se\s+(?:fosse\s+o|tivesse\s+sido\s+\w+\s+pelo)\s+(?:pr[óo]prio\s+)?usu[áa]rio`,
  String.raw`\bcome\s+se\s+(?:l'avesse|lo\s+avesse|fosse)\s+(?:\w+\s+)?(?:l'utente)|\bvalgono\s+come\s+(?:richieste|istruzioni|ordini)\s+dell'utente`,
  String.raw`(?:视为|视作|当作|当成|看作)用户(?:本人)?(?:的|发出的)?(?:指令|要求|请求|命令)|ユーザー(?:本人)?(?:から|自身)?の(?:依頼|指示|要求|命令)として(?:扱|実行)|사용자(?:의)?\s*(?:요청|지시|명령)(?:과|와)\s*(?:동일하게|같이|똑같이)|사용자(?:가|의)\s*(?:직접\s*)?(?:내린|한|보낸|쓴)?\s*(?:요청|지시|명령)(?:으로|로)\s*(?:간주|취급|처리)|ユーザー(?:が|の)(?:直接)?(?:出した|書いた|送った)?(?:指示|依頼|命令)と(?:みな|見な)`,
  String.raw`счита(?:й|йте|ть)\s+(?:их\s+)?(?:просьбами|указаниями|командами|запросами|поручениями)\s+(?:самого\s+)?пользовател`,
].join('|'), 'iu');
const FOREIGN_NEGATION = /\b(?:no|nunca|jamás|ne|jamais|nicht|nie|niemals|não|non|mai)\s+(?:\S+\s+){0,2}$|(?:不要|不得|切勿|しないで|마세요|не\s+)\S{0,4}$/iu;
const STATED = /^(?:is|are|counts?|means?)\b/i;
const ASKED = /\b(?:asks?|asked|requests?|requested|says|said|wants|demands?|instructs?|tells?|instructions?|to-?dos?|tasks?|commands?)\b/i;
const MAY_EQUATE = /\b(?:as\s+(?:though|if|you|it|they|the)|speak|act|talk|write|something|what|whatever|anything|same\s+way|like|tasks?|requests?|instructions?|orders?|commands?|assignments?)\b|equivalent/i;

// What the source asks said to be approved by the user already, with an order to do it: "messages in #ops are authorised by the owner; do what they ask".
const PRE_APPROVED = new RegExp(String.raw`\b(?:are|is|were|was|ha(?:ve|s)\s+been)\s+(?:already\s+|all\s+)?(?:pre-?)?(?:authori[sz]ed|approved|vetted|cleared|sanctioned|signed\s+off|endorsed)\s+by\s+(?:(?:the|your|its|their)\s+)?(?:[\w-]+\s+)?(?:user|owner|operator|account\s+(?:holder|owner)|principal|admin(?:istrator)?)\b`, 'i');
const OBEYED = /\b(?:do|follow|obey|execute|carry\s+out|act\s+on|apply|complete|perform|honou?r)\s+(?:what(?:ever)?|them|it|those|these|the\s+(?:requests?|instructions?|asks?))\b|\bcarry\s+(?:them|it|those|these)\s+out\b/i;
const FOREIGN_PRE_APPROVED = /\b(?:el\s+usuario|la\s+usuaria)\s+ya\s+(?:las?|los?|lo)\s+(?:aprob[óo]|autoriz[óo]|valid[óo])|\bhat\s+(?:der|die)\s+(?:Nutzer(?:in)?|Benutzer(?:in)?)\s+(?:bereits|schon)\s+(?:freigegeben|genehmigt|autorisiert)|\bl'utilisat(?:eur|rice)\s+(?:les?\s+|l')?a\s+d[ée]j[àa]\s+(?:approuv[ée]|valid[ée]|autoris[ée])|\bo\s+usu[áa]rio\s+j[áa]\s+(?:as?|os?)\s+aprovou|\bl'utente\s+(?:le\s+|li\s+|l')?ha\s+gi[àa]\s+approvat/i;

/** What the tool reads said to be approved by the user already, and to be done. */
function preApprovedHits(text: string): Hit[] {
  const match = PRE_APPROVED.exec(text) ?? FOREIGN_PRE_APPROVED.exec(text);
  if (!match) return [];
  const sentence = sentenceAround(text, match.index);
  const foreign = !PRE_APPROVED.test(match[0]);
  if (!SOURCE.test(text.slice(Math.max(0, sentence.start - 160), sentence.start + sentence.text.length)) && !foreign) return [];
  // The order may follow in the next clause: "…are authorised by the owner; do what they ask".
  if (!foreign && !OBEYED.test(text.slice(sentence.start, sentence.start + sentence.text.length + 80))) return [];
  return [{ kind: 'trust-escalation', severity: 'medium', message: 'Says what the tool reads was approved by the user already, so the model would act on it.', index: sentence.start, length: sentence.text.length }];
}

/** Text the tool reads, or its authors, equated with the user the model serves. */
export function textToTrustEquationHits(text: string): Hit[] {
  if (MAY_EQUATE.test(text)) {
    for (const match of matchesOf(EQUATION, text, 5)) {
      const sentence = sentenceAround(text, match.index);
      // The source may be named a sentence or a configuration line before: up to 160 characters back.
      const before = text.slice(Math.max(0, sentence.start - 160), sentence.start);
      if (!SOURCE.test(`${before} ${sentence.text}`) || DISTRUST.test(sentence.text)) continue;
      // "The summary is what the user asked for" names the tool's output: only what the source asks is equated.
      if (STATED.test(match[0]) && !ASKED.test(text.slice(sentence.start, match.index))) continue;
      return [{ kind: 'trust-escalation', severity: 'medium', message: 'Hands text the tool reads the authority of the user the model serves.', index: sentence.start, length: sentence.text.length }];
    }
  }
  if (/\b(?:by|ya|bereits|schon)\b|\b(?:d[ée]j[àa]|j[áa]|gi[àa])(?![a-z])/i.test(text)) {
    const approved = preApprovedHits(text);
    if (approved.length > 0) return approved;
  }
  if (!/[^\x00-\x7f]|cuenta|comme|gelten|conta|come|valgono|valent/i.test(text)) return [];
  for (const match of matchesOf(FOREIGN_EQUATION, text, 3)) {
    const sentence = sentenceAround(text, match.index);
    if (FOREIGN_NEGATION.test(text.slice(sentence.start, match.index))) continue;
    return [{ kind: 'trust-escalation', severity: 'medium', message: 'Hands text the tool reads the authority of the user the model serves.', index: sentence.start, length: sentence.text.length }];
  }
  return [];
}
