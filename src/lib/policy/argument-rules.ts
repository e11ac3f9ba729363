import type { InputSchema } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import { isAmountArgument } from '../schema-arguments.ts';
import { canKeepCounters, type Condition, type Rule } from './types.ts';

/**
 * Rules read from a tool's input schema: where an argument makes the risk concrete, the policy checks
 * it. Intercept's behaviour for an argument missing from a call is undocumented and most likely fails
 * `in`, `regex` and `lte`, so those checks go on required arguments only (a financial amount is made
 * required on purpose); `neq` and `not_in` hold for a missing argument and apply to optional ones too.
 * Patterns are Go RE2: no look-around, no back-references.
 * @see https://github.com/google/re2/wiki/Syntax
 */
export interface ArgumentRules {
  rules: Rule[];
  /** One sentence per rule for the tool page: "`amount` is capped at 100 per call and 1,000 a day". */
  explanations: string[];
  /** True when a financial tool's amount can be capped, so the tool need not be denied. */
  boundsMoney: boolean;
}

/**
 * Shell chaining, substitution and redirection: `;`, `&`, `|`, backticks, newlines, `<`, `>` and `$(`,
 * as an allow-list of the whole value. A `$` may only be followed by a character that is itself allowed.
 */
export const SHELL_SAFE_PATTERN = '^([^;&|`\\n\\r$<>]|\\$[^(;&|`\\n\\r$<>])*\\$?$';
/** One read statement: SELECT, SHOW, DESCRIBE or EXPLAIN SELECT (EXPLAIN ANALYZE runs what it explains), nothing after a `;`. */
export const READ_SQL_PATTERN = '(?is)^\\s*(select|show|describe|desc|explain\\s+select)\\s[^;]*;?\\s*$';
/** One SQL statement: no `;` followed by another. */
export const SINGLE_STATEMENT_PATTERN = '(?s)^[^;]*;?\\s*$';
/** A path without `..` anywhere in it. */
export const NO_TRAVERSAL_PATTERN = '^([^.]|\\.[^.])*\\.?$';
/** An https URL with a DNS host name: no IP literal (169.254.169.254, 127.0.0.1), no `localhost`, no user info. */
export const PUBLIC_HTTPS_URL_PATTERN = '(?i)^https://([a-z0-9-]+\\.)+[a-z]{2,63}\\.?(:[0-9]{1,5})?([/?#][^\\s]*)?$';

const MAX_ENUM_VALUES = 50;
const DANGEROUS_FLAG = /^(force|recursive|cascade|hard|purge|permanent|permanently|delete_all|all|overwrite|no_verify|skip_confirmation|drop|wipe|prune)$/i;
const PATH_NAME = /^(path|file|filepath|filename|file_name|dir|directory|folder|source|destination|target_path|src|dest|cwd|root|workdir|working_directory)$|(_path|Path|_dir|Dir|_file|_folder)$/;
const URL_NAME = /^(url|uri|href|link|endpoint|webhook|webhook_url|callback_url|target_url|image_url|page_url|base_url)$|(_url|Url|URL|_uri|Uri)$/;
const SHELL_NAME = /^(command|cmd|shell|shell_command|bash|args_string|cli)$/i;
const SQL_NAME = /^(sql|query|statement|sql_query|raw_sql|querystring)$/i;

/** The argument rules of one tool, by its category and input schema. */
export function schemaToArgumentRules(toolName: string, category: Category, schema: InputSchema, description: string): ArgumentRules {
  const out: ArgumentRules = { rules: [], explanations: [], boundsMoney: false };
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).filter(([name]) => isPlainArgumentName(name));
  if (category === 'Financial') addMoneyRules(toolName, properties, description, out);
  for (const [name, raw] of properties) {
    const property = asRecord(raw);
    const isRequired = required.has(name);
    const string = hasType(property, 'string');
    if (category === 'Execute' && string && SHELL_NAME.test(name) && isRequired) {
      push(out, rule(`no shell chaining in ${name}`, [{ path: `args.${name}`, op: 'regex', value: SHELL_SAFE_PATTERN }], `${name} may not chain, substitute or redirect commands (; & | \` $( < > or a newline).`), `\`${name}\` must be one command: no \`;\`, \`&&\`, \`|\`, backticks, \`$(\`, \`<\`, \`>\` or newlines.`);
    } else if ((category === 'Execute' || category === 'Read') && string && SQL_NAME.test(name) && isRequired && mentionsSql(name, property, description)) {
      if (category === 'Read') push(out, rule(`read-only ${name}`, [{ path: `args.${name}`, op: 'regex', value: READ_SQL_PATTERN }], `${name} must be a single SELECT, SHOW, DESCRIBE or EXPLAIN SELECT statement.`), `\`${name}\` must be one read statement (SELECT, SHOW, DESCRIBE or EXPLAIN SELECT).`);
      else push(out, rule(`single statement in ${name}`, [{ path: `args.${name}`, op: 'regex', value: SINGLE_STATEMENT_PATTERN }], `${name} must be a single SQL statement.`), `\`${name}\` must be a single SQL statement: nothing after a \`;\`.`);
    } else if (string && PATH_NAME.test(name) && isRequired) {
      push(out, rule(`no traversal in ${name}`, [{ path: `args.${name}`, op: 'regex', value: NO_TRAVERSAL_PATTERN }], `${name} may not contain "..".`), `\`${name}\` may not contain \`..\`, so it cannot climb to a parent folder (the server's own allowed folders still decide where it may go).`);
    } else if (string && URL_NAME.test(name) && isRequired) {
      push(out, rule(`public https ${name}`, [{ path: `args.${name}`, op: 'regex', value: PUBLIC_HTTPS_URL_PATTERN }], `${name} must be an https:// URL with a public host name (no IP address, no localhost).`), `\`${name}\` must be an \`https://\` URL with a host name: no IP address (such as the 169.254.169.254 metadata service) and no \`localhost\`.`);
    }
    if (hasType(property, 'boolean') && DANGEROUS_FLAG.test(name)) {
      push(out, rule(`no ${name}`, [{ path: `args.${name}`, op: 'neq', value: true }], `${name}=true is not allowed by policy.`), `\`${name}\` may not be \`true\`.`);
    }
    const values = enumValues(property);
    if (values && isRequired && !(category === 'Financial' && /currency/i.test(name))) {
      push(out, rule(`declared values of ${name}`, [{ path: `args.${name}`, op: 'in', value: values }], `${name} must be one of the values the tool declares.`), `\`${name}\` must be one of its ${values.length} declared values.`);
    }
  }
  return out;
}

function addMoneyRules(toolName: string, properties: [string, unknown][], description: string, out: ArgumentRules): void {
  const amount = properties.find(([name, raw]) => isAmountArgument(name, raw));
  if (!amount) return;
  const [name, raw] = amount;
  const minor = /cents|minor|smallest|unit_amount/i.test(`${name} ${String(asRecord(raw).description ?? '')} ${description}`);
  const perCall = minor ? 10_000 : 100;
  const perDay = minor ? 100_000 : 1_000;
  const unit = minor ? 'minor units, e.g. cents' : 'the currency\'s main unit';
  const counter = `daily_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const daily = canKeepCounters(toolName);
  push(out, rule(`cap ${name} per call`, [{ path: `args.${name}`, op: 'exists', value: true }, { path: `args.${name}`, op: 'lte', value: perCall }], `${name} must be given and at most ${perCall} per call.`), `\`${name}\` must be given and is capped at ${format(perCall)} per call${daily ? ` and ${format(perDay)} a day` : ''} (${unit}).`);
  if (daily) out.rules.push({
    name: `cap ${name} per day`,
    conditions: [{ path: `state.${toolName}.${counter}`, op: 'lte', value: perDay }],
    state: { counter, window: 'day', increment_from: `args.${name}` },
    on_deny: `Daily ${name} total would exceed ${perDay}; try again tomorrow or ask a human.`,
  });
  const currency = properties.find(([key]) => /currency/i.test(key));
  const currencies = currency ? enumValues(asRecord(currency[1])) : undefined;
  if (currency && currencies) push(out, rule(`declared ${currency[0]}`, [{ path: `args.${currency[0]}`, op: 'in', value: currencies }], `${currency[0]} must be one of ${currencies.join(', ')}.`), `\`${currency[0]}\` must be one of ${currencies.map((c) => `\`${String(c)}\``).join(', ')}.`);
  out.boundsMoney = true;
}

function rule(name: string, conditions: Condition[], onDeny: string): Rule {
  return { name, conditions, on_deny: onDeny };
}

function push(out: ArgumentRules, newRule: Rule, explanation: string): void {
  out.rules.push(newRule);
  out.explanations.push(explanation);
}

function mentionsSql(name: string, property: Record<string, unknown>, description: string): boolean {
  return /sql/i.test(name) || /\b(sql|select|cypher|clickhouse|postgres|mysql|sqlite|database query)\b/i.test(`${String(property.description ?? '')} ${description}`);
}

/** Argument names Intercept can address as `args.<name>` (dots would descend into objects). */
function isPlainArgumentName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(name);
}

function enumValues(property: Record<string, unknown>): (string | number)[] | undefined {
  const values = property.enum;
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_ENUM_VALUES) return undefined;
  return values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) ? (values as (string | number)[]) : undefined;
}

function hasType(property: Record<string, unknown>, type: string): boolean {
  const declared = property.type;
  return declared === type || (Array.isArray(declared) && declared.includes(type) && !declared.includes('array'));
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}
