/**
 * "Remove followers from a contact", "Clear the assignee of a task", "Remove the due date from a task": taking a person
 * off a role on a record, or a date or a marker off it, undoes an assignment that one call sets again; the record and the
 * person stay, and nobody loses access (the rubric's Write: "label", "configure"), unlike removing a member from an
 * organization or a team (access lost) or removing a record from a list (see linked-records.ts).
 */

const REMOVING_VERBS = new Set(['remove', 'clear', 'unset', 'reset']);
const ROLE_HOLDERS = new Set(['assignee', 'assignees', 'follower', 'followers', 'watcher', 'watchers', 'reviewer', 'reviewers', 'approver', 'approvers']);
const MARKERS = new Set(['due', 'deadline', 'estimate', 'priority', 'milestone', 'cover', 'icon', 'emoji', 'reaction', 'reactions', 'star', 'pin']);
const DETERMINERS = new Set(['a', 'an', 'the', 'all', 'one', 'any', 'its', 'their', 'single', 'specific', 'specified', 'given']);

/** The reading of a verb that takes a role holder or a marker off a record (Write), or undefined. `objects` are the words after the verb. */
export function removedAssignmentReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!REMOVING_VERBS.has(verb)) return undefined;
  const head = objects.find((w) => !DETERMINERS.has(w));
  if (head === undefined || (!ROLE_HOLDERS.has(head) && !MARKERS.has(head))) return undefined;
  return { category: 'Write', object: head, why: 'unlinks it, nothing is lost' };
}
