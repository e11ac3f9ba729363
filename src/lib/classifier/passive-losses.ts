/**
 * "Files in the bucket that are not present locally are deleted.", "Existing rows are overwritten.": a sentence whose
 * main predicate is a passive loss says what the call does to data, whatever its name's verb (the rubric's sync_repo
 * that "deletes remote branches not present locally"), as a later sentence opening with "Deletes…" does. Not a loss
 * in a condition ("when a record is deleted"), in a relative clause ("messages that are deleted are skipped"), already
 * past ("were deleted"), denied ("is never deleted"), one the service does on a schedule ("are purged after 30 days"),
 * nor "removed" (a tag is removed from an issue, its record kept: see the rubric's Write).
 */

const PASSIVE_LOSS = /\b(?:is|are|will be|gets?|get)\s+(?:also\s+|then\s+|all\s+|immediately\s+)?(?:deleted|erased|purged|wiped|destroyed|overwritten)\b/i;
const CONDITION_BEFORE = /\b(?:when|whenever|if|whether|unless|once|until|what happens|how)\b/i;
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;
const AFTER_NOT_THE_CALL = /^\s*(?:after|within|automatically|by (?:the|a) (?:service|system|server|retention)|when|once|if|unless)\b/i;

/** The excerpt of a passive loss the sentence states of the call, or undefined. */
export function passiveLossOf(sentence: string): string | undefined {
  const found = PASSIVE_LOSS.exec(sentence);
  if (!found) return undefined;
  const before = sentence.slice(0, found.index);
  const after = sentence.slice(found.index + found[0].length);
  if (CONDITION_BEFORE.test(before) || RELATIVE_BEFORE.test(before) || AFTER_NOT_THE_CALL.test(after) || /\b(?:not|never|were|was|been)\s*$/i.test(before)) return undefined;
  return found[0];
}

/** True when `description` may hold a passive loss (one test per description instead of per sentence). */
export const mayHavePassiveLoss = (description: string): boolean => PASSIVE_LOSS.test(description);
