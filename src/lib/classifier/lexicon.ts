import type { Category } from '../taxonomy.ts';

/**
 * Verbs and nouns that tell what a tool does, by the rubric's category. Base forms only; the
 * inflections a description uses (`deletes`, `creating`) are derived in `verbForms`.
 * Order inside a list does not matter; a word belongs to one category only.
 */
const VERBS_BY_CATEGORY: Record<Exclude<Category, 'Other'>, readonly string[]> = {
  Financial: ['pay', 'refund', 'payout', 'purchase', 'buy', 'withdraw', 'deposit', 'donate', 'tip', 'bill', 'repay', 'reimburse', 'prepay'],
  Destructive: [
    'delete', 'remove', 'drop', 'purge', 'truncate', 'destroy', 'wipe', 'erase', 'revoke', 'terminate', 'kill',
    'overwrite', 'reset', 'clear', 'uninstall', 'unpublish', 'flush', 'prune', 'discard', 'evict', 'expunge',
    'obliterate', 'nuke', 'rm', 'del', 'unlink', 'deprovision', 'decommission', 'shred', 'trash',
  ],
  Execute: [
    'execute', 'exec', 'run', 'eval', 'evaluate', 'invoke', 'trigger', 'deploy', 'redeploy', 'launch', 'start',
    'spawn', 'build', 'compile', 'dispatch', 'rerun', 'retry', 'restart', 'install', 'provision', 'rollback',
    'scale', 'reboot', 'click', 'type', 'press', 'hover', 'drag', 'navigate', 'fill', 'scroll', 'emulate',
    'automate', 'perform', 'simulate', 'call', 'act', 'interact', 'tap', 'swipe', 'keyboard', 'mouse', 'goto',
    'reload', 'promote', 'migrate', 'apply', 'replay', 'resume', 'shell', 'bash', 'powershell', 'script',
  ],
  Write: [
    'create', 'add', 'update', 'edit', 'modify', 'set', 'put', 'post', 'send', 'write', 'upload', 'insert',
    'upsert', 'save', 'rename', 'move', 'copy', 'comment', 'label', 'tag', 'assign', 'unassign', 'merge', 'push',
    'fork', 'star', 'unstar', 'publish', 'enable', 'disable', 'configure', 'import', 'patch', 'approve', 'reject',
    'close', 'open', 'reopen', 'archive', 'unarchive', 'lock', 'unlock', 'invite', 'share', 'follow', 'unfollow',
    'react', 'reply', 'mark', 'attach', 'detach', 'link', 'register', 'store', 'remember', 'record', 'append',
    'replace', 'generate', 'submit', 'request', 'schedule', 'book', 'sync', 'transfer', 'change', 'toggle',
    'init', 'initialize', 'initialise', 'clone', 'checkout', 'commit', 'stage', 'unstage', 'annotate', 'new',
    'make', 'duplicate', 'restore', 'resolve', 'transition', 'cancel', 'stop', 'pause', 'upgrade', 'downgrade',
    'mute', 'unmute', 'pin', 'unpin', 'subscribe', 'unsubscribe', 'notify', 'message', 'email', 'tweet', 'draft',
    'reorder', 'sort', 'connect', 'disconnect', 'grant', 'invalidate', 'rotate', 'tweak', 'log', 'note',
    'observe', 'ingest', 'index', 'rebase', 'revert', 'squash', 'bump', 'release', 'claim',
    'complete', 'finish', 'accept', 'decline', 'dismiss', 'block', 'unblock', 'ban', 'unban', 'kick', 'upvote',
    'like', 'bookmark', 'favorite', 'favourite', 'select', 'choose', 'handle', 'dial', 'broadcast',
  ],
  Read: [
    'get', 'list', 'search', 'find', 'fetch', 'read', 'describe', 'show', 'view', 'inspect', 'lookup', 'look',
    'retrieve', 'check', 'count', 'analyze', 'analyse', 'validate', 'preview', 'explain', 'compare', 'diff',
    'browse', 'download', 'export', 'summarize', 'summarise', 'screenshot', 'snapshot', 'monitor', 'ping',
    'echo', 'calculate', 'compute', 'convert', 'parse', 'format', 'estimate', 'think', 'scan', 'audit', 'query',
    'peek', 'tail', 'grep', 'watch', 'stat', 'whoami', 'recommend', 'suggest', 'lint', 'verify', 'render',
    'extract', 'scrape', 'crawl', 'map', 'capture', 'measure', 'sample', 'poll', 'wait', 'detect', 'identify',
    'test', 'review', 'plan', 'explore', 'discover', 'collect', 'load', 'trace', 'profile', 'debug',
    'diagnose', 'visualize', 'visualise', 'examine', 'inquire', 'ask', 'answer', 'research',
    'classify', 'recognize', 'translate', 'transcribe', 'decode', 'encode', 'hash', 'tokenize', 'match', 'filter',
    'aggregate', 'see', 'print', 'obtain', 'access', 'take',
  ],
};

/** Nouns that make a mutating verb Financial (`create_refund`, `update_subscription`). */
export const FINANCIAL_NOUNS = new Set([
  'payment', 'payments', 'refund', 'refunds', 'payout', 'payouts', 'invoice', 'invoices', 'charge', 'charges',
  'subscription', 'subscriptions', 'price', 'prices', 'pricing', 'transfer', 'transfers', 'funds', 'money',
  'wallet', 'order', 'orders', 'checkout', 'billing', 'credit', 'credits', 'dispute', 'disputes', 'fee', 'fees',
  'payment_link', 'paymentlink', 'paymentintent', 'invoiceitem', 'transaction', 'transactions', 'purchase',
  'purchases', 'payroll', 'ledger', 'card', 'cards', 'bank', 'crypto', 'token_swap', 'swap', 'trade', 'bet',
]);

/** Verbs that do nothing to money on their own but do with a financial noun (`create_invoice`). */
export const FINANCIAL_MUTATING_VERBS = new Set([
  'create', 'add', 'update', 'edit', 'modify', 'set', 'send', 'issue', 'capture', 'void', 'process', 'finalize',
  'finalise', 'cancel', 'approve', 'submit', 'place', 'confirm', 'authorize', 'authorise', 'execute', 'make',
  'initiate', 'accept', 'apply', 'change', 'reverse', 'settle', 'mark', 'resume', 'pause', 'upgrade', 'downgrade',
  'delete', 'remove', 'close', 'transfer', 'swap', 'trade', 'sell', 'bet',
]);

/** Words that qualify a following `subscription` as non-financial (notification subscriptions). */
export const NON_FINANCIAL_SUBSCRIPTION_QUALIFIERS = new Set(['notification', 'notifications', 'event', 'events', 'webhook', 'webhooks', 'topic', 'channel', 'feed', 'azure', 'repository']);

/** Words that mean "this tool only manages its own session": the rubric's Other. */
export const SESSION_VERBS = new Set(['login', 'logout', 'signin', 'signout', 'authenticate', 'auth', 'end', 'quit', 'exit', 'sleep', 'noop']);

/** Argument names that carry code or commands to run. */
export const CODE_ARGUMENT_NAMES = new Set(['command', 'cmd', 'commands', 'script', 'code', 'js', 'javascript', 'python', 'shell', 'expression', 'function', 'sql', 'statement', 'program', 'snippet', 'source_code', 'bash', 'powershell', 'cypher', 'query_sql', 'raw_sql', 'eval']);

/** Argument names that choose among operations (`action: delete`). */
export const ACTION_ARGUMENT_NAMES = new Set(['action', 'operation', 'op', 'mode', 'method', 'verb', 'command_type', 'task', 'subcommand']);

/** Words that negate the verb after them ("does not delete", "without modifying"). */
export const NEGATIONS = new Set(['not', 'never', 'no', 'without', "doesn't", "don't", "won't", 'cannot', "can't", 'nor', "isn't", 'avoid', 'non', 'prevent', 'prevents']);

const categoryByVerb = new Map<string, Exclude<Category, 'Other'>>();
for (const [category, verbs] of Object.entries(VERBS_BY_CATEGORY) as [Exclude<Category, 'Other'>, readonly string[]][]) {
  for (const verb of verbs) if (!categoryByVerb.has(verb)) categoryByVerb.set(verb, category);
}

/** The category a base-form verb belongs to, if it is one we know. */
export function verbToCategory(word: string): Exclude<Category, 'Other'> | undefined {
  return categoryByVerb.get(word);
}

const baseByInflection = new Map<string, string>();
for (const verb of categoryByVerb.keys()) for (const form of verbForms(verb)) if (!baseByInflection.has(form)) baseByInflection.set(form, verb);

/** The base form of an inflected verb we know: `deletes` → `delete`, `creating` → `create`. */
export function inflectionToVerb(word: string): string | undefined {
  return baseByInflection.get(word);
}

/** Third-person, -ing and past forms of a base verb (`delete` → `deletes`, `deleting`, `deleted`). */
export function verbForms(verb: string): string[] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const doubled = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) ? verb + verb.slice(-1) : stem;
  return [verb, third, `${doubled}ing`, `${stem}ing`, past, /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) ? `${doubled}ed` : past];
}

/**
 * Words that are verbs and nouns alike (`log`, `run`, `comment`). In a name they count as the verb
 * only when no other verb is there; in a description only at the start of a sentence.
 */
export const NOUN_LIKE_VERBS = new Set([
  'log', 'message', 'email', 'note', 'tag', 'label', 'comment', 'map', 'index', 'plan', 'record', 'trace', 'profile',
  'test', 'type', 'script', 'shell', 'order', 'book', 'star', 'link', 'post', 'set', 'tip', 'bill', 'charge',
  'stage', 'block', 'capture', 'sample', 'load', 'print', 'match', 'filter', 'sort', 'hash', 'run', 'snapshot',
  'release', 'draft', 'commit', 'build', 'monitor', 'request', 'review', 'change', 'transfer', 'refund', 'payout',
  'access', 'answer', 'process', 'report', 'call', 'view', 'check', 'diff', 'export', 'import', 'query', 'search',
  'list', 'lookup', 'audit', 'debug', 'map', 'book', 'archive', 'share', 'format', 'store', 'act', 'scale',
  'stat', 'tail', 'watch', 'keyboard', 'mouse', 'bash', 'powershell', 'screenshot', 'trash', 'deposit', 'purchase',
  'schedule', 'patch', 'lock', 'pin', 'restart', 'rollback', 'sync', 'balance', 'new', 'end', 'help', 'auth',
]);

/** Nouns that name an interactive session: with them, changing things means driving the session. */
export const SESSION_NOUNS = new Set(['browser', 'tab', 'tabs', 'puppeteer', 'playwright', 'window', 'dialog', 'viewport', 'element', 'dom', 'mouse', 'keyboard', 'screen', 'desktop', 'emulator', 'device', 'simulator']);

/** Verbs that end or leave a session of the tool's own: the rubric's Other when aimed at a session. */
export const SESSION_END_VERBS = new Set(['close', 'stop', 'end', 'quit', 'exit', 'disconnect', 'logout', 'reset']);

/** A lone noun that names something a tool can only report (`status`, `version`). */
export const REPORT_NOUNS = new Set(['status', 'info', 'information', 'health', 'version', 'versions', 'help', 'docs', 'documentation', 'stats', 'statistics', 'metrics', 'logs', 'history', 'schema', 'schemas', 'details', 'overview', 'usage', 'tables', 'quota', 'limits', 'capabilities', 'whoami', 'me', 'time', 'weather', 'config', 'settings', 'summary', 'report', 'insights']);
