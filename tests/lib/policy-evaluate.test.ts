import { describe, expect, test } from 'vitest';
import { conditionHolds, CounterStore, decisionToMessage, evaluateCall, type ToolCall } from '../../src/lib/policy/evaluate.ts';
import type { Condition, Policy, Rule } from '../../src/lib/policy/types.ts';

/**
 * One table per fact of "How Intercept decides" (../shared/reference/intercept-policy.md), each
 * case a call and the decision Intercept's engine makes.
 */

function call(name: string, args: Record<string, unknown> = {}): ToolCall {
  return { name, arguments: args };
}

function policyOf(tools: Record<string, Rule[]>, extra: Partial<Policy> = {}): Policy {
  return { version: '1', ...extra, tools: Object.fromEntries(Object.entries(tools).map(([name, rules]) => [name, { rules }])) };
}

const deny = (name: string): Rule => ({ name, action: 'deny', on_deny: `${name} says no` });
const check = (name: string, ...conditions: Condition[]): Rule => ({ name, conditions, on_deny: `${name} failed` });

describe('the hide list', () => {
  test.each([
    { case: 'a hidden tool is refused, even with no rules', policy: policyOf({}, { hide: ['drop_db'] }), name: 'drop_db', reason: 'hidden' },
    { case: 'hide comes before the tool’s own rules', policy: policyOf({ drop_db: [] }, { hide: ['drop_db'] }), name: 'drop_db', reason: 'hidden' },
    { case: '"*" hides every tool', policy: policyOf({ read: [] }, { hide: ['*'] }), name: 'read', reason: 'hidden' },
  ])('$case', ({ policy, name, reason }) => {
    expect(evaluateCall(policy, call(name))).toEqual({ allowed: false, reason });
  });

  test('a tool not in the hide list is not hidden', () => {
    expect(evaluateCall(policyOf({}, { hide: ['other'] }), call('read'))).toEqual({ allowed: true });
  });
});

describe('default deny', () => {
  test.each([
    { case: 'an unlisted tool is refused under default: deny', policy: policyOf({ read: [] }, { default: 'deny' }), name: 'write', allowed: false },
    { case: 'a "*" entry does not list a tool', policy: policyOf({ '*': [] }, { default: 'deny' }), name: 'write', allowed: false },
    { case: 'a listed tool with rules: [] is allowed', policy: policyOf({ read: [] }, { default: 'deny' }), name: 'read', allowed: true },
    { case: 'an unlisted tool is allowed under the default allow', policy: policyOf({ read: [] }), name: 'write', allowed: true },
    { case: 'a tool named like an Object.prototype key is not listed by inheritance', policy: policyOf({}, { default: 'deny' }), name: 'constructor', allowed: false },
  ])('$case', ({ policy, name, allowed }) => {
    expect(evaluateCall(policy, call(name)).allowed).toBe(allowed);
  });

  test('reports the reason', () => {
    expect(evaluateCall(policyOf({}, { default: 'deny' }), call('x'))).toEqual({ allowed: false, reason: 'default-deny' });
  });
});

describe('rules in order: the tool’s, then "*"', () => {
  const policy = policyOf({ write: [check('tool rule', { path: 'args.ok', op: 'eq', value: true })], '*': [deny('global rule')] });

  test.each([
    { case: 'the tool’s failing rule decides before "*"', name: 'write', args: {}, rule: 'tool rule' },
    { case: 'a passing tool rule leaves the call to "*"', name: 'write', args: { ok: true }, rule: 'global rule' },
    { case: 'an unlisted tool meets the "*" rules', name: 'read', args: {}, rule: 'global rule' },
  ])('$case', ({ name, args, rule }) => {
    expect(evaluateCall(policy, call(name, args))).toEqual({ allowed: false, reason: 'rule', rule, onDeny: `${rule} ${rule === 'global rule' ? 'says no' : 'failed'}` });
  });

  test('a tool named "*" meets its own rules only, never the "*" rules a second time', () => {
    expect(evaluateCall(policyOf({ '*': [check('only if ok', { path: 'args.ok', op: 'eq', value: true })] }), call('*', { ok: true }))).toEqual({ allowed: true });
  });

  test('the first failing rule decides, with its name and on_deny', () => {
    const decision = evaluateCall(policyOf({ t: [check('first', { path: 'args.a', op: 'eq', value: 1 }), check('second', { path: 'args.b', op: 'eq', value: 1 })] }), call('t', {}));
    expect(decision).toEqual({ allowed: false, reason: 'rule', rule: 'first', onDeny: 'first failed' });
    expect(decisionToMessage(decision)).toBe('[INTERCEPT POLICY DENIED] first failed');
  });
});

describe('deny actions and ANDed conditions', () => {
  test.each([
    { case: 'action: deny refuses whatever the arguments', rules: [deny('block')], args: { anything: 1 }, allowed: false },
    { case: 'all conditions true: the rule passes', rules: [check('both', { path: 'args.a', op: 'eq', value: 1 }, { path: 'args.b', op: 'eq', value: 2 })], args: { a: 1, b: 2 }, allowed: true },
    { case: 'one condition false: the rule fails (AND, not OR)', rules: [check('both', { path: 'args.a', op: 'eq', value: 1 }, { path: 'args.b', op: 'eq', value: 2 })], args: { a: 1, b: 3 }, allowed: false },
    { case: 'every rule must pass', rules: [check('a', { path: 'args.a', op: 'eq', value: 1 }), check('b', { path: 'args.b', op: 'eq', value: 2 })], args: { a: 1, b: 3 }, allowed: false },
  ])('$case', ({ rules, args, allowed }) => {
    expect(evaluateCall(policyOf({ t: rules }), call('t', args)).allowed).toBe(allowed);
  });
});

describe('a condition on an argument the call leaves out', () => {
  test.each([
    { op: 'eq', value: false },
    { op: 'neq', value: true },
    { op: 'in', value: ['a'] },
    { op: 'not_in', value: ['a'] },
    { op: 'lt', value: 100 },
    { op: 'lte', value: 100 },
    { op: 'gt', value: 0 },
    { op: 'gte', value: 0 },
    { op: 'regex', value: '.*' },
    { op: 'contains', value: 'a' },
    { op: 'exists', value: true },
  ] as const)('fails $op $value', ({ op, value }) => {
    expect(conditionHolds({ path: 'args.flag', op, value }, call('t'))).toBe(false);
  });

  test('passes exists false, the one way to say "leave it out"', () => {
    expect(conditionHolds({ path: 'args.flag', op: 'exists', value: false }, call('t'))).toBe(true);
    expect(conditionHolds({ path: 'args.flag', op: 'exists', value: false }, call('t', { flag: false }))).toBe(false);
  });

  test('treats null as absent for exists', () => {
    expect(conditionHolds({ path: 'args.flag', op: 'exists', value: true }, call('t', { flag: null }))).toBe(false);
    expect(conditionHolds({ path: 'args.flag', op: 'exists', value: false }, call('t', { flag: null }))).toBe(true);
  });
});

describe('paths', () => {
  test.each([
    { case: 'args.a.b descends into an object', path: 'args.a.b', args: { a: { b: 'x' } }, holds: true },
    { case: 'a missing key in the middle is absent', path: 'args.a.b', args: { c: 1 }, holds: false },
    { case: 'a step into a string is absent', path: 'args.a.b', args: { a: 'x' }, holds: false },
    { case: 'a step into a list is absent', path: 'args.a.0', args: { a: ['x'] }, holds: false },
    { case: 'an inherited key is absent', path: 'args.toString', args: {}, holds: false },
  ])('$case', ({ path, args, holds }) => {
    expect(conditionHolds({ path, op: 'exists', value: true }, call('t', args))).toBe(holds);
  });
});

describe('comparisons', () => {
  test.each([
    { case: 'eq compares two numbers as numbers', op: 'eq', value: 5, arg: 5.0, holds: true },
    { case: 'eq compares a string and a number by printed form', op: 'eq', value: 5, arg: '5', holds: true },
    { case: 'eq: true equals "true"', op: 'eq', value: true, arg: 'true', holds: true },
    { case: 'eq: a string is never converted to a number', op: 'eq', value: 5, arg: '5.0', holds: false },
    { case: 'eq: Go prints 1000000 as 1e+06', op: 'eq', value: 1_000_000, arg: '1000000', holds: false },
    { case: 'neq: false is not true', op: 'neq', value: true, arg: false, holds: true },
    { case: 'in: eq against each element', op: 'in', value: ['a', 2], arg: '2', holds: true },
    { case: 'in: no element equal', op: 'in', value: ['a', 'b'], arg: 'c', holds: false },
    { case: 'not_in: no element equal', op: 'not_in', value: ['a', 'b'], arg: 'c', holds: true },
    { case: 'lte: numbers', op: 'lte', value: 100, arg: 100, holds: true },
    { case: 'lt: numbers', op: 'lt', value: 100, arg: 100, holds: false },
    { case: 'gt: numbers', op: 'gt', value: 0, arg: 1, holds: true },
    { case: 'gte: numbers', op: 'gte', value: 1, arg: 0.5, holds: false },
    { case: 'lte: a string "50" is not a number', op: 'lte', value: 100, arg: '50', holds: false },
    { case: 'gte: a boolean is not a number', op: 'gte', value: 0, arg: true, holds: false },
    { case: 'regex matches anywhere unless anchored', op: 'regex', value: 'b', arg: 'abc', holds: true },
    { case: 'regex anchored with ^…$', op: 'regex', value: '^b$', arg: 'abc', holds: false },
    { case: 'regex only applies to strings', op: 'regex', value: '5', arg: 5, holds: false },
    { case: 'regex is RE2: (?i) works', op: 'regex', value: '(?i)^select', arg: 'SeLeCt 1', holds: true },
    { case: 'contains: a substring of a string', op: 'contains', value: 'rm', arg: 'farm', holds: true },
    { case: 'contains: an element of a list', op: 'contains', value: 'x', arg: ['x', 'y'], holds: true },
    { case: 'contains: a list without it', op: 'contains', value: 'z', arg: ['x', 'y'], holds: false },
    { case: 'contains: a number is neither', op: 'contains', value: '1', arg: 12, holds: false },
  ] as const)('$case', ({ op, value, arg, holds }) => {
    expect(conditionHolds({ path: 'args.v', op, value }, call('t', { v: arg }))).toBe(holds);
  });
});

describe('counters per window', () => {
  /** A clock the test moves by hand, starting 2025-01-15 10:58:30 UTC. */
  function clock() {
    let now = Date.UTC(2025, 0, 15, 10, 58, 30);
    return { now: () => now, set: (iso: string) => (now = Date.parse(iso)) };
  }
  const limited = policyOf({ t: [{ name: 'at most 2 per minute', rate_limit: '2/minute', on_deny: 'slow down' }] });

  test('a rate limit of N lets N calls through in a window and refuses the next', () => {
    const counters = new CounterStore(clock().now);
    const decisions = [1, 2, 3].map(() => evaluateCall(limited, call('t'), counters).allowed);
    expect(decisions).toEqual([true, true, false]);
  });

  test('a new calendar window starts the count again', () => {
    const time = clock();
    const counters = new CounterStore(time.now);
    evaluateCall(limited, call('t'), counters);
    evaluateCall(limited, call('t'), counters);
    time.set('2025-01-15T10:58:59.999Z');
    expect(evaluateCall(limited, call('t'), counters).allowed).toBe(false);
    time.set('2025-01-15T10:59:00.000Z');
    expect(evaluateCall(limited, call('t'), counters).allowed).toBe(true);
  });

  test('counters are per tool', () => {
    const counters = new CounterStore(clock().now);
    const two = policyOf({ a: [{ name: 'one', rate_limit: '1/hour' }], b: [{ name: 'one', rate_limit: '1/hour' }] });
    expect([evaluateCall(two, call('a'), counters).allowed, evaluateCall(two, call('b'), counters).allowed, evaluateCall(two, call('a'), counters).allowed]).toEqual([true, true, false]);
  });

  test('a call refused by a later rule reserves nothing', () => {
    const counters = new CounterStore(clock().now);
    const policy = policyOf({ t: [{ name: 'one per day', rate_limit: '1/day' }, check('needs ok', { path: 'args.ok', op: 'eq', value: true })] });
    expect(evaluateCall(policy, call('t', {}), counters).allowed).toBe(false);
    expect(evaluateCall(policy, call('t', { ok: true }), counters).allowed).toBe(true);
    expect(evaluateCall(policy, call('t', { ok: true }), counters)).toMatchObject({ allowed: false, rule: 'one per day' });
  });

  test('a daily total counted from an argument holds when this call would pass the cap', () => {
    const counters = new CounterStore(clock().now);
    const policy = policyOf({
      refund: [{ name: 'daily cap', state: { counter: 'refunded', window: 'day', increment_from: 'args.amount' }, conditions: [{ path: 'state.refund.refunded', op: 'lte', value: 100 }], on_deny: 'budget spent' }],
    });
    const amounts = [60, 50, 40, 1].map((amount) => evaluateCall(policy, call('refund', { amount }), counters).allowed);
    expect(amounts).toEqual([true, false, true, false]);
  });

  test('a rate limit on "*" counts the calls of every tool together', () => {
    const counters = new CounterStore(clock().now);
    const policy = policyOf({ '*': [{ name: 'two in all', rate_limit: '2/minute' }] });
    expect(['a', 'b', 'c'].map((name) => evaluateCall(policy, call(name), counters).allowed)).toEqual([true, true, false]);
  });
});

describe('decisionToMessage', () => {
  test.each([
    { decision: { allowed: true } as const, message: undefined },
    { decision: { allowed: false, reason: 'hidden' } as const, message: 'The tool is hidden: it is not in the tool list, and a call to it is refused.' },
    { decision: { allowed: false, reason: 'rule', rule: 'r' } as const, message: '[INTERCEPT POLICY DENIED] rule "r"' },
  ])('$message', ({ decision, message }) => {
    expect(decisionToMessage(decision)).toBe(message);
  });
});
