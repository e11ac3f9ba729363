import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { clauseAround, isDirective, isNegatedAt } from './mood.ts';

/**
 * The user's approval given by the model itself: an approval flag set to true ("pass
 * confirmed=true", "fill user_confirmed with true", "set confirm to yes yourself") in a sentence
 * that also keeps the user out of it (the amount not shown, nobody asked, "automatically", "handled
 * upstream"). Setting the flag "only after the user has approved" documents it.
 */
const FLAG_SET = /\b(?:pass|set|fill|send|use|put|mark|add|include|supply|provide)\s+(?:in\s+)?(?:the\s+)?[\x60'"]?(?:\w*(?:confirm|approv|consent|authori[sz]|acknowledg|force|sign_?off|user_ok)\w*)[\x60'"]?\s*(?:=|:|\s+to|\s+with|\s+as)\s*[\x60'"]?(?:true|yes|1|on|y)\b/i;
const USER_LEFT_OUT = /\b(?:do\s+not|don't|never|no\s+need\s+to|without|not)\s+(?:\w+\s+){0,3}?(?:present|show|ask|prompt|check|display|tell|bother|wait|consult|surface)\w*\b|\b(?:yourself|automatically|on\s+(?:their|the\s+user'?s)\s+behalf|silently|by\s+default)\b|\b(?:handled|collected|done|taken\s+care\s+of|managed)\s+(?:\w+\s+)?(?:server[-\s]?side|upstream|elsewhere|by\s+the\s+(?:backend|server|api|platform|bank|system))\b|\b(?:user|they|customer)\s+(?:already\s+)?(?:agreed|approved|consented|confirmed)\b/i;
const USER_KEPT = /\b(?:only\s+(?:after|once|when|if)|after\s+the\s+user|once\s+the\s+user|if\s+the\s+user|when\s+the\s+user|unless)\b/i;
const HIGH_STAKES = /\b(?:pay\w*|transfer\w*|send\w*|delet\w*|remov\w*|purg\w*|drop\w*|wip\w*|destroy\w*|clos\w*|cancel\w*|refund\w*|withdraw\w*|charg\w*|buy\w*|purchas\w*|amount|money|funds|force|publish\w*|deploy\w*|merg\w*|overwrit\w*|terminat\w*)\b/i;

/** An approval flag the model is told to set itself while the user is left out. */
export function textToSelfApprovalHits(text: string): Hit[] {
  for (const match of matchesOf(FLAG_SET, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    if (isNegatedAt(sentence.text, at) || USER_KEPT.test(sentence.text) || !isDirective(clauseAround(sentence.text, at).text)) continue;
    if (!USER_LEFT_OUT.test(sentence.text.replace(match[0], ' '))) continue;
    // The action approved is the sentence's, or what the tool does (its first sentence: "Closes an account.").
    const stakes = HIGH_STAKES.test(sentence.text) || HIGH_STAKES.test(sentenceAround(text, 0).text);
    return [{ kind: 'skip-confirmation', severity: stakes ? 'high' : 'medium', message: "Tells the model to give the user's approval itself, by setting the approval flag without asking.", index: match.index, length: match[0].length }];
  }
  return [];
}
