/**
 * "Watch a repository to receive notifications", `watch_mailbox`: watching a stored record subscribes the
 * caller to its changes (GitHub's watch, Gmail's push watch), a setting undone by unwatching it (Write);
 * watching a file, a log, a console or a job's progress only observes it (Read, the verb's own category).
 */

const WATCHED_RECORDS = new Set([
  'repository', 'repositories', 'repo', 'repos', 'issue', 'issues', 'thread', 'threads', 'mailbox', 'mailboxes', 'inbox',
  'calendar', 'calendars', 'channel', 'channels', 'ticket', 'tickets', 'card', 'cards', 'board', 'boards', 'discussion', 'discussions',
]);

/** The reading of `watch` on a stored record (Write), or undefined. `objects` are the words after the verb. */
export function watchedRecordReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (verb !== 'watch') return undefined;
  const record = objects.slice(0, 4).find((w) => WATCHED_RECORDS.has(w));
  return record ? { category: 'Write', object: record, why: 'subscribes to its changes' } : undefined;
}
