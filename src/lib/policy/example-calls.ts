import type { InputSchema } from '../schemas/tool.ts';
import { conditionHolds, CounterStore, decisionToMessage, evaluateCall, type ToolCall } from './evaluate.ts';
import { patternToGuard } from './patterns.ts';
import { sampleArgument, sampleRequiredArguments } from './sample-arguments.ts';
import type { Condition, Policy, Rule } from './types.ts';

/**
 * Example calls of one tool, made from its schema and its policy's rules, each decided by the
 * evaluator (never assumed): a typical call, calls that break a rule, and the call one past a rate
 * limit. A page shows them so a reader sees the policy work before trusting it.
 */

/** One example call and what the policy decided. */
export interface ExampleCall {
  call: ToolCall;
  /** What the example shows, with `code` in backticks. */
  note: string;
  /** Identical calls allowed before this one in the same window (a rate-limit example); 0 otherwise. */
  callsBefore: number;
  decision: 'allowed' | 'denied';
  /** The rule that refused the call, when one did. */
  rule?: string;
  /** What the agent reads when the call is refused. */
  message?: string;
}

const MAX_EXAMPLES = 4;
const MAX_BROKEN_RULES = 2;
/** Counters start from an empty store at a fixed instant: examples come out the same on every build. */
const EXAMPLE_CLOCK = () => Date.UTC(2025, 0, 15, 12, 0, 0);

/**
 * Two to four example calls of `toolName` under `policy` (one when a tool takes no arguments and
 * nothing limits it). `featured` arguments go into the typical call even when optional: the code a
 * denied tool would have run belongs in the call that shows it denied.
 */
export function toolToExampleCalls(toolName: string, schema: InputSchema, policy: Policy, featured: readonly string[] = []): ExampleCall[] {
  const rules = Object.hasOwn(policy.tools, toolName) ? policy.tools[toolName]!.rules : [];
  const typical = typicalArguments(schema, rules);
  for (const name of featured) if (!Object.hasOwn(typical, name) && sampleArgument(schema, name) !== undefined) setArgument(typical, name, sampleArgument(schema, name));
  const examples: ExampleCall[] = [decide(policy, toolName, typical, 'A typical call', 0)];
  for (const rule of rules.filter((r) => (r.conditions ?? []).some((c) => c.path.startsWith('args.'))).slice(0, MAX_BROKEN_RULES)) {
    const broken = breakRule(rule, typical, schema);
    if (broken) examples.push(decide(policy, toolName, broken.arguments, broken.note, 0));
  }
  const limit = rules.find((r) => r.rate_limit !== undefined);
  if (limit && examples.length < MAX_EXAMPLES && examples[0]!.decision === 'allowed') {
    const count = Number(limit.rate_limit!.split('/')[0]);
    examples.push(decide(policy, toolName, typical, `The same call after ${count.toLocaleString('en-US')} in the same ${limit.rate_limit!.split('/')[1]}`, count));
  }
  if (examples.length < 2) {
    const other = otherArguments(schema, typical);
    if (other) examples.push(decide(policy, toolName, other.arguments, other.note, 0));
  }
  return examples.slice(0, MAX_EXAMPLES);
}

function decide(policy: Policy, name: string, args: Record<string, unknown>, note: string, callsBefore: number): ExampleCall {
  const counters = new CounterStore(EXAMPLE_CLOCK);
  const call: ToolCall = { name, arguments: args };
  for (let i = 0; i < callsBefore; i++) evaluateCall(policy, call, counters);
  const decision = evaluateCall(policy, call, counters);
  if (decision.allowed) return { call, note, callsBefore, decision: 'allowed' };
  return { call, note, callsBefore, decision: 'denied', ...(decision.rule !== undefined ? { rule: decision.rule } : {}), message: decisionToMessage(decision)! };
}

/** The required arguments, plus every argument a rule makes necessary, each with a value its conditions accept. */
function typicalArguments(schema: InputSchema, rules: readonly Rule[]): Record<string, unknown> {
  const args = sampleRequiredArguments(schema);
  const conditionsByArgument = new Map<string, Condition[]>();
  for (const rule of rules) {
    for (const c of rule.conditions ?? []) {
      if (!c.path.startsWith('args.') || c.path.indexOf('.', 5) !== -1) continue;
      const name = c.path.slice(5);
      conditionsByArgument.set(name, [...(conditionsByArgument.get(name) ?? []), c]);
    }
  }
  for (const [name, conditions] of conditionsByArgument) {
    if (conditions.some((c) => c.op === 'exists' && c.value === false)) {
      delete args[name];
      continue;
    }
    const value = [...candidates(name, conditions, schema)].find((v) => conditions.every((c) => conditionHolds(c, { name: '', arguments: { [name]: v } })));
    if (value !== undefined) setArgument(args, name, value);
  }
  return args;
}

/** Values to try for an argument, best first: what its patterns pass, a quarter of its cap, its declared values, the schema's sample. */
function* candidates(name: string, conditions: Condition[], schema: InputSchema): Generator<unknown> {
  for (const c of conditions) {
    if (c.op === 'regex' && typeof c.value === 'string') {
      const guard = patternToGuard(c.value);
      if (guard) yield guard.passes;
    }
    if ((c.op === 'lte' || c.op === 'lt') && typeof c.value === 'number') yield Math.max(1, Math.floor(c.value / 4));
    if (c.op === 'in' && Array.isArray(c.value)) yield c.value[0];
    if (c.op === 'eq') yield c.value;
  }
  yield sampleArgument(schema, name);
}

/** A call that breaks one rule: a value its pattern refuses, a sum over its cap, a forbidden argument set, a required flag left out. */
function breakRule(rule: Rule, typical: Record<string, unknown>, schema: InputSchema): { arguments: Record<string, unknown>; note: string } | undefined {
  // The last condition is the rule's point (`lte` after `exists`, the destructive forms after the plain program name).
  for (const c of [...(rule.conditions ?? [])].reverse()) {
    if (!c.path.startsWith('args.') || c.path.indexOf('.', 5) !== -1) continue;
    const name = c.path.slice(5);
    const args = { ...typical };
    if (c.op === 'regex' && typeof c.value === 'string') {
      const guard = patternToGuard(c.value);
      if (!guard) continue;
      setArgument(args, name, guard.fails);
      return { arguments: args, note: `\`${name}\` breaks rule “${rule.name}”` };
    }
    if ((c.op === 'lte' || c.op === 'lt') && typeof c.value === 'number') {
      setArgument(args, name, c.value * 5);
      return { arguments: args, note: `\`${name}\` over the cap of rule “${rule.name}”` };
    }
    if (c.op === 'exists' && c.value === false) {
      const sample = sampleArgument(schema, name);
      setArgument(args, name, typeof sample === 'boolean' ? true : sample === undefined || sample === 'example' ? '() => document.cookie' : sample);
      return { arguments: args, note: `sets \`${name}\`, which rule “${rule.name}” refuses` };
    }
    if (c.op === 'eq' && c.value === false) {
      const required = (schema.required ?? []).includes(name);
      if (required) setArgument(args, name, true);
      else delete args[name];
      return { arguments: args, note: required ? `\`${name}\` set to true` : `leaves \`${name}\` out, which rule “${rule.name}” does not accept` };
    }
    if (c.op === 'in' && Array.isArray(c.value)) {
      setArgument(args, name, typeof c.value[0] === 'number' ? -1 : 'not-a-declared-value');
      return { arguments: args, note: `\`${name}\` outside the values of rule “${rule.name}”` };
    }
  }
  return undefined;
}

/** A second call for a tool with nothing to break: with its optional arguments too, or with none. */
function otherArguments(schema: InputSchema, typical: Record<string, unknown>): { arguments: Record<string, unknown>; note: string } | undefined {
  const optional = Object.keys(schema.properties ?? {}).filter((n) => !Object.hasOwn(typical, n)).slice(0, 3);
  if (optional.length > 0) {
    const args = { ...typical };
    for (const name of optional) setArgument(args, name, sampleArgument(schema, name));
    return { arguments: args, note: `With optional ${optional.map((n) => `\`${n}\``).join(', ')}` };
  }
  if (Object.keys(typical).length > 0) return { arguments: {}, note: 'With no arguments' };
  return undefined;
}

/** Sets an own property, so an argument named `__proto__` stays an argument. */
function setArgument(args: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(args, name, { value, enumerable: true, writable: true, configurable: true });
}
