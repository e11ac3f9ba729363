import { UNLINKS } from './collocations.ts';
import { LEVEL, type Signal } from './signal.ts';

// Name verbs that only take a link away: what was attached, assigned, grouped or tagged lives on.
const DETACHING_NAME_VERBS = new Set(['detach', 'unassign', 'ungroup', 'untag', 'unlabel', 'unpin', 'unstar', 'unwatch', 'unfollow', 'unsubscribe', 'dissociate', 'disassociate', 'unshare', 'unbind', 'unlink']);
// The description's own "Remove …" / "Removes …" as its lead: the verb a detaching name is usually glossed with.
const REMOVING_LEAD = /^description says “(?:remove|removes|removing)\b/i;

/**
 * `detach_script` "Remove a script from a node in a scene", `unassign_label` "Removes the label from the issue":
 * a name whose verb only unlinks says which sense of the description's "remove" is meant; the description
 * restates the name, it does not add a loss (the rubric's Destructive is data or access lost for good). Its
 * lead "Remove …" then weighs as the Write it glosses, at the lead's weight; a warning of loss ("permanently",
 * "cannot be undone") or a second verb that deletes still decides.
 */
export function weighDetachingNames(nameWords: readonly string[], signals: Signal[]): Signal[] {
  const detaching = nameWords.find((w) => DETACHING_NAME_VERBS.has(w));
  if (!detaching) return signals;
  return signals.map((s) =>
    s.category === 'Destructive' && s.source === 'description' && !s.warning && s.level <= LEVEL.lead && REMOVING_LEAD.test(s.text)
      ? { ...s, category: 'Write', text: `${s.text} (the name's \`${detaching}\`: ${UNLINKS})` }
      : s,
  );
}
