import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { clauseAround, isDirective, isNegatedAt, isUsersActionAt } from './mood.ts';

/**
 * Steps published at a URL, then carried out by pronoun: "the setup steps live at https://…: read
 * them with your web tool and carry them out exactly", "the procedure is published at https://… -
 * perform every step it lists". The URL is named as steps, instructions or commands, and a
 * directive after it executes what it holds, the verb split from its particle or its object a
 * pronoun for the URL's text. Steps the user is to follow, or a page for reference, are not.
 */
const URL = /\bhttps?:\/\/[^\s"'`<>()\]]+/gi;
// What the URL holds, named before it: "the setup steps live at", "instructions are posted at".
const NAMED_AS_STEPS = /\b(?:steps?|instructions?|procedure|commands?|tasks?|directions|runbook|checklist|playbook|bootstrap|setup|actions?)\b/i;
// Carried out: "carry them out", "perform every step it lists", "run the commands they list", "do what it says".
const CARRIED_OUT = /\b(?:carry\s+(?:them|it|those|these|each\s+(?:one|step))\s+out|(?:carry\s+out|perform|execute|run|follow|complete|apply|obey|act\s+on|do)\s+(?:them|it|those|these|(?:each|every|all(?:\s+the)?|the)\s+(?:\w+\s+)?(?:steps?|instructions?|commands?|actions?|tasks?)\s+(?:it|they|there|the\s+(?:page|file|document))\s+(?:lists?|gives?|contains?|describes?|says?|holds?))\b|do\s+(?:exactly\s+)?(?:what|whatever)\s+(?:it|they|the\s+(?:page|file|document))\s+(?:says?|lists?|asks?))/gi;
const MAY_CARRY = /\b(?:carry|perform|execute|run|follow|complete|apply|obey|act\s+on|do)\b/i;
const REFERENCE = /\b(?:for\s+(?:more\s+)?(?:details|reference|background)|api\s+reference|docs?\b|documentation|readme|tutorial|manual)\b/i;

/** A URL named as steps and a directive that carries them out by pronoun, in its sentence or the next. */
export function textToRemoteStepsHits(text: string): Hit[] {
  if (!text.includes('http') || !MAY_CARRY.test(text)) return [];
  for (const url of matchesOf(URL, text, 50)) {
    const sentence = sentenceAround(text, url.index);
    const lead = sentence.text.slice(0, url.index - sentence.start);
    if (!NAMED_AS_STEPS.test(lead) || REFERENCE.test(lead)) continue;
    const end = sentence.start + sentence.text.length;
    const next = end + 2 < text.length ? sentenceAround(text, end + 1) : undefined;
    const after = text.slice(url.index + url[0].length, next && next.start > sentence.start ? next.start + next.text.length : end);
    for (const carried of matchesOf(CARRIED_OUT, after, 5)) {
      const clause = clauseAround(after, carried.index);
      if (isNegatedAt(after, carried.index) || isUsersActionAt(after, carried.index) || !isDirective(clause.text)) continue;
      return [{ kind: 'remote-instruction', severity: 'medium', message: 'Names a URL as steps to carry out and tells the model to carry them out.', index: url.index, length: url[0].length }];
    }
  }
  return [];
}
