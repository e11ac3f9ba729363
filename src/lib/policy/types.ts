/**
 * The Intercept policy document, as the proxy reads it. Only documented keys: Intercept decodes YAML
 * with yaml.v3, which ignores unknown keys silently, so a misspelt key would enforce nothing.
 * @see ../../../../shared/reference/intercept-policy.md · https://github.com/policylayer/intercept
 */

/** Counter and rate-limit windows, calendar-aligned in UTC. */
export const WINDOWS = ['minute', 'hour', 'day'] as const;
export type Window = (typeof WINDOWS)[number];

/** Condition operators. */
export const OPERATORS = ['eq', 'neq', 'in', 'not_in', 'lt', 'lte', 'gt', 'gte', 'regex', 'contains', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];

/** One check on the call's arguments (`args.`) or on a counter (`state.`). */
export interface Condition {
  path: string;
  op: Operator;
  value: unknown;
}

/** A counter a rule keeps. */
export interface RuleState {
  counter: string;
  window: Window;
  increment?: number;
  increment_from?: string;
}

/** One rule; all rules of a tool must pass for a call to go through. */
export interface Rule {
  name: string;
  action?: 'evaluate' | 'deny';
  rate_limit?: string;
  conditions?: Condition[];
  state?: RuleState;
  on_deny?: string;
}

/** The rules for one tool (`rules: []` allows it with no checks). */
export interface ToolRules {
  rules: Rule[];
}

/** A complete policy document. */
export interface Policy {
  version: '1';
  description?: string;
  default?: 'allow' | 'deny';
  hide?: string[];
  tools: Record<string, ToolRules>;
}

/** `rate_limit` value: `"<N>/<window>"`. */
export function rateLimit(count: number, window: Window): string {
  return `${count}/${window}`;
}

/**
 * Whether Intercept can keep counters (rate limits, `state`) for a tool. It finds a counter's tool by
 * splitting `state.<tool>.<counter>` at its first two dots, so a tool whose name contains a dot
 * can never be matched to its own counters, and `intercept validate` refuses the document.
 */
export function canKeepCounters(toolName: string): boolean {
  return !toolName.includes('.');
}

/**
 * Whether a name is empty once Intercept trims it. It trims `hide` entries with Go's
 * `strings.TrimSpace`, whose white space (unicode.IsSpace) is not JavaScript's: Go's includes
 * U+0085, JavaScript's `trim` also removes U+FEFF, which Go keeps.
 */
export function isBlankName(name: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/.test(name);
}

/** Whether a tool can be listed under `hide`: Intercept refuses a blank entry, so such a tool can be denied but never hidden. */
export function canBeHidden(toolName: string): boolean {
  return !isBlankName(toolName);
}
