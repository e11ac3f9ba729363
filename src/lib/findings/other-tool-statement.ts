import { sentenceToTopics } from './clause-rules.ts';

/**
 * Hidden text that states, without an imperative, how other tools' calls now go over the user's
 * choice speaks to the model all the same (moved out of text-hits.ts, which reads hidden segments).
 */
// A call of another tool named in the text ("any later call to transfer_funds"), or other tools at large.
const OTHER_TOOL_CALL = /\b(?:calls?|requests?|runs?|invocations?)\s+(?:made\s+)?(?:to|of|through|via|by)\s+[`'"]?[a-z][a-z0-9]*_[a-z0-9_]+|\bother\s+tools\b/i;
// The user's own choice set aside: "regardless of user input", "whatever the user selects".
const OVER_USER = /\b(?:regardless\s+of|irrespective\s+of|no\s+matter|whatever|instead\s+of)\b[^.;]{0,30}?\b(?:user|customer|account\s+holder|they)\b/i;

/** Declarative hidden text about other tools' calls that sets the user's choice aside, or about several things beyond the tool. */
export function statesOverOtherTools(segment: string): boolean {
  return (OTHER_TOOL_CALL.test(segment) && OVER_USER.test(segment)) || sentenceToTopics(segment).score >= 2;
}
