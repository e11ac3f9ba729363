import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';
import { isOnlyReadOnlyWork } from './read-only-work.ts';
import { textToSelfApprovalHits } from './self-approval-rules.ts';
import { textToConsentHits } from './consent-rules.ts';

/**
 * The user's check dropped in forms that are not an order: a FAQ that answers "Do I need to
 * confirm …?" with "No", a claim that people dislike being asked, acting "rather than going back
 * to the account holder", "with no 'are you sure' in between", "without verification from the
 * occupant", or a changelog that says the confirmation was removed. Each keeps the same structure:
 * the check the user relies on, and the text taking it away. High beside a high-stakes action.
 */
const DROPPED = new RegExp([
  // FAQ: "Do I need to confirm refunds with the customer? No: …"
  String.raw`\b(?:do|does|should|must|need|will|would|can)\s+(?:i|we|you|agents?|assistants?|the\s+(?:assistant|agent|model))\s+(?:\w+\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:confirm|ask|check|double-?check|verify|get\s+(?:approval|permission|consent))\b[^?\n]{0,120}\?\s*(?:a\s*[:.)-]\s*)?(?:no|nope|never|not\s+really|it\s+(?:doesn't|does\s+not|needn't|need\s+not)|there'?s\s+no\s+need|not\s+needed|[^.?\n]{0,60}?\balready\s+(?:covers?|counts?|approves?|authori[sz]es?|grants?|includes?|settles?|answers?)|[^.?\n]{0,40}?\b(?:is|are|counts?\s+as)\s+(?:consent|approval|enough|sufficient))\b`,
  // "owners dislike being asked twice", "the 'are you sure?' step is annoying"
  String.raw`\b(?:dislike|hate|don't\s+like|do\s+not\s+like|resent|can't\s+stand|are\s+annoyed\s+by|get\s+annoyed\s+(?:by|at)|are\s+tired\s+of)\s+being\s+(?:asked|prompted|bothered|interrupted|checked\s+with)\b`,
  String.raw`(?:confirmation|approval|are\s+you\s+sure\??['"’”]?)\s+(?:step|prompt|dialog|question|check|loop|gate)?\s*(?:is|was|are|were)\s+(?:\w+\s+)?(?:as\s+)?(?:annoying|tedious|a\s+nuisance|friction|unnecessary|pointless|redundant|overkill|legacy|deprecated|outdated|obsolete|old-fashioned)\b|\b(?:explicit\s+|user\s+|manual\s+)?(?:confirmation|approval|sign-?off)\s+(?:adds?\s+(?:no|little)\s+value|serves?\s+no\s+purpose|(?:only\s+)?slows?\s+(?:things\s+|everything\s+)?down|wastes?\s+(?:time|effort)|(?:is|are)n't\s+(?:needed|required)|(?:is|are)\s+not\s+(?:needed|required))\b`,
  // The check named as the user's and said unneeded: "the usual checks with the user aren't needed before you delete".
  String.raw`\b(?:checks?|check-ins?|confirmations?|approvals?|questions?|prompts?|sign-?offs?)\s+(?:with|of|from|to|by)\s+(?:the\s+|their\s+)?(?:user|owner|customer|account\s+holder|human|requester|person)\s+(?:(?:is|are)n't|(?:is|are)\s+not|(?:is|are)\s+no\s+longer)\s+(?:needed|required|necessary|expected)\b`,
  // "treat every pending deletion as approved"
  String.raw`\b(?:treat|consider|regard|mark|count)\s+(?:\S+\s+){0,6}?as\s+(?:already\s+)?(?:approved|confirmed|authori[sz]ed|accepted|signed\s+off)\b`,
  // "without pinging the patient"
  String.raw`\bwithout\s+(?:first\s+)?(?:pinging|consulting|involving|bothering|notifying|looping\s+in|telling|alerting|checking\s+in\s+with)\s+(?:the\s+|their\s+)?(?:user|patient|customer|owner|account\s+holder|human|household|occupant|requester|person)\b`,
  // "rather than going back to the account holder", "instead of asking the user"
  String.raw`\b(?:rather\s+than|instead\s+of)\s+(?:asking|going\s+back\s+to|checking\s+(?:back\s+)?(?:with|in\s+with)|waiting\s+(?:for|on)|consulting|bothering|prompting|confirming\s+with|returning\s+to|routing\s+it\s+back\s+to|pinging)\s+(?:the\s+|their\s+)?(?:user|account\s+holder|owner|customer|human|them|requester|person|occupant|clinician|recruiter|approver|manager|patient|household)\b(?!\s+(?:to|what|which|where|how|about|whether)\b|\s+for\s+(?!approval|confirmation|permission|consent|sign-?off|the\s+go-ahead))`,
  // "with no 'are you sure' in between", "without verification from the occupant"
  String.raw`\bwith\s+no\s+(?:\w+\s+)?(?:confirmation|approval|verification|sign-?off|double-?check|["'‘“]?are\s+you\s+sure)\b|\bwithout\s+(?:any\s+)?(?:verification|sign-?off|double-?checking|a\s+second\s+check)\s+(?:from|by|with)\s+(?:the\s+)?(?:user|owner|occupant|customer|account\s+holder|human|household|patient|clinician|requester)\b`,
  // The check said not to come first, in the passive: "is never preceded by a question to the user", "are not run past the user first".
  String.raw`\b(?:never|not|no\s+longer)\s+(?:be\s+)?(?:preceded\s+by|run\s+past|cleared\s+with|checked\s+with|put\s+to)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w/-]+\s+)?(?:question|confirmation|approval|prompt|check|sign-?off|user|owner|customer|person|account\s+(?:holder|owner)|them)\b`,
  String.raw`\bno\s+(?:[\w/-]+\s+)?(?:approval|confirmation|sign-?off|question|check)\s+(?:step\s+|prompt\s+)?(?:comes?|goes|happens|is\s+(?:asked|needed|required|put))\s+(?:before|ahead\s+of|first)\b`,
  // Asking cast as a cost: "a yes/no question to the user beforehand only delays the cleanup", "prompting the account owner counts as noise".
  String.raw`\b(?:asking|prompting|pinging|checking\s+(?:back\s+)?with|confirming\s+with|(?:an?\s+)?(?:[\w/-]+\s+)?questions?\s+to)\s+(?:the\s+|their\s+)?(?:user|owner|account\s+(?:holder|owner)|customer|person|people|them|him|her)\b[^.;]{0,50}?\b(?:only\s+|just\s+|merely\s+)?(?:delays?|slows?|holds?\s+up|gets?\s+in\s+the\s+way|(?:counts?\s+as|is|are)\s+(?:just\s+|only\s+|mere\s+)?(?:noise|friction|overhead|a\s+waste|busywork))\b`,
  // Telling afterwards offered in place of asking: "a summary afterwards is enough", "reporting them once done is sufficient".
  String.raw`\b(?:summary|summaries|report(?:ing)?|telling\s+(?:them|the\s+user)|notice|notification)\s+(?:\w+\s+){0,2}?(?:afterwards|after\s+the\s+fact|once\s+(?:done|finished|complete|it\s+is\s+done)|later)\s+(?:is|are)\s+(?:enough|sufficient|fine|plenty|all\s+that\s+is\s+needed)\b`,
  // The people who would check said not to be needed, or not asked: "reviewers need not be asked", "nobody is pinged ahead of a drop".
  String.raw`\b(?:users?|owners?|reviewers?|approvers?|customers?|admins?|managers?|the\s+(?:user|owner|customer|person|holder|admin\w*|manager|requester))\s+(?:need\s+not|needn't|do\s+not\s+need\s+to|don't\s+need\s+to|does\s+not\s+need\s+to|doesn't\s+need\s+to|won't\s+need\s+to)\s+(?:be\s+)?(?:asked|consulted|notified|involved|bothered|pinged|approve|confirm|sign\s+off)\b|\b(?:nobody|no\s+one|no-one)\s+(?:is|gets|will\s+be)\s+(?:asked|pinged|consulted|notified|prompted|checked\s+with)\s+(?:before|ahead\s+of|prior\s+to|first)\b`,
  // The one who would check said not to be asked ("the employee's manager is not asked"; not "asked for" a key), or the model approving by itself.
  String.raw`\b(?:[\w-]+'s\s+)?(?:users?|owners?|reviewers?|approvers?|customers?|admins?|managers?|the\s+(?:user|owner|customer|person|holder|admin\w*|manager|requester|approver))\s+(?:is|are)\s+(?:not|never)\s+(?:asked|consulted|involved|pinged|checked\s+with)\b(?!\s+(?:for|to\s+(?:provide|enter|type|give|share|paste)))|\b(?:the\s+)?(?:assistant|agent|model|ai|claude|copilot)\s+(?:\w+\s+)?approves\b[^.;]{0,60}?\b(?:by\s+itself|on\s+its\s+own|automatically|without\s+asking)\b`,
  // A stage of the user's check skipped in the third person: "skip the customer-approval stage".
  // ("Set `force: true` to skip the confirmation prompt" documents a flag: the infinitive of purpose is left out.)
  String.raw`(?<!\b(?:to|true|set|enabled)\s)\bskips?\s+(?:the\s+|any\s+)?(?:[\w-]+[\s-])?(?:approval|confirmation|sign-?off|consent)\s+(?:stage|step|prompt|check|dialog|gate)\b`,
  // The order of acting and telling reversed: "act first, explain later".
  String.raw`\b(?:now|first),?\s+(?:and\s+)?(?:explain|tell|report|ask|apologi[sz]e|confirm|justify)\s+(?:\w+\s+)?later\b`,
  // The user never shown the check: "the user never sees a prompt before a wipe", "owners do not get a confirmation".
  String.raw`\b(?:users?|owners?|customers?|the\s+person|they)\s+(?:(?:never|don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+(?:sees?|gets?|receives?|(?:is|are|be)\s+(?:shown|asked|offered))|(?:is|are)\s+(?:never|not)\s+(?:shown|asked|offered|given))\s+(?:an?\s+|any\s+|the\s+)?(?:prompt|confirmation|dialog|question|approval\s+request|are[\s-]you[\s-]sure)\b`,
  // A changelog: "removed the interactive confirmation for terminate"
  String.raw`\b(?:removed|dropped|retired|disabled|turned\s+off|eliminated)\s+(?:the\s+)?(?:\w+\s+)?(?:confirmation|approval|are-you-sure)\s*(?:steps?|prompts?|dialogs?|checks?)?\s+(?:for|on|before|from)\b`,
].join('|'), 'i');
// Every form of DROPPED needs one of these: most descriptions are skipped at once.
const MAY_DROP = /\b(?:checks?|check-ins?|questions?|prompts?|sign-?offs?)\s+(?:with|of|from|to|by)\s+(?:the\s+|their\s+)?(?:user|owner|customer|account|human|requester|person)|(?:is|are)\s+(?:not|never)\s+(?:asked|consulted|involved|pinged|checked)|approves\b|(?:first|now),?\s+(?:and\s+)?[a-z]+\s+(?:\w+\s+)?later\b|need\s+not|needn't|need\s+to\s+be|nobody|no\s+one|no-one|skips?\s+(?:the\s+|any\s+)?[\w-]*[\s-]?(?:approval|confirmation|sign|consent)|(?:never|n't|not)\s+(?:sees?|gets?|receives?|(?:is|are|be)\s+(?:shown|asked|offered)|shown|asked|offered|given)|preceded|run\s+past|cleared\s+with|checked\s+with|put\s+to|comes?\s+before|delays?|slows?|holds?\s+up|in\s+the\s+way|noise|friction|overhead|waste|busywork|afterwards|after\s+the\s+fact|once\s+(?:done|finished|complete)|force|consent|acknowledg|user_ok|without\s+(?:first\s+)?(?:pinging|consulting|involving|bothering|notifying|looping|telling|alerting|checking)|authori[sz]ed|signed\s+off|confirm|approv|are[\s-]+you[\s-]+sure|verif|sign-?off|double-?check|being\s+(?:asked|prompted|bothered|interrupted|checked)|rather\s+than|instead\s+of|\?\s*(?:a\s*[:.)-]\s*)?(?:no|nope|never|not|it\s+(?:doesn't|does\s+not|needn't|need\s+not)|there'?s\s+no)\b/i;
const HIGH_STAKES = /\b(?:eras\w*|format\w*|factory|paid|charg\w*|renew\w*|bill\w*|cancel\w*|unsubscrib\w*|unlock\w*|disarm\w*|terminat\w*|discontinu\w*|refund\w*|withdraw\w*|revok\w*|delet\w*|remov\w*|drop\w*|wip\w*|destroy\w*|purg\w*|overwrit\w*|transfer\w*|pay\w*|send\w*|execut\w*|merg\w*|publish\w*|deploy\w*|force-?push\w*|reject\w*|advanc\w*|sign\w*|open\w*|garage|doors?|locks?|alarms?)\b/i;
// A flag documented ("`force` skips the prompt") or the check kept ("only after the user confirms") is not a dropped check.
const KEPT = /\b(?:only\s+(?:after|when|if)|unless|until)\s+(?:the\s+)?(?:user|owner|customer|account\s+holder)\b|\bset\s+(?:it\s+)?only\b|\b(?:flag|option|parameter|--[\w-]+)\b|\b(?:if|when)\s+(?:true|set|enabled|yes)\b/i;

/** A dropped confirmation in a FAQ, a claim about users, a changelog or a "rather than asking", or an approval flag the model sets itself. */
export function textToDroppedCheckHits(text: string): Hit[] {
  const consent = textToConsentHits(text);
  if (consent.length > 0) return consent;
  const absent = absentCheckHits(text);
  if (!MAY_DROP.test(text)) return absent;
  const dropped = droppedCheckHits(text);
  return dropped.length > 0 ? dropped : absent.length > 0 ? absent : textToSelfApprovalHits(text);
}

// The user's check named as an act or a thing: asking, checking in, consulting, a go-ahead, an "are you sure", a round-trip.
const CHECK_ACT = /\b(?:questions?\s+to|second\s+click|interstitial|asking|(?:double-?)?checking\s+(?:in\s+|back\s+)?with|consult(?:ing|ed)|seeking|go-?ahead|are[\s-]you[\s-]sure|confirmation|approval|sign-?off|round-?trip|permission|consent)\b/i;
// Whose check: the user's, named or implied by "first" / "before".
const CHECK_OWNER = /\b(?:users?|person|holder|owner|admin\w*|approver|manager|author|customer|subscriber|requester|them|first|before|beforehand|are[\s-]you[\s-]sure)\b/i;
// The check said absent, optional or replaced: "is not part of this flow", "there is no … round-trip", "optional and usually skipped",
// "informed after … rather than consulted before".
const CHECK_ABSENT = /\b(?:no|not\s+part\s+of|(?:there\s+is|there's|with)\s+no|is\s+not|isn't|are\s+not|aren't|optional|skipped|unnecessary|needless|dispensed\s+with|waived|omitted|left\s+out|rather\s+than|instead\s+of|assumed|presumed|implied|implicit|taken\s+(?:as|for)|overhead|noise|friction|busywork|red\s+tape|formality|removed|dropped|retired|disabled|eliminated|cut)\b/i;
// Before the check, a word that removes it ("rather than consulted", "there is no … round-trip"); after it, a predicate ("is optional").
const ABSENT_BEFORE = /\b(?:(?:there\s+is|there's|with)\s+no|rather\s+than|instead\s+of)\b[^.;,]{0,40}$|\bno\s+(?:[\w/-]+\s+){0,2}$/i;
// "is overhead we removed", "is assumed for every scheduled post": the check cast as a cost that was cut, or as already given.
const ABSENT_AFTER = /^[^.;]{0,40}?\b(?:(?:is|are)\s+not\s+part\s+of|(?:is|are)\s+(?:\w+\s+)?(?:optional|skipped|unnecessary|needless|dispensed\s+with|waived|omitted|left\s+out|assumed|presumed|implied|implicit|taken\s+(?:as\s+given|for\s+granted))|(?:is|are)\s+(?:just\s+|mere\s+|only\s+|an?\s+)?(?:overhead|noise|friction|busywork|red\s+tape|formality)|(?:is|are|was|were)\s+(?:\w+\s+){0,3}?(?:removed|dropped|retired|disabled|eliminated|cut)|isn't|aren't)\b/i;
// A sentence that keeps the check: an order to ask, a condition on the user's word, a forbidden act ("never close without approval").
const CHECK_KEPT = /\b(?:must|should|always|please|so)\s+(?:\w+\s+)?(?:ask|confirm|check|consult|seek)\b|\b(?:only\s+(?:after|once|when|if)|unless|until|wait\s+for)\b|\b(?:never|do\s+not|don't|must\s+not|cannot|can't|may\s+not)\s+(?:\w+\s+){1,4}?(?:without|with\s+no)\b|\b(?:flag|option|parameter|--[\w-]+)\b|\brequire[sd]?\b|\b(?:user|holder|owner|customer)s?\s+(?:still\s+)?(?:approves?|confirms?|signs?\s+off)\b/i;
const CHECK_STAKES = new RegExp(`${HIGH_STAKES.source}|\\b(?:money|funds|wires?)\\b|\\bclos(?:e|es|ing|ures?)\\s+(?:\\w+\\s+)?accounts?\\b|\\bclosures?\\b`, 'i');

/** The user's check named, then said to be absent, optional or replaced by telling afterwards, beside a high-stakes act: medium. */
function absentCheckHits(text: string): Hit[] {
  if (!CHECK_ACT.test(text) || !CHECK_ABSENT.test(text) || !CHECK_OWNER.test(text) || !CHECK_STAKES.test(text)) return [];
  for (const match of matchesOf(CHECK_ACT, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    // The act at stake may be named in the sentence before: "Force-pushes a branch. Users are informed after the push rather than consulted."
    const previous = sentence.start > 1 ? sentenceAround(text, sentence.start - 2).text : '';
    // The owner and the absence belong to the check, not to another clause of a long sentence.
    const at = match.index - sentence.start;
    const near = sentence.text.slice(Math.max(0, at - 60), at + match[0].length + 80);
    const removedBefore = ABSENT_BEFORE.test(sentence.text.slice(Math.max(0, at - 60), at));
    const absent = removedBefore || ABSENT_AFTER.test(sentence.text.slice(at + match[0].length));
    if (!absent || !CHECK_OWNER.test(near) || CHECK_KEPT.test(sentence.text) || !CHECK_STAKES.test(`${previous} ${sentence.text}`)) continue;
    // "no question to the account holder" is the absence itself; a negation before a check said absent later keeps it ("never … consent is optional").
    if (!removedBefore && isNegatedAt(sentence.text, match.index - sentence.start) && !/\b(?:is|are)\s+not\s+part\b/i.test(sentence.text)) continue;
    return [{ kind: 'skip-confirmation', severity: 'medium', message: "Says the user's check is absent or optional before a high-stakes action, so the model skips it.", index: match.index, length: match[0].length }];
  }
  return [];
}

// "In a dry run a confirmation is redundant: nothing is deleted": where nothing happens, no check is dropped.
const NOTHING_HAPPENS = /\b(?:in\s+(?:a\s+)?(?:dry[\s-]?run|preview|simulation|what-if)(?:\s+mode)?|(?:with|when|while)\s+[\x60'"]?dry_?run[\x60'"]?)\b/i;

function droppedCheckHits(text: string): Hit[] {
  for (const match of matchesOf(DROPPED, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    if (KEPT.test(sentence.text) || NOTHING_HAPPENS.test(sentence.text) || isOnlyReadOnlyWork(sentence.text, at, HIGH_STAKES) || (!/^(?:do|does|should|must|need)\b/i.test(match[0]) && isNegatedAt(sentence.text, at))) continue;
    // The action may follow the claim in the next sentence: "… removed the confirmation. Agents now terminate …".
    const next = sentenceAround(text, Math.min(text.length - 1, sentence.start + sentence.text.length + 2)).text;
    // A changelog reports what the tool changed; it is worth a look, not an alarm.
    const stakes = !/^(?:removed|dropped|retired|disabled|turned|eliminated)\b/i.test(match[0]) && (HIGH_STAKES.test(sentence.text) || HIGH_STAKES.test(next));
    return [{ kind: 'skip-confirmation', severity: stakes ? 'high' : 'medium', message: "Says the user's confirmation is not needed or unwanted, so the model skips it.", index: match.index, length: match[0].length }];
  }
  return [];
}
