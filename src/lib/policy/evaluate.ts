import { RE2JS } from 're2js';
import { type Condition, type Policy, type Rule, type Window } from './types.ts';

/**
 * Decides one `tools/call` the way Intercept's engine does, step by step as "How Intercept decides"
 * describes it (read from Intercept's source at commit 7898b01):
 * hide list → default deny → the tool's rules, then the `"*"` rules → allowed.
 * One fact the reference leaves open is settled here and said in docs/policies.md: a counter is
 * reserved before the call, so a `state.` condition sees the count including this call (a rule
 * `lte 1000` lets the total reach 1,000, never pass it), and a call the policy denies reserves nothing.
 * @see ../../../../shared/reference/intercept-policy.md · https://github.com/policylayer/intercept
 */

/** One call as an MCP client sends it. */
export interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** Why a call was refused: listed under `hide`, absent from a `default: deny` allow-list, or a rule that failed. */
export type DenialReason = 'hidden' | 'default-deny' | 'rule';

/** The outcome of one call; a denial by a rule carries the rule's name and its `on_deny` message. */
export type Decision = { allowed: true } | { allowed: false; reason: DenialReason; rule?: string; onDeny?: string };

/** The text Intercept puts before a rule's `on_deny` in the error the agent reads. */
export const DENIAL_PREFIX = '[INTERCEPT POLICY DENIED] ';

const WINDOW_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const satisfies Record<Window, number>;

/** Counters per tool and window, calendar-aligned in UTC (a day starts at 00:00 UTC). The clock is injected. */
export class CounterStore {
  private readonly counts = new Map<string, { start: number; value: number }>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** The counter's value in the current window (0 once its window has passed). */
  read(tool: string, counter: string, window: Window): number {
    const entry = this.counts.get(key(tool, counter));
    return entry && entry.start === this.windowStart(window) ? entry.value : 0;
  }

  /** Adds to the counter in the current window. */
  add(tool: string, counter: string, window: Window, amount: number): void {
    const start = this.windowStart(window);
    this.counts.set(key(tool, counter), { start, value: this.read(tool, counter, window) + amount });
  }

  private windowStart(window: Window): number {
    const now = this.now();
    return now - (now % WINDOW_MS[window]);
  }
}

/** A counter this call would add to if it is allowed. */
interface Reservation {
  tool: string;
  counter: string;
  window: Window;
  amount: number;
}

/** Decides a call against a policy; an allowed call adds to its counters in `counters`. */
export function evaluateCall(policy: Policy, call: ToolCall, counters: CounterStore = new CounterStore()): Decision {
  const hidden = policy.hide ?? [];
  if (hidden.includes('*') || hidden.includes(call.name)) return { allowed: false, reason: 'hidden' };
  const own = Object.hasOwn(policy.tools, call.name) ? policy.tools[call.name]! : undefined;
  if (policy.default === 'deny' && !own) return { allowed: false, reason: 'default-deny' };
  const everyTool = call.name !== '*' && Object.hasOwn(policy.tools, '*') ? policy.tools['*']! : undefined;
  const reservations: Reservation[] = [];
  const groups: [string, Rule[]][] = [[call.name, own?.rules ?? []], ['_global', everyTool?.rules ?? []]];
  for (const [stateTool, rules] of groups) {
    for (const rule of rules) {
      if (!rulePasses(rule, stateTool, call, counters, reservations)) return { allowed: false, reason: 'rule', rule: rule.name, ...(rule.on_deny !== undefined ? { onDeny: rule.on_deny } : {}) };
    }
  }
  for (const r of reservations) counters.add(r.tool, r.counter, r.window, r.amount);
  return { allowed: true };
}

/** The message an agent reads for a denial: the rule's `on_deny` after Intercept's prefix, or what refused the call. */
export function decisionToMessage(decision: Decision): string | undefined {
  if (decision.allowed) return undefined;
  if (decision.reason === 'hidden') return 'The tool is hidden: it is not in the tool list, and a call to it is refused.';
  if (decision.reason === 'default-deny') return 'The tool is not in the policy’s allow-list (default: deny), so the call is refused.';
  return `${DENIAL_PREFIX}${decision.onDeny ?? `rule ${JSON.stringify(decision.rule)}`}`;
}

function rulePasses(rule: Rule, stateTool: string, call: ToolCall, counters: CounterStore, reservations: Reservation[]): boolean {
  if (rule.action === 'deny') return false;
  if (rule.rate_limit !== undefined) {
    const [count, window] = rule.rate_limit.split('/') as [string, Window];
    // A rate limit is a counter `_rate_<window>`, one per call, held to `lte <count>`.
    const counter = `_rate_${window}`;
    const next = counters.read(stateTool, counter, window) + pending(reservations, stateTool, counter) + 1;
    if (next > Number(count)) return false;
    reservations.push({ tool: stateTool, counter, window, amount: 1 });
    return true;
  }
  if (rule.state) {
    const { counter, window, increment, increment_from: from } = rule.state;
    const value = from === undefined ? (increment ?? 1) : lookup(call.arguments, from.slice('args.'.length));
    reservations.push({ tool: stateTool, counter, window, amount: typeof value === 'number' ? value : 0 });
  }
  return (rule.conditions ?? []).every((condition) => conditionHolds(condition, call, counters, reservations));
}

function pending(reservations: Reservation[], tool: string, counter: string): number {
  return reservations.filter((r) => r.tool === tool && r.counter === counter).reduce((sum, r) => sum + r.amount, 0);
}

/** Marks a path that names nothing in the call. */
const ABSENT = Symbol('absent');

/** One condition, with Intercept's rules for absent paths, numbers and strings. */
export function conditionHolds(condition: Condition, call: ToolCall, counters: CounterStore = new CounterStore(), reservations: readonly Reservation[] = []): boolean {
  const actual = resolve(condition.path, call, counters, reservations);
  const { op, value } = condition;
  if (op === 'exists') return (actual !== ABSENT && actual !== null) === value;
  if (actual === ABSENT) return false;
  switch (op) {
    case 'eq':
      return looselyEqual(actual, value);
    case 'neq':
      return !looselyEqual(actual, value);
    case 'in':
      return Array.isArray(value) && value.some((v) => looselyEqual(actual, v));
    case 'not_in':
      return Array.isArray(value) && !value.some((v) => looselyEqual(actual, v));
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof actual === 'number' && typeof value === 'number' && compareNumbers(op, actual, value);
    case 'regex':
      return typeof actual === 'string' && typeof value === 'string' && compiled(value).test(actual);
    case 'contains':
      if (typeof actual === 'string') return actual.includes(goPrint(value));
      return Array.isArray(actual) && actual.some((element) => looselyEqual(element, value));
  }
}

function resolve(path: string, call: ToolCall, counters: CounterStore, reservations: readonly Reservation[]): unknown {
  if (path.startsWith('args.')) return lookup(call.arguments, path.slice('args.'.length));
  // `state.<tool>.<counter>`: split at the first two dots, as Intercept does. Validation guarantees a
  // state block of this tool defines the counter, and rules run in order, so its reservation is made.
  const [, tool = '', ...rest] = path.split('.');
  const counter = rest.join('.');
  const reserved = reservations.filter((r) => r.tool === tool && r.counter === counter);
  if (reserved.length === 0) return 0;
  return counters.read(tool, counter, reserved[0]!.window) + reserved.reduce((sum, r) => sum + r.amount, 0);
}

/** `a.b` descends into objects; a missing key, or a step into something that is not an object, is absent. */
function lookup(root: unknown, dotted: string): unknown {
  let at: unknown = root;
  for (const step of dotted.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, step)) return ABSENT;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** `eq`: numbers as numbers when both sides are numbers, else their printed forms (`"5"` equals 5, `true` equals `"true"`). */
function looselyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return goPrint(a) === goPrint(b);
}

function compareNumbers(op: 'lt' | 'lte' | 'gt' | 'gte', a: number, b: number): boolean {
  return op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'gt' ? a > b : a >= b;
}

/** A value printed as Go's `fmt.Sprint` prints what encoding/json decoded (close enough for scalars and lists of them). */
function goPrint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(goPrint).join(' ')}]`;
  return `map[${Object.keys(value as object).sort().map((k) => `${k}:${goPrint((value as Record<string, unknown>)[k])}`).join(' ')}]`;
}

/**
 * Go's `%v` of a float64 (what encoding/json makes of any JSON number): the shortest digits, with an
 * exponent of at least two digits once the exponent is below -4 or at least 6 (`1e+06`, `1.5e-05`).
 */
function goNumber(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return n === 0 ? '0' : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
  const [mantissa, exponentText] = n.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) return `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return String(n);
}

const patterns = new Map<string, RE2JS>();

/** Compiled RE2 patterns, kept: the same few patterns are checked again and again. */
function compiled(pattern: string): RE2JS {
  let re = patterns.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    patterns.set(pattern, re);
  }
  return re;
}

function key(tool: string, counter: string): string {
  return `${tool}\u0000${counter}`;
}
