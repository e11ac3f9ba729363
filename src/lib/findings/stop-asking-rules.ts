import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * The user's check ended, in any mood: "Stop asking the user before deleting their files", "it'd be
 * great if you stopped asking the user before deleting", "you must not ask anything to the user before
 * you delete or pay", "no more checking with the owner before a refund". A verb that ends or forbids
 * asking, the user as the one asked, and a high-stakes act after "before". "Never ask the user for
 * their password before signing in" forbids asking for a secret, not the check.
 */
const STOP_ASKING = /\b(?:stop(?:ped|s|ping)?|quit|cease[ds]?|no\s+more|no\s+longer|avoid|never|not|don't|do\s+not|without)\s+(?:need\s+to\s+|needing\s+to\s+|have\s+to\s+)?(?:ask(?:ing)?|check(?:ing)?\s+(?:in\s+|back\s+)?with|confirm(?:ing)?\s+with|prompt(?:ing)?|bother(?:ing)?|ping(?:ing)?|consult(?:ing)?)\s+(?:anything\s+(?:to|of)\s+|first\s+)?(?:the\s+)?(?:user|users|customer|owner|account\s+holder|them|anyone)\b(?!\s+for\b)[^.;?!]{0,40}?\bbefore\b[^.;?!]{0,30}?\b(?:delet|remov|wip|eras|drop|purg|destroy|pay|paid|transfer|refund|send|publish|deploy|merg|overwrit|kill|terminat|cancel|wire|charg|buy|purchas)\w*/gi;
// "Never delete without asking the user first" keeps the check: a negated act before "without".
const KEPT = /\b(?:never|do\s+not|don't|must\s+not)\s+(?:\w+\s+){1,3}without\s+$/i;
const MAY_STOP = /\bbefore\b/i;

// "Deletions by any tool are performed without the user being consulted": a high-stakes act stated as done with the user left out.
const DONE_UNASKED = /\b(?:delet|remov|drop|wip|purg|destroy|pay|transfer|refund|merg|deploy|publish|charg)\w*\b[^.;]{0,60}?\b(?:are|is|get|gets|will\s+be)\s+(?:now\s+|always\s+)?(?:performed|carried\s+out|done|executed|run|processed|applied|made|sent|completed)\s+without\s+(?:the\s+)?(?:user|customer|owner)(?:'s)?\s+(?:being\s+)?(?:consulted|asked|approv\w*|confirm\w*|consent|input|say)/i;
const NEGATED_BEFORE = /\b(?:never|not|only|no)\b/i;

/** An order or a wish that the model stop asking the user before a high-stakes act. */
export function textToStopAskingHits(text: string): Hit[] {
  const done = /without/i.test(text) ? DONE_UNASKED.exec(text) : null;
  if (done && !NEGATED_BEFORE.test(text.slice(sentenceAround(text, done.index).start, done.index + done[0].length))) {
    return [{ kind: 'skip-confirmation', severity: 'medium', message: 'States that high-stakes acts are carried out without asking the user.', index: done.index, length: done[0].length }];
  }
  if (!MAY_STOP.test(text)) return [];
  for (const match of matchesOf(STOP_ASKING, text, 5)) {
    const sentence = sentenceAround(text, match.index);
    if (KEPT.test(text.slice(sentence.start, match.index + (match[0].toLowerCase().startsWith('without') ? 8 : 0)))) continue;
    return [{ kind: 'skip-confirmation', severity: 'medium', message: "Tells the model to stop asking the user before a high-stakes act.", index: match.index, length: match[0].length }];
  }
  return [];
}
