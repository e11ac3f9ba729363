import { patternToGuard } from './patterns.ts';
import type { Condition, Policy, Rule, RuleState } from './types.ts';

/**
 * Sentences read from rules, never written beside them: a page that describes a policy with these
 * cannot claim a check the document does not make. Backticks mark code (see InlineText).
 */

const MAX_VALUES_LISTED = 8;

/** What one rule lets through, in a sentence. */
export function ruleToSentence(rule: Rule): string {
  if (rule.action === 'deny') return rule.on_deny ? `Every call is refused, and the agent reads “${rule.on_deny}”` : 'Every call is refused.';
  if (rule.rate_limit !== undefined) {
    const [count, window] = rule.rate_limit.split('/');
    return `At most ${format(Number(count))} call${count === '1' ? '' : 's'} ${per(window!)} to this tool (\`rate_limit: ${rule.rate_limit}\`).`;
  }
  const parts: string[] = [];
  let subject = '';
  for (const condition of rule.conditions ?? []) {
    const [who, what] = conditionToClause(condition, rule.state);
    parts.push(who === subject ? what : `${who} ${what}`);
    subject = who;
  }
  const sentence = `${parts.join(', and ')}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The recommended-policy summary of one tool: whether it is hidden, then one line per rule, each with the rule's name. */
export function policyToSummary(policy: Policy, toolName: string): string[] {
  const lines: string[] = [];
  const hidden = (policy.hide ?? []).includes(toolName) || (policy.hide ?? []).includes('*');
  if (hidden) lines.push('Hidden: `hide` takes the tool out of the list the agent sees, and Intercept refuses a call to it anyway.');
  const entry = Object.hasOwn(policy.tools, toolName) ? policy.tools[toolName] : undefined;
  if (!entry) {
    if (policy.default === 'deny') lines.push('Not listed under `tools` of an allow-list (`default: deny`): every call is refused.');
    return lines;
  }
  if (entry.rules.length === 0) lines.push('Allowed with no checks (`rules: []`).');
  for (const rule of entry.rules) lines.push(`Rule “${rule.name}”: ${lowerFirst(ruleToSentence(rule))}`);
  return lines;
}

/** The recommendation in a few words ("at most 60 calls a minute, with 2 argument checks"), read from the document like the summary. */
export function policyToShortText(policy: Policy, toolName: string): string {
  if ((policy.hide ?? []).includes(toolName)) return 'hidden and denied';
  const rules = Object.hasOwn(policy.tools, toolName) ? policy.tools[toolName]!.rules : undefined;
  if (!rules) return policy.default === 'deny' ? 'denied (not listed in an allow-list)' : 'not covered by this document';
  if (rules.some((r) => r.action === 'deny')) return 'denied';
  if (rules.length === 0) return 'allowed with no checks';
  const checks = rules.filter((r) => r.conditions?.length).length;
  const withChecks = checks > 0 ? `${checks} argument check${checks === 1 ? '' : 's'}` : '';
  const limit = rules.find((r) => r.rate_limit !== undefined);
  if (!limit) return `allowed with ${withChecks}`;
  const [count, window] = limit.rate_limit!.split('/');
  return `at most ${format(Number(count))} call${count === '1' ? '' : 's'} ${per(window!)}${withChecks ? `, with ${withChecks}` : ''}`;
}

/** Subject and predicate of one condition: [`\`amount\``, 'must be at most 100 per call']. */
function conditionToClause(condition: Condition, state: RuleState | undefined): [string, string] {
  const { path, op, value } = condition;
  if (path.startsWith('state.')) {
    const counter = path.split('.').slice(2).join('.');
    const total = state?.counter === counter && state.increment_from ? `the total of \`${state.increment_from.slice('args.'.length)}\`` : `the count \`${counter}\``;
    const window = state?.counter === counter ? ` over a UTC ${state.window}` : '';
    return [`${total}${window}`, `${comparison(op, value)}, this call included`];
  }
  const argument = `\`${path.slice('args.'.length)}\``;
  switch (op) {
    case 'exists':
      return [argument, value === true ? 'must be given' : 'must be left out'];
    case 'regex': {
      const guard = typeof value === 'string' ? patternToGuard(value) : undefined;
      if (guard) {
        const sentence = guard.sentence(path.slice('args.'.length));
        return [argument, sentence.slice(argument.length + 1)];
      }
      return [argument, `must match the RE2 pattern \`${String(value)}\``];
    }
    case 'in':
    case 'not_in': {
      const values = Array.isArray(value) ? value : [];
      const listed = values.length <= MAX_VALUES_LISTED ? values.map((v) => `\`${String(v)}\``).join(', ') : `its ${values.length} declared values`;
      return [argument, `must ${op === 'in' ? '' : 'not '}be one of ${listed}`];
    }
    case 'eq':
      return [argument, `must be \`${String(value)}\``];
    case 'neq':
      return [argument, `may not be \`${String(value)}\``];
    case 'contains':
      return [argument, `must contain \`${String(value)}\``];
    default:
      return [argument, `${comparison(op, value)} per call`];
  }
}

function comparison(op: string, value: unknown): string {
  const n = typeof value === 'number' ? format(value) : String(value);
  return op === 'lte' ? `must be at most ${n}` : op === 'lt' ? `must be under ${n}` : op === 'gte' ? `must be at least ${n}` : op === 'gt' ? `must be over ${n}` : `must be ${op} ${n}`;
}

function per(window: string): string {
  return window === 'hour' ? 'an hour' : `a ${window}`;
}

function lowerFirst(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}
