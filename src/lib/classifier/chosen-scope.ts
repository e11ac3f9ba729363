/**
 * The words naming what a choosing verb chooses: "Select an organization", "Switch to a different
 * WordPress site in the active configuration" (`site`, after "to" and its adjectives), but not
 * "Select the rows in the project", whose object ends at "in": the rows are chosen, in a project.
 */

/** Places a tool acts in that choosing one does not change (not a tab, page or file, which in a browser or editor is driving it). */
const CHOSEN_SCOPES = new Set(['target', 'workspace', 'workspaces', 'project', 'repository', 'repo', 'cluster', 'namespace', 'org', 'organization', 'tenant', 'account', 'profile', 'environment', 'region', 'subscription', 'device', 'simulator', 'emulator', 'database', 'db', 'connection', 'site', 'team', 'space', 'context', 'model']);
// Words that end the chosen thing's noun phrase (a leading "to" or "into" is where a switch goes).
const PHRASE_ENDS = new Set(['in', 'of', 'from', 'for', 'on', 'with', 'by', 'at', 'within', 'inside', 'and', 'or', 'to', 'into', 'that', 'which', 'where', 'when', 'if']);
const LEADING = new Set(['to', 'into']);
/** How many words after the verb the chosen noun may come ("to a different WordPress site"). */
const REACH = 5;

/** The place a choosing verb chooses (`site`), when its object names one before the noun phrase ends; else undefined. */
export function chosenScope(objects: readonly string[]): string | undefined {
  const start = LEADING.has(objects[0] ?? '') ? 1 : 0;
  const end = objects.findIndex((w, i) => i >= start && PHRASE_ENDS.has(w));
  return objects.slice(0, Math.min(REACH, end < 0 ? objects.length : end)).find((w) => CHOSEN_SCOPES.has(w));
}
