import { RE2JS } from 're2js';
import { OPERATORS, WINDOWS, canKeepCounters, isBlankName } from './types.ts';

/** Intercept parses counts with strconv.Atoi into a 64-bit int. */
const GO_MAX_INT = 2n ** 63n - 1n;

/**
 * Checks a parsed policy document the way `intercept validate` does, row by row of the documented
 * validation table, and also refuses keys Intercept does not know (it would ignore them silently).
 * Returns one message per problem; an empty list means the proxy accepts the document.
 * @see ../../../../shared/reference/intercept-policy.md ("Validation errors Intercept reports")
 */
export function validatePolicy(doc: unknown): string[] {
  const errors: string[] = [];
  if (!isRecord(doc)) return ['policy: expected a mapping at the top level'];
  unknownKeys(doc, ['version', 'description', 'default', 'hide', 'tools'], 'policy', errors);
  if (doc.version !== '1') errors.push(`version: expected the string "1", got ${show(doc.version)}`);
  if (doc.description !== undefined && typeof doc.description !== 'string') errors.push('description: expected a string');
  if (doc.default !== undefined && doc.default !== 'allow' && doc.default !== 'deny') errors.push(`default: expected "allow" or "deny", got ${show(doc.default)}`);
  if (doc.hide !== undefined) validateHide(doc.hide, errors);
  if (!isRecord(doc.tools)) errors.push('tools: required, expected a mapping from tool name to { rules }');
  else for (const [tool, entry] of Object.entries(doc.tools)) validateTool(tool, entry, errors);
  return errors;
}

function validateHide(hide: unknown, errors: string[]): void {
  if (!Array.isArray(hide)) {
    errors.push('hide: expected a list of tool names');
    return;
  }
  const seen = new Set<string>();
  for (const [i, name] of hide.entries()) {
    // Intercept trims an entry before checking that it is not empty.
    if (typeof name !== 'string' || isBlankName(name)) errors.push(`hide[${i}]: expected a non-empty tool name`);
    else if (seen.has(name)) errors.push(`hide[${i}]: duplicate entry ${show(name)}`);
    else seen.add(name);
  }
}

function validateTool(tool: string, entry: unknown, errors: string[]): void {
  const at = `tools[${show(tool)}]`;
  if (!isRecord(entry)) return void errors.push(`${at}: expected a mapping with rules`);
  unknownKeys(entry, ['rules'], at, errors);
  if (!Array.isArray(entry.rules)) return void errors.push(`${at}.rules: expected a list (use [] to allow with no checks)`);
  const counters = new Set<string>();
  const rules = entry.rules.filter(isRecord);
  if (rules.length !== entry.rules.length) errors.push(`${at}.rules: every rule must be a mapping`);
  for (const rule of rules) {
    const counter = isRecord(rule.state) && typeof rule.state.counter === 'string' ? rule.state.counter : typeof rule.rate_limit === 'string' ? `_rate_${rule.rate_limit.split('/')[1]}` : undefined;
    if (counter === undefined) continue;
    if (counters.has(counter)) errors.push(`${at}: duplicate counter ${show(counter)} on one tool`);
    counters.add(counter);
  }
  if (!canKeepCounters(tool) && counters.size > 0) errors.push(`${at}: Intercept cannot keep counters (rate_limit, state) for a tool whose name contains "."`);
  const stateTool = tool === '*' ? '_global' : tool;
  rules.forEach((rule, i) => validateRule(rule, `${at}.rules[${i}]`, stateTool, counters, errors));
}

function validateRule(rule: Record<string, unknown>, at: string, stateTool: string, counters: Set<string>, errors: string[]): void {
  unknownKeys(rule, ['name', 'action', 'conditions', 'on_deny', 'state', 'rate_limit'], at, errors);
  if (typeof rule.name !== 'string' || rule.name.trim() === '') errors.push(`${at}.name: every rule needs a name`);
  const action = rule.action ?? 'evaluate';
  if (action !== 'evaluate' && action !== 'deny') errors.push(`${at}.action: unknown action ${show(action)} (expected "evaluate" or "deny")`);
  if (rule.on_deny !== undefined && typeof rule.on_deny !== 'string') errors.push(`${at}.on_deny: expected a string`);
  const conditions = rule.conditions;
  const hasConditions = Array.isArray(conditions) && conditions.length > 0;
  if (conditions !== undefined && !Array.isArray(conditions)) errors.push(`${at}.conditions: expected a list`);
  if (action === 'deny' && hasConditions) errors.push(`${at}: a deny rule must have no conditions`);
  if (rule.rate_limit !== undefined) {
    if (typeof rule.rate_limit !== 'string' || !/^[1-9]\d*\/(minute|hour|day)$/.test(rule.rate_limit) || BigInt(rule.rate_limit.split('/')[0]!) > GO_MAX_INT) errors.push(`${at}.rate_limit: expected "<positive integer>/<minute|hour|day>", got ${show(rule.rate_limit)}`);
    if (hasConditions || rule.state !== undefined) errors.push(`${at}: rate_limit cannot be combined with conditions or state`);
    if (action === 'deny') errors.push(`${at}: rate_limit cannot be combined with action "deny"`);
  } else if (action === 'evaluate' && !hasConditions) {
    errors.push(`${at}: an evaluate rule needs at least one condition`);
  }
  if (rule.state !== undefined) validateState(rule.state, `${at}.state`, errors);
  if (Array.isArray(conditions)) conditions.forEach((c, i) => validateCondition(c, `${at}.conditions[${i}]`, stateTool, counters, errors));
}

function validateState(state: unknown, at: string, errors: string[]): void {
  if (!isRecord(state)) return void errors.push(`${at}: expected a mapping`);
  unknownKeys(state, ['counter', 'window', 'increment', 'increment_from'], at, errors);
  if (typeof state.counter !== 'string' || state.counter === '') errors.push(`${at}.counter: expected a non-empty counter name`);
  if (!(WINDOWS as readonly unknown[]).includes(state.window)) errors.push(`${at}.window: unknown window ${show(state.window)} (expected minute, hour or day)`);
  // Intercept decodes `increment` into a Go int: a fraction makes the whole file unreadable.
  if (state.increment !== undefined && !Number.isSafeInteger(state.increment)) errors.push(`${at}.increment: expected a whole number`);
  if (state.increment_from !== undefined && (typeof state.increment_from !== 'string' || !state.increment_from.startsWith('args.'))) errors.push(`${at}.increment_from: expected a path under "args."`);
}

function validateCondition(condition: unknown, at: string, stateTool: string, counters: Set<string>, errors: string[]): void {
  if (!isRecord(condition)) return void errors.push(`${at}: expected a mapping { path, op, value }`);
  unknownKeys(condition, ['path', 'op', 'value'], at, errors);
  const { path, op, value } = condition;
  if (typeof path !== 'string' || !(path.startsWith('args.') || path.startsWith('state.'))) errors.push(`${at}.path: expected a path starting with "args." or "state.", got ${show(path)}`);
  else if (path.startsWith('state.') && !stateCounterMatches(path, stateTool, counters)) errors.push(`${at}.path: ${show(path)} names no counter defined by a state block of this tool`);
  if (!(OPERATORS as readonly unknown[]).includes(op)) return void errors.push(`${at}.op: unknown operator ${show(op)}`);
  if ((op === 'in' || op === 'not_in') && !Array.isArray(value)) errors.push(`${at}.value: ${op} needs a list`);
  if ((op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') && (typeof value !== 'number' || !Number.isFinite(value))) errors.push(`${at}.value: ${op} needs a number`);
  if (op === 'exists' && typeof value !== 'boolean') errors.push(`${at}.value: exists needs true or false`);
  if (op === 'regex') {
    if (typeof value !== 'string') errors.push(`${at}.value: regex needs a string`);
    else if (!compilesAsRe2(value)) errors.push(`${at}.value: ${show(value)} is not a valid Go RE2 pattern`);
  }
}

/** Intercept splits `state.<tool>.<counter>` at its first two dots and looks the counter up on that tool. */
function stateCounterMatches(path: string, stateTool: string, counters: Set<string>): boolean {
  const [, tool, counter] = splitN(path, '.', 3);
  return tool === stateTool && counter !== undefined && counters.has(counter);
}

/** Go's strings.SplitN: at most `n` parts, the last holding the rest. */
function splitN(text: string, separator: string, n: number): string[] {
  const parts = text.split(separator);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(separator)];
}

/** True when Go's RE2 engine would compile the pattern (no look-around, no back-references). */
export function compilesAsRe2(pattern: string): boolean {
  try {
    RE2JS.compile(pattern);
    return true;
  } catch {
    return false;
  }
}

function unknownKeys(object: Record<string, unknown>, known: string[], at: string, errors: string[]): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) errors.push(`${at}: unknown key ${show(key)} (Intercept would ignore it)`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}
