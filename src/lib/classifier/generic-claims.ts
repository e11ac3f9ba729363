import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

/** Verbs that claim a tool changes things without saying what ("Commands for managing X", "Work with X"). */
const GENERIC_CLAIM_VERBS = new Set(['manage', 'administer', 'maintain', 'handle']);

/** Marks a Write signal of a generic claim verb, so that `weighGenericClaims` can weigh it against the schema. */
export function markGeneric(s: Signal, verb: string): Signal {
  if (s.category === 'Write' && GENERIC_CLAIM_VERBS.has(verb)) s.generic = true;
  return s;
}

/**
 * Words of argument names that can carry a change: a value, content, settings, a definition, a
 * sub-command's parameters. Ids, filters, paging and output options cannot.
 */
const CHANGE_WORDS = new Set([
  'value', 'values', 'content', 'contents', 'body', 'data', 'text', 'message', 'title', 'description', 'properties',
  'settings', 'setting', 'config', 'configuration', 'parameters', 'params', 'payload', 'patch', 'update', 'updates',
  'changes', 'json', 'yaml', 'file', 'files', 'state', 'enabled', 'enable', 'disable', 'tags', 'labels', 'members',
  'permissions', 'role', 'roles', 'policy', 'rules', 'script', 'code', 'command', 'commands', 'sql', 'template', 'spec',
  'definition', 'input', 'inputs', 'args', 'arguments', 'new', 'action', 'operation', 'op', 'mode', 'method', 'set',
  'add', 'remove', 'delete', 'create', 'assign', 'status', 'name', 'names', 'size', 'sku', 'capacity', 'count',
]);

/**
 * The rubric's Write is a call that creates or changes data. A tool whose only Write evidence is a
 * generic claim ("Commands for managing projects") and whose arguments cannot carry a change (only
 * ids, filters, paging) cannot change anything it is handed: its claim is weighed as an aside and
 * the call reads. Without arguments (or a published schema) nothing is known, and the claim stands.
 */
export function weighGenericClaims(tool: Tool, signals: Signal[]): Signal[] {
  const names = Object.keys(tool.inputSchema.properties ?? {});
  if (names.length === 0 || !signals.some((s) => s.generic)) return signals;
  if (signals.some((s) => s.level >= LEVEL.statement && !s.generic && s.category !== 'Read' && s.category !== 'Other')) return signals;
  const changing = names.find((name) => nameToWords(name).some((w) => CHANGE_WORDS.has(w)));
  if (changing) return signals;
  return [
    ...signals.map((s) => (s.generic ? { ...s, level: Math.min(s.level, LEVEL.aside) } : s)),
    signal('Read', LEVEL.leadPlain, 'schema', 'claims to manage, but no argument can carry a change (only ids, filters or paging)'),
  ];
}

/** `span_id`, `origin`: an identifier of something, or words that only say what to look up. */
function isLookupArgument(name: string): boolean {
  const words = nameToWords(name);
  return ID_ENDINGS.has(words.at(-1) ?? '') || words.every((w) => LOOKUP_WORDS.has(w));
}
const ID_ENDINGS = new Set(['id', 'ids', 'uuid', 'key', 'slug']);

/** Words of argument names that only say what to look up: ids, places, times, search terms, paging, output options. */
const LOOKUP_WORDS = new Set([
  'id', 'ids', 'key', 'query', 'q', 'search', 'keyword', 'keywords', 'term', 'terms', 'location', 'locations', 'origin',
  'origins', 'destination', 'destinations', 'city', 'cityd', 'country', 'region', 'address', 'ip', 'url', 'urls', 'uri', 'lat', 'lng',
  'lon', 'latitude', 'longitude', 'radius', 'date', 'from', 'to', 'start', 'end', 'since', 'until', 'time', 'limit', 'offset',
  'page', 'size', 'cursor', 'filter', 'sort', 'order', 'by', 'language', 'lang', 'locale', 'units', 'format', 'type', 'types',
  'mode', 'max', 'min', 'results', 'count', 'top', 'k', 'zip', 'postal', 'code', 'symbol', 'ticker', 'domain', 'project', 'user',
  'username', 'repo', 'owner', 'include', 'detail', 'details', 'verbose', 'fields',
]);

/**
 * A tool nothing in whose definition says what it does, but whose every argument only says what to
 * look up (`maps_distance(origins, destination)`): none can carry a change, so the call can only
 * read. Weak (an aside): the verdict needs review. Otherwise the rubric's Other stands. Asked only
 * when no other signal speaks (toolToSignals).
 */
export function lookupOnlySignal(tool: Tool): Signal | undefined {
  const names = Object.keys(tool.inputSchema.properties ?? {});
  if (names.length === 0 || !names.every(isLookupArgument)) return undefined;
  return signal('Read', LEVEL.aside, 'schema', `no verb says what it does, and its arguments (${names.slice(0, 3).map((n) => `\`${n}\``).join(', ')}) only say what to look up`);
}
