import { nameToWords } from '../classifier/words.ts';
import { isAmountArgument } from '../schema-arguments.ts';
import type { InputSchema } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';

/**
 * What each argument of a tool is for, as far as a policy cares, read from names and descriptions
 * only (never from a list of known tools): the sum of money, the code or command that will run,
 * the SQL, the path, the URL, the dangerous flag, the closed list of values.
 */

/** The part an argument plays in what a call can do. */
export type ArgumentRole = 'amount' | 'currency' | 'code' | 'shell-command' | 'subcommand' | 'sql' | 'path' | 'url' | 'flag' | 'enum';

/** One argument with its role and the schema facts rules need. */
export interface RoledArgument {
  name: string;
  role: ArgumentRole;
  required: boolean;
  isString: boolean;
  /** The schema's description of the argument ('' when none). */
  description: string;
  /** The schema's `default`, when it declares one. */
  declaredDefault?: unknown;
  /** Declared values that can go in an `in` list: strings or finite numbers, at most 50. */
  values?: (string | number)[];
}

const MAX_ENUM_VALUES = 50;
/** Argument names (as snake words) that always hold code to run. */
const CODE_NAME = /^(code|code_snippet|script|script_content|script_source|init_script|javascript|js|python|source_code|snippet|expression|eval|function_body)$/;
/** Names that hold code when their description says so (`function`: "() => { … }"). */
const MAYBE_CODE_NAME = /^(function|source|template|body|program|lambda)$/;
const DESCRIBES_CODE = /\b(javascript|typescript|python|js|code|script|=>|evaluated?|executed?|jinja|handlebars|rendered server-side)\b/i;
const NOT_CODE = /\b(verification|country|status|otp|one-time|error|postal|zip|promo|coupon|authori[sz]ation|language|currency) codes?\b/i;
const COMMAND_NAME = /^(command|cmd|command_line|commandline|shell_command|shell_cmd|bash_command|cli_command|run_command)$/;
/** Text sent to a running terminal or REPL is a command too. */
const TERMINAL_INPUT_NAME = /^(input|stdin|keys|text)$/;
const MENTIONS_TERMINAL = /\b(terminal|repl|shell|console|stdin)\b/i;
/** A command read by a shell, rather than a subcommand of a CLI wrapper or router. */
const MENTIONS_SHELL = /\b(shell|terminal|bash|zsh|powershell|command[- ]line|repl|stdin)\b/i;
const SQL_NAME = /(^|_)sql($|_)/;
/** `sql_path`, `sql_file`: the name of something that holds SQL, not SQL. */
const NAMES_SOMETHING = /_(path|file|filename|name|id|url|dir|uri)$/;
const QUERY_NAME = /^(query|statement|querystring|query_string|raw_query)$/;
/** "SQL query", "a Postgres statement", "SELECT * FROM …": the query is in SQL (not "logs of a SQL database"). */
const MENTIONS_SQL_QUERY = /\b(sql|sqlite|postgres(ql)?|mysql|mariadb|mssql|t-sql|clickhouse|d1)\s+(\w+\s+)?(query|queries|statements?|commands?|to (run|execute))\b|\bselect\s+(\*|\w+)[^.]{0,80}\bfrom\b/i;
/**
 * "Mutating SQL (INSERT/UPDATE/DELETE/MERGE/DDL)": a description that opens with SQL as its head noun,
 * or lists statement kinds, says the argument is SQL (not "SQL database name", "SQL Server instance").
 */
const SQL_HEAD_NOUN = /^\s*(\w+\s+)?(t-)?sql\b(?!\s+(server|database|instance|connection|table|dialect)\b)/i;
const STATEMENT_KINDS = /\b(select|insert|update|delete|merge|drop|create|alter)\s*[/,|]\s*(select|insert|update|delete|merge|drop|create|alter|ddl)\b/i;
const PATH_NAME = /^(path|file|filepath|filename|file_name|dir|directory|folder|source|destination|target_path|src|dest|cwd|root|workdir|working_directory)$|(_path|Path|_dir|Dir|_file|_folder)$/;
const URL_NAME = /^(url|uri|href|link|endpoint|webhook|webhook_url|callback_url|target_url|image_url|page_url|base_url)$|(_url|Url|URL|_uri|Uri)$/;
const DANGEROUS_FLAG = /^(force|recursive|cascade|hard|purge|permanent|permanently|delete|delete_all|all|overwrite|no_verify|skip_confirmation|drop|wipe|prune)$/i;
/** Flags only matter where a call changes something: `all` on a read tool only returns more. */
const FLAG_CATEGORIES: readonly Category[] = ['Write', 'Execute', 'Destructive'];

/** The roles of a tool's arguments, in schema order; arguments that play none are left out. */
export function schemaToArgumentRoles(category: Category, schema: InputSchema, toolDescription: string): RoledArgument[] {
  const required = new Set(schema.required ?? []);
  const out: RoledArgument[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    if (!isPlainArgumentName(name)) continue;
    const property = asRecord(raw);
    const role = argumentRole(name, property, category, toolDescription);
    if (!role) continue;
    const values = enumValues(property);
    out.push({
      name,
      role,
      required: required.has(name),
      isString: hasType(property, 'string') || (values !== undefined && values.every((v) => typeof v === 'string')),
      description: typeof property.description === 'string' ? property.description : '',
      ...('default' in property ? { declaredDefault: property.default } : {}),
      ...(values ? { values } : {}),
    });
  }
  return out;
}

function argumentRole(name: string, property: Record<string, unknown>, category: Category, toolDescription: string): ArgumentRole | undefined {
  const words = nameToWords(name).join('_');
  const description = typeof property.description === 'string' ? property.description : '';
  const string = hasType(property, 'string');
  if (category === 'Financial') {
    if (isAmountArgument(name, property)) return 'amount';
    if (/currency/i.test(name) && enumValues(property)) return 'currency';
  }
  if (category === 'Execute' && isCode(words, description)) return 'code';
  if (category === 'Execute' && !enumValues(property) && (COMMAND_NAME.test(words) || (string && TERMINAL_INPUT_NAME.test(words) && MENTIONS_TERMINAL.test(toolDescription)))) {
    return MENTIONS_SHELL.test(`${description} ${toolDescription}`) ? 'shell-command' : 'subcommand';
  }
  // A `query` is SQL when its own description says so, or, when it has none, its tool's does.
  const queryText = description.trim() ? description : toolDescription;
  const sqlQuery = QUERY_NAME.test(words) && (MENTIONS_SQL_QUERY.test(queryText) || SQL_HEAD_NOUN.test(queryText) || STATEMENT_KINDS.test(queryText));
  if (category !== 'Financial' && string && !NAMES_SOMETHING.test(words) && (SQL_NAME.test(words) || sqlQuery)) return 'sql';
  if (string && PATH_NAME.test(name)) return 'path';
  if (string && URL_NAME.test(name)) return 'url';
  if (hasType(property, 'boolean') && DANGEROUS_FLAG.test(name) && FLAG_CATEGORIES.includes(category)) return 'flag';
  if (enumValues(property)) return 'enum';
  return undefined;
}

function isCode(words: string, description: string): boolean {
  if (NOT_CODE.test(description)) return false;
  return CODE_NAME.test(words) || (MAYBE_CODE_NAME.test(words) && DESCRIBES_CODE.test(description));
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
