import type { Tool } from '../schemas/tool.ts';
import { categoryRank, type Category } from '../taxonomy.ts';
import { isAmountArgument } from '../schema-arguments.ts';
import { OWN_BUFFER, readVerb, type VerbContext } from './collocations.ts';
import { describesCodeToRun, storesCode } from './code-arguments.ts';
import { isComputedExpression } from './computed-readings.ts';
import { inflectionToVerb, NOUN_LIKE_VERBS, verbToCategory } from './lexicon.ts';
import {
  ACTION_ARGUMENT_NAMES, CODE_ARGUMENT_NAMES, DATA_LOSS_FLAG_VERBS, FINANCIAL_MUTATING_VERBS, isMoneyNoun,
  MAYBE_CODE_ARGUMENT_NAMES, OUTPUT_PATH_ARGUMENT_NAMES, REPORT_NOUNS, SESSION_VERBS, STOP_VERBS,
} from './nouns.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

type Property = Record<string, unknown>;

// `delete`, `delete_ids`, `ids_to_delete`: an argument named for deletion alone (not `remove_labels`, which unlinks).
const DELETION_LIST_WORDS = new Set(['delete', 'ids', 'id', 'to', 'items', 'keys']);
const isDeletionList = (name: string) => nameToWords(name).includes('delete') && nameToWords(name).every((w) => DELETION_LIST_WORDS.has(w));

const SENDING_NAME_WORDS = new Set(['upload', 'push', 'send', 'import', 'attach', 'put', 'publish', 'deploy']);

/** Signals from the input schema: action enums, code arguments, money, data-loss flags, output paths. */
export function schemaSignals(tool: Tool, nameWords: readonly string[], context: VerbContext): Signal[] {
  const properties = Object.entries(tool.inputSchema.properties ?? {}).map(([name, raw]) => [name, typeof raw === 'object' && raw !== null ? (raw as Property) : {}] as const);
  const required = new Set(Array.isArray(tool.inputSchema.required) ? tool.inputSchema.required : []);
  // Azure-style routers take `command` (a sub-command name) with a `parameters` object: not a shell.
  const router = properties.some(([n]) => n === 'parameters' || n === 'learn');
  const signals: Signal[] = [];
  for (const [name, property] of properties) {
    const snake = nameToWords(name).join('_');
    const action = ACTION_ARGUMENT_NAMES.has(snake) ? worstEnumValue(enumOf(property, name), context, nameWords, `${typeof property.description === 'string' ? property.description : ''}\n${tool.description ?? ''}`) : undefined;
    const switches = isActionSwitch(snake, nameWords, enumOf(property, name)) && !isFilter(property, required.has(name), nameWords);
    if (action) signals.push({ ...signal(action.category, switches ? LEVEL.lead : LEVEL.aside, 'schema', `argument \`${name}\` can be \`${action.value}\``), actionValue: true });
    if (takesCode(snake, property, tool.description ?? '', nameWords) && !(router && snake === 'command')) {
      signals.push(signal('Execute', LEVEL.lead, 'schema', `argument \`${name}\` takes code or a command`));
    }
    if (property.type === 'boolean' && DATA_LOSS_FLAG_VERBS.has(nameToWords(name)[0] ?? '')) {
      signals.push(signal('Destructive', LEVEL.lead, 'schema', `argument \`${name}\` (boolean) can ${nameToWords(name)[0]} data`));
    }
    // `batch_update(create[], update[], delete[])`: a list of what to delete deletes it, whatever the name says.
    if (property.type === 'array' && isDeletionList(name)) signals.push(signal('Destructive', LEVEL.lead, 'schema', `argument \`${name}\` (array) lists what the call deletes`));
    // `upload_file(localPath)`, `file_push(localPath)`: a local path a tool sends from is its source, not where it saves.
    if (OUTPUT_PATH_ARGUMENT_NAMES.has(snake.replace(/_/g, '')) && required.has(name) && !(snake.startsWith('local') && nameWords.some((w) => SENDING_NAME_WORDS.has(w)))) {
      signals.push(signal('Write', LEVEL.lead, 'schema', `argument \`${name}\` (required): saves files to disk`));
    }
  }
  signals.push(...nestedActionSignals(properties, nameWords, context, tool.description ?? ''));
  const money = moneySignal(properties, nameWords);
  if (money) signals.push(money);
  return signals;
}

/**
 * `changes: [{action: create|update|delete}]`, `operations: [{op: add|remove|replace}]`: a batch whose
 * items each name what is done to them can do the worst of those actions (the rubric's action
 * argument, one level down, in the items of an array or the fields of an object). One level down
 * the values are often edits of parts (a JSON-patch `remove` of a field), so they weigh as a
 * statement (4): they decide when the name and description say nothing, and otherwise dispute
 * a milder verdict's confidence.
 */
function nestedActionSignals(properties: readonly (readonly [string, Property])[], nameWords: readonly string[], context: VerbContext, description: string): Signal[] {
  const signals: Signal[] = [];
  for (const [outer, property] of properties) {
    const items = property.type === 'array' && typeof property.items === 'object' && property.items !== null ? (property.items as Property) : property;
    if (typeof items.properties !== 'object' || items.properties === null) continue;
    for (const [name, raw] of Object.entries(items.properties as Record<string, unknown>)) {
      const inner = typeof raw === 'object' && raw !== null ? (raw as Property) : {};
      if (!ALWAYS_SWITCHES.has(nameToWords(name).join('_')) || isFilter(inner, false, nameWords)) continue;
      const action = worstEnumValue(enumOf(inner, name), context, nameWords, `${typeof inner.description === 'string' ? inner.description : ''}\n${description}`);
      if (action) signals.push({ ...signal(action.category, LEVEL.statement, 'schema', `argument \`${outer}[].${name}\` can be \`${action.value}\``), actionValue: true });
    }
  }
  return signals;
}

// `action`, `operation`, `subcommand` always choose what the call does; `mode`, `method`, `task`
// choose how, unless the name has no verb of its own to say what.
const ALWAYS_SWITCHES = new Set(['action', 'operation', 'op', 'subcommand', 'sub_command', 'command_type']);
// Verbs that say "something is done to it" without saying what: `manage_branches(mode: create|delete)`.
const DESCRIPTIVE_NOUNS = new Set(['meta', 'metadata', 'fields', 'schema', 'options', 'info', 'status', 'history', 'preview', 'url', 'link', 'template', 'form']);
const HTTP_METHOD_VALUES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const GENERIC_VERBS = new Set(['manage', 'handle', 'administer', 'maintain', 'perform', 'execute', 'run', 'process']);

// "Filter by action type", an optional `action` of a timeline or summary: which recorded actions to show.
const FILTER_DESCRIPTION = /\bfilter|\bonly (?:show|include|return|list)|\brestrict|\bby action\b|\baction type\b/i;

/** An action enum that selects which recorded actions to show rather than which to perform. */
function isFilter(property: Property, required: boolean, nameWords: readonly string[]): boolean {
  if (typeof property.description === 'string' && FILTER_DESCRIPTION.test(property.description)) return true;
  return !required && REPORT_NOUNS.has(nameWords.at(-1) ?? '');
}

/**
 * Whether an enum argument chooses what the call does (`action: list|create|delete`), so its worst
 * value decides. A `mode` on a tool whose name already says what it does (`get_guidelines(mode:
 * review|fix)`, `git_rebase(mode: start|abort)`) chooses how; its values are only an aside.
 */
function isActionSwitch(snake: string, nameWords: readonly string[], values: readonly string[]): boolean {
  // `send_request(method: GET | POST | DELETE)`: an HTTP method always chooses what the request does.
  if (ALWAYS_SWITCHES.has(snake) || values.some((v) => HTTP_METHOD_VALUES.has(v.toUpperCase()))) return true;
  return !nameWords.some((w, i) => verbToCategory(w) !== undefined && !GENERIC_VERBS.has(w) && (i === 0 || !NOUN_LIKE_VERBS.has(w)));
}

function enumOf(property: Property, name: string): string[] {
  const values = Array.isArray(property.enum) ? property.enum : typeof property.items === 'object' && property.items !== null && Array.isArray((property.items as Property).enum) ? ((property.items as Property).enum as unknown[]) : [];
  // `action: anyOf [{const: 'get_call_stack'}, {properties: {action: {const: 'read_raw'}}}]`: a union spells its values one by one.
  const variants = [...(Array.isArray(property.anyOf) ? property.anyOf : []), ...(Array.isArray(property.oneOf) ? property.oneOf : [])];
  const constants = variants.map((v) => (typeof v === 'object' && v !== null ? (v as Property) : {})).map((v) => v.const ?? (v.properties as Record<string, Property> | undefined)?.[name]?.const);
  return [...values, ...constants].filter((v): v is string => typeof v === 'string');
}

// "change: abnormal price movements", "upgrade (tier comparison)", "• change — abnormal movements": a value glossed by a noun phrase.
const GLOSS_AFTER = /\s*(?::|\(|—|–|-\s|=)\s*([A-Za-z][\w-]*)/y;
const GLOSS_BEFORE = /[\s•,;(]/;

/**
 * An action value the definition explains with a noun phrase ("change: abnormal price movements",
 * "upgrade (tier comparison)") names a data set to look at, not something done: reading it changes nothing.
 * A gloss that starts with a verb ("delete: removes the record") is an action.
 */
function glossedAsData(value: string, glosses: string): boolean {
  for (let at = glosses.indexOf(value); at >= 0; at = glosses.indexOf(value, at + 1)) {
    if (at > 0 && !GLOSS_BEFORE.test(glosses[at - 1]!)) continue;
    GLOSS_AFTER.lastIndex = at + value.length;
    const first = GLOSS_AFTER.exec(glosses)?.[1]?.toLowerCase();
    if (first !== undefined) return !inflectionToVerb(first) && !verbToCategory(first);
  }
  return false;
}

/** The worst thing an action argument can ask for (`action: list | create | delete` → delete). */
function worstEnumValue(values: string[], context: VerbContext, nameWords: readonly string[], glosses: string): { category: Category; value: string } | undefined {
  let worst: { category: Category; value: string } | undefined;
  let ownSession: { category: Category; value: string } | undefined;
  // `manage_cache(operation: clear)`: a bare verb acts on what the tool's name is about (clearing a cache);
  // `trace(action: start)`, `record(action: start)`: beside a value that is the verb, a name that is also a noun is that noun.
  const nameObjects = nameWords.filter((w) => verbToCategory(w) === undefined || NOUN_LIKE_VERBS.has(w));
  for (const value of values) {
    const words = nameToWords(value);
    const bare = words.length === 1;
    // `get_call_stack`, `encode_type`: a value that starts with a verb is that verb, like a tool name; the rest is its object.
    const leading = verbToCategory(words[0]!) !== undefined || SESSION_VERBS.has(words[0]!);
    for (const word of leading ? words.slice(0, 1) : words) {
      // `action: log | status`: a report's name, not something done.
      if ((!verbToCategory(word) && !SESSION_VERBS.has(word)) || REPORT_NOUNS.has(word)) continue;
      // `symbol_auto_complete`: after a noun, a verb that is also a noun is part of the noun.
      if (!leading && NOUN_LIKE_VERBS.has(word)) continue;
      // `create_metadata`, `edit_meta`: the fields for creating, a read.
      if (DESCRIPTIVE_NOUNS.has(words[words.indexOf(word) + 1] ?? '')) continue;
      const own = readVerb(word, words.filter((w) => w !== word), context)!.category;
      // Only to see whether the object takes the loss or the run away (`clear` a cache writes); a session reading is not a change.
      const named = bare && (own === 'Destructive' || own === 'Execute') ? readVerb(word, nameObjects, context)! : undefined;
      // `console_logs(action: get | clear)`: emptying the tool's own captured buffer loses none of the user's data.
      if (named?.why === OWN_BUFFER) continue;
      const onName = named?.category ?? own;
      const category = onName === 'Other' ? own : onName;
      // "change: abnormal price movements": a change or a read glossed by a noun phrase names data to look at.
      if ((category === 'Write' || category === 'Read') && glossedAsData(value, glosses)) continue;
      // `perf(action: start | stop)`: stopping its own sampling is no scope chosen; the start that observes decides.
      if (category === 'Other' && !STOP_VERBS.has(word)) ownSession ??= { category, value };
      else if (!worst || categoryRank(category) < categoryRank(worst.category)) worst = { category, value };
    }
  }
  // `action: list_orgs | select_org`: choosing the scope of later calls is more than a read, and less than a change.
  return worst?.category === 'Read' && ownSession ? ownSession : worst;
}

const CODE_DESCRIPTION = /\b(code|source|javascript|js|typescript|python|shell|bash|sql|statements?|executable|script content|commands? to (?:run|execute)|to (?:run|execute|evaluate)|expression to evaluate|function body)\b/i;
const NOT_CODE = /\b(?:verification|otp|one-time|auth(?:orization)?|confirmation|country|postal|zip|promo|coupon|discount|error|status|currency|language|region|invite|access|project|product|item|airport|station|reference|short|unique|referral|gift|voucher|tracking|area|exchange|stock|asset|account|reason|response|result|exit|http)\s+code\b|\d-digit|\bname of\b|\b(?:math\w*|arithmetic|numeric|formula|equation|calculation)\b/i;
const NOT_RUN = /\b(?:without|never|not|no|before|prior to)\s+(?:\w+\s+)?(?:execut\w*|running|run)\b/i;
const CHECKED_AGAINST = /\b(?:test|tested|check|checked|evaluate|evaluated|validate|validated|match|matched|lint|linted|score|scored|compare|compared|review|reviewed|audit|audited)\s+against\b/i;
const RUNS_SOMETHING = /\b(execut|run|evaluat|eval\b|deploy|invok)\w*/i;
const INSPECTING_NAME_WORDS = new Set(['explain', 'format', 'lint', 'validate', 'analyze', 'analyse', 'parse', 'check', 'review', 'preview', 'compare', 'diff', 'beautify', 'prettify', 'minify', 'highlight', 'translate', 'summarize', 'tokenize', 'count', 'scan', 'audit', 'generate', 'convert', 'suggest', 'optimize', 'describe', 'inspect', 'assess', 'classify', 'score']);
// "Generate a playground link for…", "Explains the query plan…": the description's first verb inspects or produces.
const INSPECTING_LEAD_VERBS = new Set(['generate', 'generates', 'explain', 'explains', 'validate', 'validates', 'format', 'formats', 'lint', 'lints', 'analyze', 'analyzes', 'parse', 'parses', 'preview', 'previews', 'convert', 'converts', 'translate', 'translates',
  // "Assess risk before executing a command", "Classify a shell command by safety level": the command is judged, not run.
  'assess', 'assesses', 'classify', 'classifies', 'score', 'scores', 'review', 'reviews', 'audit', 'audits', 'inspect', 'inspects', 'check', 'checks']);
// `validate_script`, `explain_query`: beside a verb that inspects, these name the code inspected, not a run.
const CODE_NOUNS = new Set(['query', 'sql', 'script', 'shell', 'bash']);
const RUNNING_NAME_WORDS = new Set(['execute', 'exec', 'run', 'eval', 'evaluate', 'shell', 'bash', 'script', 'sql', 'query', 'deploy', 'put', 'invoke', 'profile', 'benchmark', 'test']);

/**
 * `query` is usually a search string; it executes when its description says it is a statement of a
 * language that can change data (SQL, Cypher…), which is the rubric's "a get_* tool with a free-form
 * sql argument can execute statements". Not when it says only reads are allowed.
 */
const QUERY_ARGUMENT_NAMES = new Set(['query', 'queries', 'query_string', 'querystring']);
const QUERY_LANGUAGE = /\b(?:sql|t-sql|pl\/sql|cypher|gremlin|sparql|shell|bash|mutations?)\b|\bstatements?\b|\b(?:commands?|statements?) to (?:run|execute)\b/i;
const READ_ONLY_QUERY = /\bread[- ]?only\b|\bonly (?:select|read)|\bselect (?:queries|statements) only\b|\b(?:must|should) be a select\b/i;

/** An argument that carries code or a command: by its name, or by a name that its description confirms. */
function takesCode(snake: string, property: Property, toolDescription: string, nameWords: readonly string[]): boolean {
  const textual = property.type === undefined || property.type === 'string' || (property.type === 'array' && (property.items as Property | undefined)?.type === 'string');
  if (!textual) return false;
  // `explain_query(sql)`, `analyze_code(code)`, `format_code(code)`: code handed in to be inspected is not run.
  const leadVerb = /^\W*([a-z]+)/i.exec(toolDescription)?.[1]?.toLowerCase() ?? '';
  const inspects = nameWords.some((w) => INSPECTING_NAME_WORDS.has(w)) || INSPECTING_LEAD_VERBS.has(leadVerb);
  if (inspects && !nameWords.some((w) => RUNNING_NAME_WORDS.has(w) && !CODE_NOUNS.has(w))) return false;
  const said = typeof property.description === 'string' ? property.description : '';
  // "The code to test against the rule", "The component to evaluate against brand guidelines": code measured against a standard is read, not run.
  if (CHECKED_AGAINST.test(said) && !/\b(?:run|execut)/i.test(said)) return false;
  // "Transform a bash script … without executing it", "Assess risk before executing a command": nothing is run.
  const speaksOfRunning = (text: string) => RUNS_SOMETHING.test(text) && !NOT_RUN.test(text);
  // `save_query(sql)` "Save a SQL query to the query library": code kept for later is content, unless the call runs it too.
  if (storesCode(nameWords, leadVerb) && !speaksOfRunning(said) && !speaksOfRunning(toolDescription)) return false;
  if (CODE_ARGUMENT_NAMES.has(snake)) return true;
  // "Evaluate a mathematical expression", "an XPath expression": a formula or a selector, computed, not code run.
  if (isComputedExpression(`${said}\n${toolDescription}`)) return false;
  // Code handed to a tool that only stores or shows it (a comment's snippet, a FigJam code block) is content:
  // a maybe-code argument counts when something in the definition speaks of running it.
  const runs = speaksOfRunning(said) || speaksOfRunning(toolDescription) || nameWords.some((w) => RUNNING_NAME_WORDS.has(w));
  // "GraphQL query or mutation": a mutation exists only to be executed, whatever verb sends it.
  if (QUERY_ARGUMENT_NAMES.has(snake)) return QUERY_LANGUAGE.test(said) && !READ_ONLY_QUERY.test(said) && (runs || /\bmutations?\b/i.test(said));
  // `sandbox(source: "Source code to execute")`: an argument whose own words say it is code to run, whatever its name.
  if (!MAYBE_CODE_ARGUMENT_NAMES.has(snake)) return describesCodeToRun(said) && !NOT_CODE.test(said) && !isIdentifierShaped(property);
  // A `code` limited to a few characters, a pattern or a list of values is an identifier ("Project code, 2-10 letters").
  if (isIdentifierShaped(property)) return false;
  if (said) return CODE_DESCRIPTION.test(said) && !NOT_CODE.test(said) && runs;
  return runs;
}

const IDENTIFIER_MAX_LENGTH = 64;

/** A string argument whose schema bounds it like an identifier: a short maxLength, a pattern, or an enum. */
function isIdentifierShaped(property: Property): boolean {
  const max = typeof property.maxLength === 'number' ? property.maxLength : undefined;
  return (max !== undefined && max <= IDENTIFIER_MAX_LENGTH) || typeof property.pattern === 'string' || Array.isArray(property.enum);
}

const REPORTED_EVENTS = new Set(['event', 'events', 'conversion', 'conversions', 'pageview', 'pageviews', 'beacon']);
const IN_A_CURRENCY = /\bcurrency\b|\bcents\b|\b(?:usd|eur|gbp)\b|\$\d/i;

/** `amount` with a `currency` (an argument, or its own words), or with a money noun in a mutating name (`create_payment`): Financial. */
function moneySignal(properties: readonly (readonly [string, Property])[], nameWords: readonly string[]): Signal | undefined {
  const amount = properties.find(([name, property]) => isAmountArgument(name, property));
  if (!amount) return undefined;
  // "Price in smallest currency unit (e.g. 1999 = $19.99)": an amount its own words put in a currency is a sum of money.
  const currency = properties.find(([name]) => /currency/i.test(name)) ?? (IN_A_CURRENCY.test(String(amount[1].description ?? '')) ? amount : undefined);
  const moneyVerb = nameWords.some((w) => verbToCategory(w) === 'Financial');
  const mutating = moneyVerb || nameWords.some((w) => FINANCIAL_MUTATING_VERBS.has(w));
  const aboutMoney = currency || moneyVerb || nameWords.some((w, i) => isMoneyNoun(w, nameWords[i - 1], nameWords[i + 1]));
  // `send_conversion(conversion_value, currency)`, `track_event(value, currency)`: the sum describes an event the call
  // reports to an analytics or ads platform; it records what was paid elsewhere and moves no money.
  if (!mutating || !aboutMoney || nameWords.some((w) => REPORTED_EVENTS.has(w))) return undefined;
  const priced = currency && currency !== amount ? ` with \`${currency[0]}\`` : currency ? ' in a currency' : '';
  return signal('Financial', LEVEL.decisive, 'schema', `argument \`${amount[0]}\` (number)${priced}`);
}
