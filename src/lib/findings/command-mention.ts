import { clauseAround } from './mood.ts';

/**
 * A harmful command a definition names without telling the model to run it on its own: the
 * command's own clause gives it a verdict of refusal ("commands that pipe a remote script into a
 * shell (e.g. curl … | sh) are rejected"), or the verb that would run it waits for the user's
 * agreement ("show it to the user and run it only if they agree"). A shell tool documents what it
 * blocks; an instruction runs the command whatever the user says.
 */
const REFUSED = /\b(?:is|are|gets?|will\s+be|get)\s+(?:always\s+|automatically\s+)?(?:blocked|rejected|refused|denied|forbidden|prohibited|disallowed|stripped|dropped)\b|\b(?:is|are)\s+not\s+(?:allowed|permitted|supported|run|executed)\b|\b(?:blocks|rejects|refuses|denies)\b/i;
const USER_AGREES = /\b(?:only\s+)?(?:if|when|after|once)\s+(?:the\s+user|they|he\s+or\s+she|the\s+(?:account\s+)?owner)\s+(?:has\s+|have\s+)?(?:agrees?|approves?|confirms?|consents?|accepts?|agreed|approved|confirmed|consented|accepted|says\s+yes)\b/i;

// "the documented line … for the user to review and run themselves", "so users can copy and run it": the one who runs it is the user.
const USER_RUNS = /\b(?:for|lets?|letting|allows?|allowing)\s+(?:the\s+user|users|them|the\s+(?:developer|customer|person|operator|reader))\s+to\s+(?:\w+\s+(?:and|or|then)\s+)?$|\b(?:the\s+user|users)\s+(?:can|may|could|will)\s+(?:\w+\s+(?:and|or|then)\s+)?$/i;

/** True when the command at `commandAt` is refused in its own clause, or the run verb at `runAt` waits for the user or is the user's. */
export function isCommandOnlyMentioned(sentence: string, commandAt: number, runAt: number): boolean {
  if (USER_RUNS.test(sentence.slice(Math.max(0, runAt - 80), runAt))) return true;
  // A parenthesised example belongs to the clause around its brackets.
  const open = sentence.lastIndexOf('(', commandAt);
  const at = open >= 0 && sentence.indexOf(')', open) > commandAt ? open : commandAt;
  if (REFUSED.test(clauseAround(sentence, at).text)) return true;
  return USER_AGREES.test(clauseAround(sentence, runAt).text);
}
