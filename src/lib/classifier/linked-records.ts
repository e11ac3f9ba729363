import type { VerbReading } from './collocations.ts';
import { ATTACHED_TARGETS } from './nouns.ts';

const LINKING_VERBS = new Set(['connect', 'disconnect']);
// Stored things that a call connects to another record: a Git repository to a project, a webhook, a domain, a payment provider.
const LINKED_RECORDS = new Set(['repository', 'repositories', 'repo', 'repos', 'integration', 'integrations', 'webhook', 'webhooks', 'domain', 'domains', 'calendar', 'calendars', 'source', 'sources', 'provider', 'providers']);

/**
 * "Connect a new Git repository" on `connect_git_repository(repo, projectId)`: connecting or
 * disconnecting a stored thing (a repository, an integration, a domain) links it to another record,
 * which writes (the rubric's Write: undone by disconnecting it). Connecting *to* a server, a database
 * or a device, or with no object, is the tool's own session: undefined, so that reading stands.
 */
export function linkReading(verb: string, objects: readonly string[]): VerbReading | undefined {
  if (!LINKING_VERBS.has(verb) || objects[0] === 'to' || objects[0] === 'from') return undefined;
  const linked = objects.slice(0, 4).find((w) => LINKED_RECORDS.has(w));
  return linked ? { category: 'Write', object: linked, why: 'links a stored record' } : undefined;
}

const DIRECTIONS = new Set(['to', 'from']);

/**
 * What `attach`/`detach` connects the tool to: "Attach to a running process", "Detach from the debuggee",
 * and also "Detach the attached repo process", whose direct object is the process itself (the tool's own
 * session). Not "Detach a volume from a server": the volume is what is detached, a stored record (Write).
 */
export function attachedTarget(verb: string, objects: readonly string[]): string | undefined {
  if (verb !== 'attach' && verb !== 'detach') return undefined;
  if (DIRECTIONS.has(objects[0] ?? '')) return objects.find((w) => ATTACHED_TARGETS.has(w));
  const end = objects.findIndex((w) => DIRECTIONS.has(w));
  return (end < 0 ? objects : objects.slice(0, end)).slice(0, 5).find((w) => ATTACHED_TARGETS.has(w));
}

// "unlink a file", "Unlink the symlink": the POSIX unlink removes a file's name, which loses it.
const UNLINKED_FILES = new Set(['file', 'files', 'path', 'paths', 'symlink', 'symlinks', 'link', 'links', 'directory', 'directories', 'dir', 'inode']);

/**
 * "Unlinks a domain from the website", `unlink_issue_from_plan`: unlinking one thing *from* another takes
 * away the link and leaves both (the rubric's Write); the word that names it then stands for that link.
 * Without "from" it is the POSIX unlink of a file ("Unlink a file"), which deletes it: undefined.
 */
export function unlinkedFrom(verb: string, objects: readonly string[]): string | undefined {
  if (verb !== 'unlink') return undefined;
  const from = objects.indexOf('from');
  return from > 0 && !objects.slice(0, from).some((w) => UNLINKED_FILES.has(w)) ? objects[from - 1] : undefined;
}
