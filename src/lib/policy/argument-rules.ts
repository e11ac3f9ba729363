import { nameToWords } from '../classifier/words.ts';
import type { InputSchema } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import { schemaToArgumentRoles, type RoledArgument } from './argument-roles.ts';
import { NOT_DESTRUCTIVE_COMMAND_PATTERN, PLAIN_PROGRAM_PATTERN, SHELL_SAFE_PATTERN, SUBCOMMAND_PATTERN } from './command-patterns.ts';
import { NO_DDL_SQL_PATTERN, NO_TRAVERSAL_PATTERN, PUBLIC_HTTPS_URL_PATTERN, READ_SQL_PATTERN, guardOf } from './patterns.ts';
import { canKeepCounters, type Condition, type Rule } from './types.ts';

/**
 * Rules read from a tool's input schema: where an argument makes the risk concrete, the policy checks
 * it. Intercept fails every operator but `exists` on an argument the call leaves out, and has no OR,
 * so a check on an optional argument makes it necessary: such rules say so in their `on_deny`, naming
 * the argument, and are only written where that is worth it (a command, SQL, a sum of money).
 * Paths, URLs and enums are checked only when required; an optional flag is refused by `exists: false`
 * when its declared default is false, else it must be passed as `false`.
 * @see ../../../../shared/reference/intercept-policy.md ("How Intercept decides")
 */
export interface ArgumentRules {
  rules: Rule[];
  /** True when a financial tool's amounts can all be capped, so the tool need not be denied. */
  boundsMoney: boolean;
  /** Set when no rule can make the tool safe: it runs code the agent writes. The recommendation is then to deny it. */
  denial?: { argument: string; onDeny: string };
}

const PER_CALL = { major: 100, minor: 10_000 } as const;
const PER_DAY = { major: 1_000, minor: 100_000 } as const;
/** Name words of a tool whose purpose is to run the code it is given. */
const RUNS_CODE = new Set(['evaluate', 'eval', 'exec', 'execute', 'run', 'deploy', 'put', 'script', 'code', 'inject', 'repl']);

/** The argument rules of one tool, by its category and input schema. */
export function schemaToArgumentRules(toolName: string, category: Category, schema: InputSchema, description: string): ArgumentRules {
  const roles = schemaToArgumentRoles(category, schema, description);
  const out: ArgumentRules = { rules: [], boundsMoney: false };
  if (category === 'Financial') addMoneyRules(toolName, roles, description, out);
  for (const argument of roles) {
    const rules = argumentToRules(argument, category, toolName);
    if ('denial' in rules) out.denial ??= rules.denial;
    else out.rules.push(...rules);
  }
  return out;
}

function argumentToRules(argument: RoledArgument, category: Category, toolName: string): Rule[] | { denial: NonNullable<ArgumentRules['denial']> } {
  const { name, required, isString } = argument;
  switch (argument.role) {
    case 'code': {
      if (required || !isString || nameToWords(toolName).some((w) => RUNS_CODE.has(w))) {
        return { denial: { argument: name, onDeny: `Blocked by policy: this tool runs the code the agent writes in ${name}, which no pattern can judge. Ask a human to run it.` } };
      }
      return [rule(`no code in ${name}`, [{ path: `args.${name}`, op: 'exists', value: false }], `${name} carries code the tool would run, which this policy refuses: call without ${name}, or ask a human.`)];
    }
    case 'shell-command':
    case 'subcommand': {
      if (!isString) {
        if (required) return { denial: { argument: name, onDeny: `Blocked by policy: ${name} is a command the policy cannot read (it is not text). Ask a human to run it.` } };
        return [rule(`no ${name}`, [{ path: `args.${name}`, op: 'exists', value: false }], `${name} is a command the policy cannot read (it is not text): call without ${name}, or ask a human.`)];
      }
      if (argument.role === 'subcommand') return [guardRule(argument, [SUBCOMMAND_PATTERN], ' Ask a human for anything else.')];
      return [guardRule(argument, [SHELL_SAFE_PATTERN], ' Ask a human for anything else.'), guardRule(argument, [PLAIN_PROGRAM_PATTERN, NOT_DESTRUCTIVE_COMMAND_PATTERN], ' Ask a human for these.')];
    }
    case 'sql':
      if (category === 'Read') return required ? [guardRule(argument, [READ_SQL_PATTERN], '')] : [];
      return [guardRule(argument, [NO_DDL_SQL_PATTERN], ' Ask a human for anything else.')];
    case 'path':
      return required ? [guardRule(argument, [NO_TRAVERSAL_PATTERN], '')] : [];
    case 'url':
      return required ? [guardRule(argument, [PUBLIC_HTTPS_URL_PATTERN], '')] : [];
    case 'flag':
      return [flagRule(argument)];
    case 'enum':
      return required && argument.values ? [rule(`declared values of ${name}`, [{ path: `args.${name}`, op: 'in', value: argument.values }], `${name} must be one of the values the tool declares.`)] : [];
    case 'amount':
    case 'currency':
      return [];
  }
}

/**
 * A rule of `regex` conditions from the pattern table, named and worded after its last pattern (the
 * others prepare it); an optional argument becomes necessary, and the message says so.
 */
function guardRule(argument: RoledArgument, patterns: readonly string[], after: string): Rule {
  const { name } = argument;
  const requirements = patterns.map((p) => guardOf(p).requirement(name).slice(name.length + 1));
  const message = `${name} ${argument.required ? '' : 'must be given, '}${requirements.join(', and ')}`;
  return rule(guardOf(patterns[patterns.length - 1]!).ruleName(name), patterns.map((value) => ({ path: `args.${name}`, op: 'regex' as const, value })), `${message}.${after}`);
}

/**
 * A dangerous flag. "Absent or false" cannot be written (no OR, and `neq` fails on a missing argument),
 * so: left out, when the schema declares that left out means false; else passed as `false`, explicitly.
 */
function flagRule({ name, required, declaredDefault }: RoledArgument): Rule {
  if (!required && declaredDefault === false) {
    return rule(`no ${name}`, [{ path: `args.${name}`, op: 'exists', value: false }], `${name} must be left out (the tool's default is false): this policy refuses calls that set it.`);
  }
  const why = required ? '' : ` This policy refuses calls that leave ${name} out, because the tool does not declare that leaving it out means false.`;
  return rule(`${name} false`, [{ path: `args.${name}`, op: 'eq', value: false }], `${name} must be passed as false.${why}`);
}

function addMoneyRules(toolName: string, roles: RoledArgument[], description: string, out: ArgumentRules): void {
  const amounts = roles.filter((r) => r.role === 'amount');
  if (amounts.length === 0) return;
  for (const amount of amounts) {
    const { name } = amount;
    const scale = /cents|minor|smallest|unit_amount/i.test(`${name} ${amount.description} ${description}`) ? 'minor' : 'major';
    out.rules.push(rule(`cap ${name} per call`, [{ path: `args.${name}`, op: 'exists', value: true }, { path: `args.${name}`, op: 'lte', value: PER_CALL[scale] }], `${name} must be given and at most ${PER_CALL[scale]} per call.`));
    if (!canKeepCounters(toolName)) continue;
    const counter = `daily_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    out.rules.push({
      name: `cap ${name} per day`,
      conditions: [{ path: `state.${toolName}.${counter}`, op: 'lte', value: PER_DAY[scale] }],
      state: { counter, window: 'day', increment_from: `args.${name}` },
      on_deny: `Daily ${name} total would exceed ${PER_DAY[scale]}; try again tomorrow or ask a human.`,
    });
  }
  const currency = roles.find((r) => r.role === 'currency' && r.required && r.values);
  if (currency) out.rules.push(rule(`declared ${currency.name}`, [{ path: `args.${currency.name}`, op: 'in', value: currency.values! }], `${currency.name} must be one of ${currency.values!.join(', ')}.`));
  out.boundsMoney = true;
}

function rule(name: string, conditions: Condition[], onDeny: string): Rule {
  return { name, conditions, on_deny: onDeny };
}
