import type { Tool } from '../schemas/tool.ts';
import { verbToCategory } from './lexicon.ts';
import { LEVEL, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// `method`, `httpMethod`, `http_method`, `verb`.
const METHOD_ARGUMENT = /^(?:http[-_]?)?method$|^verb$/i;
// Where the caller points the request: `url`, `path`, `endpoint`; or a name that says it relays one.
const TARGET_ARGUMENTS = new Set(['url', 'uri', 'path', 'endpoint', 'route']);
const RELAY_WORDS = new Set(['request', 'requests', 'invoke', 'fetch', 'http', 'api', 'call', 'proxy', 'curl']);
// Verbs that say nothing of their own: on `manage_routes(method)` the method may still be what is done.
const GENERIC_VERBS = new Set(['manage', 'handle', 'perform', 'execute', 'run', 'process']);

// "Make an HTTP request to any URL", "Issue requests to the API": the call sends the request itself.
const SENDS_REQUEST = /\b(?:https?|requests?|fetch(?:es)?|curl)\b/i;

/** The description up to its first sentence end. */
function firstSentence(description: string): string {
  return description.split(/(?<=[.!?])\s|\n/, 1)[0] ?? '';
}

/** The values of an enum argument, upper-cased. */
function upperEnum(property: unknown): string[] {
  const values = typeof property === 'object' && property !== null ? (property as { enum?: unknown }).enum : undefined;
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase()) : [];
}

/**
 * `http_request(method: GET|POST|PUT|DELETE, url)`, `invoke(actionName, method)`: a tool that sends a
 * request (its name or first sentence says so) and passes any HTTP method, reads and deletes alike, to a
 * request the caller points somewhere does whatever that
 * request does: the rubric's Execute ("run something whose effect depends on its input"), not the
 * worst method's Destructive. A method argument on a tool that fixes its own target
 * (`users(method: GET|DELETE, userId)`), or one that sends nothing (`add_mock_rule(url, method)`),
 * keeps the worst method.
 */
export function weighGenericRequests(tool: Tool, signals: Signal[]): Signal[] {
  const properties = tool.inputSchema.properties ?? {};
  // Checked for every tool: one test per argument name, no split into words.
  const method = Object.keys(properties).find((name) => METHOD_ARGUMENT.test(name));
  if (!method) return signals;
  const values = upperEnum(properties[method]);
  if (!values.includes('GET') || !values.includes('DELETE') || !values.some((v) => v === 'POST' || v === 'PUT' || v === 'PATCH')) return signals;
  // `add_mock_rule(url, method, response)` defines how a URL answers; it sends nothing: the request must be the call's.
  const heads = Object.keys(properties).map((name) => nameToWords(name).at(-1) ?? '');
  const sends = nameToWords(tool.name).some((w) => RELAY_WORDS.has(w)) || SENDS_REQUEST.test(firstSentence(tool.description ?? ''));
  const relays = sends && (heads.some((head) => TARGET_ARGUMENTS.has(head)) || nameToWords(tool.name).some((w) => RELAY_WORDS.has(w)));
  const fromMethod = `argument \`${method}\` can be`;
  // `add_mock_rule(url, method)`, `create_route(path, method)`: a name that says what it does to a stored thing, and sends
  // nothing, takes the method as a field of that thing (which requests it answers), not as what the call does.
  const stores = nameToWords(tool.name).some((w) => verbToCategory(w) !== undefined && verbToCategory(w) !== 'Read' && !GENERIC_VERBS.has(w) && !RELAY_WORDS.has(w));
  if (!sends && stores) return signals.map((s) => (s.actionValue && s.text.startsWith(fromMethod) ? { ...s, level: Math.min(s.level, LEVEL.aside), text: `${s.text} (a field of what it stores)` } : s));
  if (!relays) return signals;
  return signals.map((s) => (s.actionValue && s.text.startsWith(fromMethod) && (s.category === 'Destructive' || s.category === 'Write')
    ? { ...s, category: 'Execute', text: `argument \`${method}\` takes any HTTP method (${values.join(', ')}) for a request the caller points: its effect depends on the input` }
    : s));
}
