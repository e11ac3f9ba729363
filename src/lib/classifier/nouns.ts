/** Word lists other than verbs: the objects, arguments and contexts that change what a verb means. */
import { changesPaidPlan, editsHoldingRecord, isNarrowMoneyMove, NARROW_MONEY_NOUNS, qualifiesOtherHead, switchesAutomaticPayment } from './money-objects.ts';

/** Nouns that make a mutating verb Financial (`create_refund`, `update_subscription`). */
export const FINANCIAL_NOUNS = new Set([
  'payment', 'payments', 'refund', 'refunds', 'payout', 'payouts', 'invoice', 'invoices', 'charge', 'charges',
  'subscription', 'subscriptions', 'price', 'prices', 'pricing', 'transfer', 'transfers', 'funds', 'money',
  'wallet', 'order', 'orders', 'checkout', 'billing', 'credit', 'credits', 'dispute', 'disputes', 'fee', 'fees',
  'paymentlink', 'paymentintent', 'invoiceitem', 'transaction', 'transactions', 'purchase',
  'purchases', 'payroll', 'ledger', 'card', 'cards', 'bank', 'crypto', 'swap', 'trade', 'bet', 'bill', 'bills',
  // A store's discount or coupon lowers what customers are charged: creating or changing one changes a price.
  'discount', 'discounts', 'coupon', 'coupons',
  // A trading position (long, short, open, leveraged): closing or changing one buys or sells (see isMoneyNoun).
  'position', 'positions',
  // A sales receipt records a sale paid on the spot; a voucher is credit a customer spends; a tax or shipping rate
  // changes what customers are charged (see isMoneyNoun: not a receipt of delivery, not a rate limit).
  'receipt', 'receipts', 'voucher', 'vouchers', 'rate', 'rates',
]);

/** Verbs that do nothing to money on their own but do with a financial noun (`create_invoice`). */
export const FINANCIAL_MUTATING_VERBS = new Set([
  'create', 'add', 'update', 'edit', 'modify', 'set', 'send', 'issue', 'capture', 'void', 'process', 'finalize',
  'finalise', 'cancel', 'approve', 'submit', 'place', 'confirm', 'authorize', 'authorise', 'execute', 'make',
  'initiate', 'accept', 'apply', 'change', 'reverse', 'settle', 'mark', 'resume', 'pause', 'upgrade', 'downgrade',
  'delete', 'remove', 'close', 'transfer', 'swap', 'trade', 'sell', 'bet', 'claim', 'enable', 'disable', 'renew', 'record', 'subscribe', 'release', 'collect', 'move', 'open', 'complete',
]);

/** Verbs that run a database transaction ("Execute a transaction against an app"), which moves no money. */
const TRANSACTION_RUNNING_VERBS = new Set(['execute', 'commit', 'run', 'begin', 'start', 'rollback', 'abort', 'open', 'close']);

/** True when `verb` moves money on one of `objects`: a money noun its qualifier does not explain away. */
export function movesMoney(verb: string, objects: readonly string[]): boolean {
  return objects.some((w, i) => (isMoneyMove(verb, w) && isMoneyNoun(w, objects[i - 1], objects[i + 1])) || switchesAutomaticPayment(verb, objects, i) || changesPaidPlan(verb, objects, i));
}

// A Trello card is not a credit card, a memory bank not a bank, a topic subscription not a paid plan.
const MONEY_CARD_QUALIFIERS = new Set(['credit', 'debit', 'payment', 'gift', 'prepaid', 'virtual', 'bank', 'corporate', 'issuing', 'physical']);
const NON_MONEY_BANK_QUALIFIERS = new Set(['memory', 'data', 'knowledge', 'question', 'questions', 'word', 'prompt', 'test', 'sample', 'image', 'feature', 'blood', 'food', 'sound']);
const TRADING_POSITION_QUALIFIERS = new Set(['long', 'short', 'open', 'trading', 'margin', 'futures', 'leveraged', 'perp', 'perpetual', 'spot', 'all']);
const NON_MONEY_ORDER_QUALIFIERS = new Set(['sort', 'display', 'column', 'field', 'reading', 'execution', 'layer', 'tab', 'z', 'work', 'rank', 'result', 'results', 'priority', 'load', 'sequence']);
const SALE_RECEIPT_QUALIFIERS = new Set(['sales', 'sale', 'cash', 'payment']);
const CHARGED_RATE_QUALIFIERS = new Set(['tax', 'shipping', 'vat', 'billing', 'hourly', 'fee']);

/** True when a money noun (`FINANCIAL_NOUNS`) means money after the word before it and before the word after it. */
export function isMoneyNoun(noun: string, previous: string | undefined, next?: string): boolean {
  if (NARROW_MONEY_NOUNS.has(noun)) return true;
  if (!FINANCIAL_NOUNS.has(noun) || qualifiesOtherHead(next, noun)) return false;
  const before = previous ?? '';
  if (noun.startsWith('card')) return MONEY_CARD_QUALIFIERS.has(before);
  if (noun === 'bank') return !NON_MONEY_BANK_QUALIFIERS.has(before);
  if (noun.startsWith('order')) return !NON_MONEY_ORDER_QUALIFIERS.has(before);
  if (noun.startsWith('subscription')) return !NON_FINANCIAL_SUBSCRIPTION_QUALIFIERS.has(before);
  // "Close all open positions", "Open a long position" (not "Set the position of a node").
  if (noun.startsWith('position')) return TRADING_POSITION_QUALIFIERS.has(before);
  // "Create a sales receipt", "Create a tax rate" (not "Confirm receipt of the parcel", "Set the rate limit").
  if (noun.startsWith('receipt')) return SALE_RECEIPT_QUALIFIERS.has(before);
  if (noun.startsWith('rate')) return CHARGED_RATE_QUALIFIERS.has(before);
  return true;
}

/** True when `verb` on `noun` moves money (`create_invoice`), not when it runs a database transaction. */
export function isMoneyMove(verb: string, noun: string): boolean {
  // `claim_fees` but not "claim a free domain transfer": some verbs move money only on some nouns.
  const narrow = isNarrowMoneyMove(verb, noun);
  if (narrow !== undefined) return narrow;
  if (!FINANCIAL_MUTATING_VERBS.has(verb) || !FINANCIAL_NOUNS.has(noun) || editsHoldingRecord(verb, noun)) return false;
  return !(noun.startsWith('transaction') && TRANSACTION_RUNNING_VERBS.has(verb));
}

/** Words that qualify a following `subscription` as non-financial (notification subscriptions). */
export const NON_FINANCIAL_SUBSCRIPTION_QUALIFIERS = new Set(['notification', 'notifications', 'event', 'events', 'webhook', 'webhooks', 'topic', 'channel', 'feed', 'azure', 'repository']);

/** Verbs that only manage the tool's own session whatever follows them: the rubric's Other. */
export const SESSION_VERBS = new Set(['login', 'logout', 'signin', 'signout', 'authenticate', 'auth', 'connect', 'disconnect', 'reconnect', 'end', 'quit', 'exit', 'sleep', 'noop']);

/** Verbs that open, pick or close something; aimed at a session or connection they manage the tool's own. */
export const SESSION_MANAGE_VERBS = new Set(['init', 'initialize', 'initialise', 'setup', 'establish', 'create', 'new', 'open', 'start', 'reuse', 'close', 'end', 'stop', 'reset', 'terminate', 'destroy', 'select', 'switch', 'set', 'use', 'release', 'clear', 'kill']);

/** Objects that are the tool's own session, whatever is done to them. */
export const SESSION_OBJECTS = new Set(['session', 'sessions', 'context']);

/** Verbs that close or free something; aimed at a connection or at `its` resources, the tool's own. */
export const RELEASE_VERBS = new Set(['revoke', 'init', 'initialize', 'initialise', 'establish', 'open', 'reuse', 'close', 'end', 'stop', 'terminate', 'release', 'reset', 'kill', 'free', 'switch', 'select', 'use', 'remove']);

/** Objects of a release verb that belong to the tool itself ("release its resources", "close the connection"). */
export const RELEASED_OBJECTS = new Set(['connection', 'connections', 'its', 'presence', 'forward', 'forwarding', 'tunnel', 'tunnels', 'resources']);

/** Verbs that end something; aimed at a recording or a background helper of the tool's own, that is Other. */
export const STOP_VERBS = new Set(['stop', 'end', 'close', 'finish', 'halt']);

/** Recordings, searches and helper processes a tool starts for itself (`performance_stop_trace`, `stop_port_forward`, `stop_search`). */
export const OWN_JOB_OBJECTS = new Set(['recording', 'trace', 'tracing', 'screencast', 'forward', 'forwarding', 'watcher', 'listener', 'capture', 'search', 'searches']);

/** In a browser or device session, these verbs end the session rather than change anything: Other. */
export const SESSION_END_VERBS = new Set(['close', 'stop', 'end', 'quit', 'exit', 'disconnect', 'logout', 'reset']);

/** Verbs that take their meaning from their object: "perform a search" reads, "perform a deployment" runs. */
export const LIGHT_VERBS = new Set(['perform', 'run', 'execute', 'start', 'conduct', 'do', 'launch', 'initiate', 'trigger', 'begin', 'kick', 'continue']);

/** Objects of a light verb that make the call a read (`run a find query`, `start a performance trace`). */
export const READ_OBJECTS = new Set([
  'search', 'searches', 'lookup', 'lookups', 'retrieval', 'inference', 'research', 'aggregation', 'aggregations',
  'analysis', 'analyses', 'crawl', 'crawls', 'trace', 'traces', 'tracing', 'scan', 'scans', 'audit', 'audits',
  'check', 'checks', 'find', 'select', 'read', 'screencast', 'recording', 'recordings', 'record', 'screenshot', 'screenshots', 'snapshot',
  'snapshots', 'profiling', 'profile', 'profiles', 'profiler', 'promql', 'logql', 'traceql', 'metric', 'metrics', 'diagnostics', 'diagnosis',
  'report', 'reports', 'healthcheck', 'preview', 'estimate', 'calculation', 'computation', 'comparison', 'soql', 'sosl', 'jql',
  'evals', 'evaluation', 'evaluations', 'validation', 'validations', 'verification', 'inspection', 'inspections', 'lint', 'linting',
  'probe', 'probes', 'health', 'ping', 'pings', 'simulation', 'simulations', 'forecast', 'forecasts', 'prediction', 'predictions', 'ocr', 'review', 'reviews', 'perf',
]);

/**
 * Objects that `resolve` closes ("Resolve an incident", "Resolves a comment"): Write. Anything else it looks up
 * ("Resolve UID to CSS selector", "Resolve an option contract conid"): Read.
 */
export const RESOLVED_RECORDS = new Set(['incident', 'incidents', 'issue', 'issues', 'ticket', 'tickets', 'alert', 'alerts', 'alarm', 'alarms', 'conflict', 'conflicts', 'comment', 'comments', 'thread', 'threads', 'discussion', 'discussions', 'problem', 'problems', 'bug', 'bugs', 'case', 'cases', 'finding', 'findings', 'vulnerability', 'vulnerabilities', 'error', 'errors', 'dispute', 'disputes', 'task', 'tasks', 'escalation', 'outage']);

/** Objects named in evidence when `resolve` looks something up (`resolve-library-id`). */
export const IDENTIFIER_OBJECTS = new Set([
  'id', 'ids', 'identifier', 'identifiers', 'name', 'names', 'library', 'libraries', 'address', 'addresses', 'url',
  'urls', 'uri', 'path', 'paths', 'symbol', 'symbols', 'alias', 'aliases', 'hostname', 'dns', 'reference',
  'references', 'domain', 'handle', 'package', 'packages', 'module', 'dependency', 'dependencies', 'coordinates', '⟨id⟩',
]);

/** Objects that make `generate` create something that lasts (a key, a token) instead of computing an answer. */
export const LASTING_GENERATED_OBJECTS = new Set(['key', 'keys', 'apikey', 'token', 'tokens', 'secret', 'secrets', 'password', 'passwords', 'credential', 'credentials', 'certificate', 'certificates', 'cert', 'invite', 'invitation', 'new']);

/** Objects that make `open` create something (`open a pull request`) instead of viewing it. */
export const OPENED_RECORD_OBJECTS = new Set(['issue', 'issues', 'pull', 'pr', 'ticket', 'tickets', 'account', 'accounts', 'position', 'positions', 'incident', 'incidents', 'case', 'cases', 'dispute', 'discussion', 'merge']);

/** Objects that make `load` write data (`load a sample dataset`) instead of reading a page. */
export const LOADED_DATA_OBJECTS = new Set(['dataset', 'datasets', 'data', 'sample', 'fixture', 'fixtures', 'seed']);

/** Verbs that, aimed at a deployable object, deploy it (`apply a manifest`, `merge migrations`, `upgrade a chart`). */
// `rollback_deployment` redeploys an earlier release; rolling back an agent or a project to a version restores it (Write).
export const DEPLOYING_VERBS = new Set(['apply', 'merge', 'upgrade', 'push', 'rollback']);

/** Objects that make a deploying verb a deployment. */
export const DEPLOYED_OBJECTS = new Set(['migration', 'migrations', 'manifest', 'manifests', 'terraform', 'plan', 'template', 'templates', 'chart', 'charts', 'deployment', 'yaml', 'helm', 'infrastructure', 'stack', 'changeset', 'release', 'deployments', 'releases']);

/** Objects that make creating or changing them a scheduled task or a deployment (`cron_create`). */
export const SCHEDULED_OBJECTS = new Set(['cron', 'crontab', 'crons', 'trigger', 'triggers', 'deployment', 'deployments']);
// "a trigger link", "a trigger word": a scheduled object qualifying a record noun names what kind of record it is.
const QUALIFIED_RECORDS = new Set(['link', 'links', 'url', 'urls', 'name', 'names', 'label', 'labels', 'tag', 'tags', 'button', 'buttons', 'word', 'words']);

/** The scheduled object among `objects` ("Create a cron job"); not one qualifying a record ("Create a URL redirect/trigger link": Write). */
export function scheduledObjectOf(objects: readonly string[]): string | undefined {
  return objects.find((w, i) => SCHEDULED_OBJECTS.has(w) && !QUALIFIED_RECORDS.has(objects[i + 1] ?? ''));
}

/** Verbs that, aimed at a scheduled object, set up something that runs. */
export const SCHEDULING_VERBS = new Set(['create', 'add', 'update', 'set', 'schedule', 'modify', 'edit', 'put', 'new']);

/** Nouns that name an interactive session: with them, changing things means driving the session. */
export const SESSION_NOUNS = new Set(['browser', 'tab', 'tabs', 'puppeteer', 'playwright', 'window', 'dialog', 'viewport', 'element', 'dom', 'mouse', 'keyboard', 'screen', 'desktop', 'emulator', 'device', 'simulator', 'stagehand']);

/** Argument names that point into a live page (`pageId`, `selector`): the tool drives a browser. */
export const PAGE_ARGUMENT_NAMES = new Set(['pageid', 'tabid', 'selector', 'xpath', 'frameid', 'element', 'cssselector']);

/** A lone noun that names something a tool can only report (`status`, `version`). */
export const REPORT_NOUNS = new Set(['timeline', 'objects', 'activity', 'events', 'analytics', 'alerts', 'trends', 'performance', 'traffic', 'rankings', 'forecast', 'status', 'info', 'information', 'health', 'version', 'versions', 'help', 'docs', 'documentation', 'stats', 'statistics', 'metrics', 'logs', 'log', 'history', 'schema', 'schemas', 'details', 'overview', 'usage', 'tables', 'quota', 'limits', 'capabilities', 'whoami', 'me', 'time', 'weather', 'config', 'settings', 'summary', 'report', 'insights', 'snapshot', 'diff', 'completion', 'completions']);

/** Argument names that carry code or commands to run, whatever their description says. */
export const CODE_ARGUMENT_NAMES = new Set(['sql', 'raw_sql', 'query_sql', 'cypher', 'javascript', 'js', 'python', 'bash', 'shell', 'powershell', 'program', 'eval', 'cmd', 'script_content', 'scriptcontent']);

/** Argument names that carry code only when their description says so (`code` may be a one-time code). */
export const MAYBE_CODE_ARGUMENT_NAMES = new Set(['command', 'commands', 'code', 'function', 'expression', 'script', 'statement', 'statements', 'snippet', 'code_snippet', 'source_code']);

/** Argument names that choose among operations (`action: delete`). */
export const ACTION_ARGUMENT_NAMES = new Set(['action', 'operation', 'op', 'mode', 'method', 'verb', 'command_type', 'task', 'subcommand', 'sub_command']);

/** Argument names (words) for where a tool saves files: required, the call writes to disk. */
export const OUTPUT_PATH_ARGUMENT_NAMES = new Set(['localpath', 'local_path', 'outputdir', 'output_dir', 'outputpath', 'output_path', 'savepath', 'save_path', 'downloadpath', 'download_path', 'destinationpath', 'destination_path', 'outputdirectory', 'output_directory', 'outputfile', 'output_file']);

/** First words of boolean arguments that switch on data loss (`dropTarget`, `deleteLocalData`). */
export const DATA_LOSS_FLAG_VERBS = new Set(['drop', 'delete', 'purge', 'wipe', 'destroy', 'truncate']);

/**
 * Texts a tool hands back for the caller to read or use (a guide, documentation, instructions,
 * examples): making one changes nothing outside the call. Head nouns only (`create_component_guide`,
 * "Creates a guide for…"); not `document`, `page`, `template` or `prompt`, which services also store.
 */
export const TEXT_PRODUCT_OBJECTS = new Set([
  'guide', 'guides', 'guidance', 'guideline', 'guidelines', 'instructions', 'instruction', 'tutorial', 'tutorials',
  'documentation', 'docs', 'explanation', 'explanations', 'example', 'examples', 'snippet', 'snippets', 'cheatsheet',
  'walkthrough', 'checklist', 'tips', 'advice', 'recommendations', 'practices', 'howto',
  // "Create a summary of the document", "Make a recommendation": a text written for the caller, like a guide.
  'summary', 'summaries', 'outline', 'outlines', 'recommendation', 'answer', 'answers',
  // "Write a short poem about a topic", "Generate a slogan": writing for the caller to read (not a user story, a Jira record).
  'poem', 'poems', 'essay', 'essays', 'haiku', 'joke', 'jokes', 'limerick', 'slogan', 'slogans', 'tagline', 'taglines',
]);

/** Verbs that bring a text into being: with a text product as their head object, the call only produces text. */
export const PRODUCING_VERBS = new Set(['create', 'make', 'write', 'build', 'draft', 'compose', 'prepare', 'new', 'generate', 'produce']);

/** The marker a sentence's object window ends with when a place follows the object ("… in the wiki"): the text is stored. */
export const STORED_MARKER = '⟨stored⟩';

/** Verbs a text can be about ("Setup guides", "Install instructions"): followed by the text, they name it. */
export const TOPIC_VERBS = new Set(['setup', 'install', 'configure', 'deploy', 'migrate', 'upgrade', 'integrate', 'onboard', 'troubleshoot']);
/** What producing verbs render or compute for the caller (a chart from given data, a QR code, an embedding). */
export const RENDERED_OUTPUTS = new Set(['chart', 'charts', 'plot', 'plots', 'histogram', 'heatmap', 'sparkline', 'qr', 'barcode', 'barcodes', 'embedding', 'embeddings', 'completion', 'completions', 'prediction', 'predictions', 'forecast', 'forecasts',
  // "Make a URL slug from a title", "Create a unified diff between two texts": values computed from the input.
  'slug', 'slugs', 'diff', 'diffs', 'hash', 'hashes', 'checksum', 'checksums', 'uuid', 'uuids', 'guid', 'guids']);
/** Verbs that assemble an output; with a report-like object, the call computes it. */
export const ASSEMBLING_VERBS = new Set(['build', 'compile', 'assemble', 'produce', 'prepare']);
// "Build a query filter string", "Build a ready-to-use websocket endpoint URL": a text handed back, like a report.
export const ASSEMBLED_OUTPUTS = new Set(['report', 'reports', 'summary', 'summaries', 'profile', 'overview', 'digest', 'assessment', 'breakdown', 'analysis', 'scorecard', 'briefing', 'estimate', 'comparison', 'map', 'visualization', 'visualisation', 'diagram', 'string', 'strings', 'url', 'urls', 'uri', 'filter', 'filters', 'expression', 'expressions', 'payload', 'query', 'queries', 'endpoint', 'command', 'commands', 'prompt', 'prompts']);

/** What a debugger or driver attaches to (`attach_to_process`): a connection of the tool's own, like connecting. */
export const ATTACHED_TARGETS = new Set(['process', 'processes', 'pid', 'debugger', 'debuggee', 'program', 'target', 'session', 'container', 'pod', 'device', 'emulator', 'simulator', 'runtime', 'app', 'application', 'browser', 'page', 'tab', 'terminal', 'instance', 'server', 'game']);
/** Relations between records that a delete only undoes: nothing is lost but the relation, which can be made again. */
// Not `relations`: in a knowledge graph the relations are the stored facts.
export const DELETED_RELATIONS = new Set(['association', 'associations', 'dependency', 'dependencies', 'reaction', 'reactions', 'vote', 'votes', 'membership', 'memberships']);
