import type { VerbReading } from './collocations.ts';

const LINKING_VERBS = new Set(['connect', 'disconnect']);
// Stored things that a call connects to another record: a Git repository to a project, a webhook, a domain.
const LINKED_RECORDS = new Set(['repository', 'repositories', 'repo', 'repos', 'integration', 'integrations', 'webhook', 'webhooks', 'domain', 'domains', 'calendar', 'calendars', 'source', 'sources']);

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
