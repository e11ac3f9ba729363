import type { Category } from '../taxonomy.ts';

/** A category a verb can carry on its own (Other comes from session rules, not from verbs). */
export type VerbCategory = Exclude<Category, 'Other'>;

/**
 * Verbs that tell what a tool does, by the rubric's category. Base forms only; the inflections a
 * description uses (`deletes`, `creating`) are derived in `verbForms`. A word belongs to one
 * category; words whose category depends on their object (`resolve`, `apply`, `generate`) carry
 * their usual category here and are refined in collocations.ts.
 */
const VERBS_BY_CATEGORY: Record<VerbCategory, readonly string[]> = {
  Financial: [
    'pay', 'refund', 'payout', 'purchase', 'buy', 'withdraw', 'deposit', 'donate', 'tip', 'bill', 'repay', 'reimburse', 'prepay',
    // "Sell 10 shares", "Stake BNB with a validator", "Borrow USDC against collateral": trading, staking and lending move money.
    'sell', 'charge', 'stake', 'unstake', 'invest', 'lend', 'borrow', 'liquidate', 'cashout', 'topup', 'recharge', 'bid',
  ],
  Destructive: [
    'delete', 'remove', 'drop', 'purge', 'truncate', 'destroy', 'wipe', 'erase', 'revoke', 'terminate', 'kill',
    'overwrite', 'reset', 'clear', 'uninstall', 'flush', 'prune', 'discard', 'evict', 'expunge',
    'obliterate', 'nuke', 'rm', 'del', 'unlink', 'deprovision', 'decommission', 'shred', 'trash', 'cleanup', 'drain',
    // "Forget a stored memory", "Empty the S3 bucket": the memory, or everything the container held, is gone.
    'forget', 'empty',
  ],
  Execute: [
    'execute', 'exec', 'run', 'eval', 'evaluate', 'invoke', 'trigger', 'deploy', 'redeploy', 'launch', 'start',
    'spawn', 'build', 'compile', 'dispatch', 'rerun', 'retry', 'restart', 'install',
    'reboot', 'click', 'type', 'press', 'hover', 'drag', 'navigate', 'fill', 'scroll', 'emulate', 'queue', 'enqueue',
    'automate', 'perform', 'call', 'act', 'tap', 'swipe', 'keyboard', 'mouse', 'goto', 'step',
    'reload', 'promote', 'replay', 'continue', 'begin', 'fire', 'orchestrate', 'shell', 'bash', 'powershell', 'script', 'rebuild', 'go', 'boot', 'pinch', 'zoom', 'uncheck', 'tick', 'untick',
  ],
  Write: [
    'create', 'add', 'update', 'edit', 'modify', 'set', 'put', 'post', 'send', 'write', 'upload', 'insert',
    'upsert', 'save', 'rename', 'move', 'copy', 'comment', 'label', 'tag', 'assign', 'unassign', 'merge', 'push',
    'fork', 'star', 'unstar', 'publish', 'unpublish', 'enable', 'disable', 'configure', 'import', 'patch', 'approve', 'reject',
    'close', 'reopen', 'archive', 'unarchive', 'lock', 'unlock', 'invite', 'share', 'follow', 'unfollow',
    'reply', 'mark', 'attach', 'detach', 'link', 'register', 'store', 'remember', 'record', 'append',
    'replace', 'submit', 'request', 'schedule', 'book', 'sync', 'transfer', 'change', 'toggle', 'apply',
    'init', 'initialize', 'initialise', 'clone', 'checkout', 'commit', 'stage', 'unstage', 'annotate', 'new',
    'make', 'duplicate', 'restore', 'resolve', 'transition', 'cancel', 'stop', 'pause', 'resume', 'upgrade', 'downgrade',
    'mute', 'unmute', 'pin', 'unpin', 'subscribe', 'unsubscribe', 'notify', 'message', 'email', 'tweet', 'draft',
    'reorder', 'grant', 'invalidate', 'rotate', 'tweak', 'log', 'note', 'scale', 'manage', 'maintain', 'administer',
    'ingest', 'index', 'rebase', 'revert', 'squash', 'bump', 'release', 'claim', 'resize', 'fix', 'switch', 'forward',
    'complete', 'finish', 'accept', 'decline', 'dismiss', 'block', 'unblock', 'ban', 'unban', 'kick', 'upvote',
    'like', 'bookmark', 'favorite', 'favourite', 'select', 'choose', 'pick', 'handle', 'dial', 'broadcast', 'undo', 'adjust',
    'activate', 'deactivate', 'enter', 'halt', 'cordon', 'uncordon', 'report', 'interact', 'allow',
    'deny', 'permit', 'whitelist', 'allowlist', 'blocklist', 'integrate', 'advance', 'unmerge', 'snooze', 'postpone',
    'defer', 'reserve', 'allocate', 'deallocate', 'reschedule', 'rearrange', 'vote', 'propose', 'freeze', 'unfreeze',
    'persist', 'turn', 'play', 'pull', 'style', 'setup', 'arrange', 'protect', 'unprotect', 'hide', 'unhide', 'collapse',
    'join', 'leave', 'shutdown', 'rearm', 'authorize', 'reauthorize', 'establish', 'expose', 'unexpose', 'renew', 'untrash',
    'ungroup', 'align', 'distribute', 'snap', 'flag', 'unflag', 'resend', 'override', 'compact', 'onboard', 'hold', 'extend',
    'stash', 'redo', 'issue', 'correct', 'admit', 'repair', 'initiate', 'skip', 'backup', 'rollback',
    'acknowledge', 'ack', 'unacknowledge', 'escalate', 'reassign', 'warm', 'prewarm', 'enroll', 'unenroll', 'rsvp', 'alter', 'mirror', 'define', 'unset', 'organize', 'organise', 'retweet', 'flip', 'mutate', 'rewrite', 'synchronize', 'synchronise', 'deliver', 'unskip',
    // "Provision a tenant", "Provisions a new website": provisioning creates a resource, undone by deprovisioning it; what then runs on it is another call's.
    'provision',
    // "Suspend a SaaS location", "Unsuspend a user": held, like pausing, until resumed.
    'suspend', 'unsuspend',
    // "Migrate entities into another project": data moved to another store (migrating a database's schema runs: migrated-schemas.ts).
    'migrate',
  ],
  Read: [
    'get', 'list', 'search', 'find', 'fetch', 'read', 'describe', 'show', 'view', 'inspect', 'lookup', 'look',
    'retrieve', 'check', 'count', 'analyze', 'analyse', 'validate', 'preview', 'explain', 'compare', 'diff',
    'browse', 'download', 'export', 'summarize', 'summarise', 'screenshot', 'snapshot', 'monitor', 'ping',
    'echo', 'calculate', 'compute', 'convert', 'parse', 'format', 'estimate', 'think', 'scan', 'audit', 'query',
    'peek', 'tail', 'grep', 'watch', 'stat', 'whoami', 'recommend', 'suggest', 'lint', 'verify', 'render',
    'extract', 'scrape', 'crawl', 'map', 'capture', 'measure', 'sample', 'poll', 'wait', 'detect', 'identify',
    'test', 'review', 'plan', 'explore', 'discover', 'collect', 'load', 'trace', 'profile', 'debug', 'open',
    'diagnose', 'visualize', 'visualise', 'examine', 'inquire', 'ask', 'answer', 'research', 'observe', 'simulate',
    'classify', 'recognize', 'translate', 'transcribe', 'decode', 'encode', 'hash', 'tokenize', 'match', 'filter',
    'aggregate', 'see', 'print', 'obtain', 'access', 'take', 'generate', 'troubleshoot', 'learn', 'compress',
    'decompress', 'paginate', 'decompile', 'disassemble', 'sort', 'gather', 'display', 'track', 'dump', 'refresh', 'chat',
    'assert', 'investigate', 'score', 'symbolicate', 'route', 'transform', 'assess', 'recall', 'predict', 'visit', 'surface', 'optimize', 'optimise',
    'synthesize', 'synthesise',
    // "Receive messages from the queue", "Consume messages from a topic": taking delivery of what is waiting reads it.
    'receive', 'consume', 'stream',
    // First words of tuning descriptions the rules did not know ("Enumerate the …", "Geocode an address").
    'enumerate', 'introspect', 'geocode', 'determine', 'rank', 'autocomplete',
  ],
};

const categoryByVerb = new Map<string, VerbCategory>();
for (const [category, verbs] of Object.entries(VERBS_BY_CATEGORY) as [VerbCategory, readonly string[]][]) {
  for (const verb of verbs) if (!categoryByVerb.has(verb)) categoryByVerb.set(verb, category);
}

/** The category a base-form verb carries on its own, if it is one we know (`redefine` as `define`: see againToVerb). */
export function verbToCategory(word: string): VerbCategory | undefined {
  return categoryByVerb.get(word) ?? categoryByVerb.get(againToVerb(word)?.verb ?? '');
}

/** Which form of a verb a word is: `deletes` is third person, `deleting` a gerund. */
export type VerbForm = 'base' | 'third' | 'gerund' | 'past';

const DOUBLES_LAST = /^[^aeiou]*[aeiou][bdgmnprt]$/;
const TAKES_ES = /(s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;

const verbByInflection = new Map<string, { verb: string; form: VerbForm }>();
for (const verb of categoryByVerb.keys()) {
  for (const [form, word] of verbForms(verb)) if (!verbByInflection.has(word)) verbByInflection.set(word, { verb, form });
}

/** The base verb and form of a word we know: `deletes` → `delete` (third), `creating` → `create` (gerund), `rescans` → `scan` (third). */
export function inflectionToVerb(word: string): { verb: string; form: VerbForm } | undefined {
  return verbByInflection.get(word) ?? againToVerb(word);
}

// "returns", "retyped", "react", "retail", "remarks", "resort", "rebilling": a "re" that only looks like a prefix.
const NOT_AGAIN = new Set(['turn', 'type', 'act', 'tail', 'mark', 'sort', 'bill', 'port', 'present', 'side', 'search', 'lease', 'quest', 'cord', 'view', 'solve', 'set', 'move', 'store', 'cover', 'fine', 'lay', 'sign', 'state', 'pair', 'place', 'tire', 'treat', 'train', 'mind', 'peat', 'call', 'ply', 'frame']);
const AGAIN = /^re-?(?=[a-z]{3})/;

/**
 * A verb we know done again: "Redefine classes in a running JVM", "Rescan the filesystem", "Reinstall the
 * plugin", "re-enable the rule" do what the verb does, once more. Only for words the lexicon does not list
 * itself (`restart`, `remove`, `reset` keep their own category), and not where "re" belongs to another word.
 */
function againToVerb(word: string): { verb: string; form: VerbForm } | undefined {
  // Callers pass the first word of an empty name or value too (`words[0]!` of " "): no word, no verb.
  if (word === undefined || word.charCodeAt(0) !== R || word.charCodeAt(1) !== E) return undefined;
  // Asked for every unknown word of every description: remember the answer.
  if (againByWord.has(word)) return againByWord.get(word);
  const again = AGAIN.test(word) ? verbByInflection.get(word.replace(AGAIN, '')) : undefined;
  const found = again && !NOT_AGAIN.has(again.verb) ? again : undefined;
  againByWord.set(word, found);
  return found;
}

const R = 'r'.charCodeAt(0);
const E = 'e'.charCodeAt(0);
const againByWord = new Map<string, { verb: string; form: VerbForm } | undefined>();

/** Base, third-person, -ing and past forms of a base verb (`stop` → `stops`, `stopping`, `stopped`). */
export function verbForms(verb: string): [VerbForm, string][] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb;
  const third = TAKES_ES.test(verb) ? `${verb}es` : CONSONANT_Y.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = CONSONANT_Y.test(verb) ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const doubled = DOUBLES_LAST.test(verb) ? verb + verb.slice(-1) : stem;
  return [['base', verb], ['third', third], ['gerund', `${doubled}ing`], ['gerund', `${stem}ing`], ['past', past], ['past', `${doubled}ed`]];
}

/**
 * Words that are verbs and nouns alike (`log`, `run`, `comment`). In a name they count as the verb
 * only in verb position or when no other verb is there; in a description, mostly at the start of a sentence.
 */
export const NOUN_LIKE_VERBS = new Set([
  'backup', 'log', 'message', 'email', 'note', 'tag', 'label', 'comment', 'map', 'index', 'plan', 'record', 'trace', 'profile',
  'test', 'type', 'script', 'shell', 'order', 'book', 'star', 'link', 'post', 'set', 'tip', 'bill', 'charge',
  'stage', 'block', 'capture', 'sample', 'load', 'print', 'match', 'filter', 'sort', 'hash', 'run', 'snapshot',
  'release', 'draft', 'commit', 'build', 'monitor', 'request', 'review', 'change', 'transfer', 'refund', 'payout',
  'access', 'answer', 'process', 'report', 'call', 'view', 'check', 'diff', 'export', 'import', 'query', 'search',
  'list', 'lookup', 'audit', 'debug', 'archive', 'share', 'format', 'store', 'act', 'scale', 'input', 'queue',
  'stat', 'tail', 'watch', 'keyboard', 'mouse', 'bash', 'powershell', 'screenshot', 'trash', 'deposit', 'purchase',
  'schedule', 'patch', 'lock', 'pin', 'restart', 'rollback', 'sync', 'balance', 'new', 'end', 'help', 'auth',
  'forward', 'switch', 'drain', 'cleanup', 'research', 'open', 'complete', 'handle', 'like', 'tweet', 'pull', 'play', 'turn', 'style', 'chat',
  'flag', 'hold', 'score', 'route', 'snap', 'override', 'compact', 'issue', 'stash', 'recall', 'surface', 'correct', 'step',
  'topup', 'bid', 'stake', 'cashout', 'recharge', 'sell', 'empty',
]);

/** Words that negate the verb after them ("does not delete", "without modifying", "instead of deleting"). */
export const NEGATIONS = new Set(['not', 'never', 'no', 'without', "doesn't", "don't", "won't", 'cannot', "can't", 'nor', "isn't", 'avoid', 'non', 'prevent', 'prevents', 'instead', 'neither']);
