import type { Category } from '../../src/lib/taxonomy.ts';

/** A kind of service, with the things its tools act on (snake_case, singular). */
export interface Domain {
  key: string;
  label: string;
  nouns: readonly string[];
  /** Where the domain's Execute tools point (`workflow`, `query`); a browser domain clicks and types. */
  runnable: readonly string[];
  /** Tags a server of this domain carries. */
  tags: readonly string[];
  /** True for domains whose tools drive an interactive session (browser, desktop). */
  session?: boolean;
}

/** Service kinds seen among public MCP servers, with their usual nouns. */
export const DOMAINS: readonly Domain[] = [
  { key: 'crm', label: 'CRM', nouns: ['contact', 'company', 'deal', 'lead', 'note', 'pipeline', 'owner', 'activity'], runnable: ['workflow', 'sequence'], tags: ['crm', 'sales'] },
  { key: 'tickets', label: 'Issues', nouns: ['issue', 'ticket', 'comment', 'label', 'milestone', 'sprint', 'project', 'assignee'], runnable: ['automation', 'workflow'], tags: ['project-management'] },
  { key: 'git', label: 'Git', nouns: ['repository', 'branch', 'commit', 'pull_request', 'tag', 'release', 'file', 'review'], runnable: ['workflow', 'pipeline', 'job'], tags: ['git', 'developer-tools'] },
  { key: 'files', label: 'Files', nouns: ['file', 'directory', 'folder', 'document', 'attachment', 'symlink'], runnable: ['script'], tags: ['files'] },
  { key: 'db', label: 'Database', nouns: ['table', 'row', 'record', 'collection', 'index', 'schema', 'database', 'view'], runnable: ['query', 'sql', 'migration'], tags: ['database'] },
  { key: 'cloud', label: 'Cloud', nouns: ['instance', 'bucket', 'function', 'cluster', 'volume', 'snapshot', 'dns_record', 'load_balancer'], runnable: ['function', 'deployment', 'command'], tags: ['cloud', 'infrastructure'] },
  { key: 'k8s', label: 'Kubernetes', nouns: ['pod', 'deployment', 'namespace', 'service', 'config_map', 'secret', 'node', 'ingress'], runnable: ['job', 'command', 'rollout'], tags: ['kubernetes', 'infrastructure'] },
  { key: 'chat', label: 'Chat', nouns: ['message', 'channel', 'thread', 'user', 'reaction', 'conversation', 'bookmark'], runnable: ['workflow'], tags: ['messaging'] },
  { key: 'mail', label: 'Mail', nouns: ['email', 'draft', 'mailbox', 'contact', 'label', 'filter'], runnable: ['rule'], tags: ['email'] },
  { key: 'calendar', label: 'Calendar', nouns: ['event', 'calendar', 'attendee', 'meeting', 'reminder', 'availability'], runnable: ['sync'], tags: ['calendar'] },
  { key: 'docs', label: 'Docs', nouns: ['page', 'block', 'database', 'comment', 'workspace', 'space', 'template'], runnable: ['automation'], tags: ['knowledge-base'] },
  { key: 'analytics', label: 'Analytics', nouns: ['report', 'dashboard', 'metric', 'event', 'segment', 'funnel', 'cohort'], runnable: ['query', 'export_job'], tags: ['analytics'] },
  { key: 'monitoring', label: 'Monitoring', nouns: ['alert', 'incident', 'monitor', 'log', 'trace', 'error', 'span', 'dashboard'], runnable: ['query', 'check'], tags: ['observability'] },
  { key: 'shop', label: 'Commerce', nouns: ['product', 'customer', 'cart', 'inventory_item', 'discount', 'collection', 'fulfillment', 'variant'], runnable: ['bulk_operation'], tags: ['ecommerce'] },
  { key: 'payments', label: 'Payments', nouns: ['customer', 'product', 'coupon', 'balance', 'dispute', 'payment_method', 'account', 'webhook'], runnable: ['report_run'], tags: ['payments', 'finance'] },
  { key: 'browser', label: 'Browser', nouns: ['page', 'tab', 'element', 'cookie', 'frame', 'console_message', 'network_request'], runnable: ['script'], tags: ['browser-automation'], session: true },
  { key: 'search', label: 'Search', nouns: ['document', 'result', 'web_page', 'source', 'article', 'news_item'], runnable: ['crawl_job'], tags: ['search', 'web'] },
  { key: 'design', label: 'Design', nouns: ['file', 'frame', 'component', 'comment', 'style', 'variable', 'image'], runnable: ['plugin'], tags: ['design'] },
  { key: 'memory', label: 'Memory', nouns: ['memory', 'entity', 'relation', 'observation', 'embedding', 'note'], runnable: ['pipeline'], tags: ['memory', 'ai'] },
  { key: 'ci', label: 'CI', nouns: ['pipeline', 'build', 'artifact', 'runner', 'environment', 'variable', 'test_result'], runnable: ['pipeline', 'build', 'job'], tags: ['ci', 'developer-tools'] },
];

/** Verbs a tool name starts with, by the category the rubric gives them. */
export const VERBS: Readonly<Record<Exclude<Category, 'Other' | 'Financial'>, readonly string[]>> = {
  Read: ['get', 'list', 'search', 'find', 'fetch', 'describe', 'read', 'retrieve', 'count', 'export', 'check', 'inspect', 'preview', 'summarize', 'download', 'lookup'],
  Write: ['create', 'add', 'update', 'edit', 'rename', 'move', 'upload', 'send', 'post', 'assign', 'archive', 'publish', 'set', 'insert', 'upsert', 'invite', 'share', 'label', 'copy'],
  Destructive: ['delete', 'remove', 'drop', 'purge', 'truncate', 'destroy', 'revoke', 'terminate', 'wipe', 'clear', 'prune', 'evict', 'unpublish'],
  Execute: ['run', 'execute', 'trigger', 'deploy', 'invoke', 'start', 'restart', 'rollback', 'scale', 'rerun', 'dispatch'],
};

/** Browser-session verbs: interacting with a page is Execute in the rubric. */
export const SESSION_VERBS = ['click', 'type', 'navigate', 'fill', 'press', 'hover', 'drag', 'select_option', 'evaluate'] as const;

/** Financial tools: a money verb and what it moves. */
export const FINANCIAL_ACTIONS: readonly (readonly [verb: string, noun: string])[] = [
  ['create', 'payment'], ['create', 'refund'], ['refund', 'charge'], ['capture', 'payment'], ['create', 'invoice'],
  ['send', 'invoice'], ['finalize', 'invoice'], ['cancel', 'subscription'], ['update', 'subscription'], ['create', 'payout'],
  ['transfer', 'funds'], ['pay', 'invoice'], ['create', 'price'], ['update', 'price'], ['place', 'order'], ['void', 'invoice'],
  ['create', 'payment_link'], ['create', 'checkout_session'], ['issue', 'credit'], ['purchase', 'credits'],
];

/** Tools that only manage their own session, or say nothing about what they do: the rubric's Other. */
export const OTHER_NAMES: readonly string[] = ['login', 'logout', 'authenticate', 'end_session', 'close_browser', 'session_end', 'noop', 'handoff', 'sleep', 'assistant', 'magic', 'agent_step', 'exit', 'quit_session'];

/** Nouns that only a Read tool reports on (`get_status`, `health`). */
export const REPORT_NOUNS = ['status', 'health', 'version', 'usage', 'quota', 'settings', 'capabilities', 'stats'] as const;

/** First words of made-up vendor names; combined with a domain they give server ids. */
export const VENDORS: readonly string[] = [
  'acme', 'nimbus', 'orbit', 'quartz', 'lumen', 'harbor', 'vertex', 'cobalt', 'zephyr', 'atlas', 'pixel', 'summit',
  'ember', 'nova', 'delta', 'falcon', 'juniper', 'onyx', 'polar', 'relay', 'sable', 'tango', 'umbra', 'willow',
  'basil', 'cinder', 'drift', 'fable', 'glacier', 'hollow', 'iris', 'kestrel', 'lattice', 'meadow', 'nectar', 'oak',
  'prism', 'quill', 'ripple', 'sprout', 'tundra', 'vista', 'wren', 'yarrow', 'zenith', 'apex', 'bramble', 'cairn',
];

/** How a server spells its tool names, and how often each style occurs. */
export const NAME_STYLES = { snake: 0.55, camel: 0.2, kebab: 0.13, dotted: 0.12 } as const;
export type NameStyle = keyof typeof NAME_STYLES;

/** The share of each category among generated tools (about what the shipped servers show). */
export const CATEGORY_WEIGHTS = { Read: 0.44, Write: 0.25, Destructive: 0.1, Execute: 0.1, Financial: 0.06, Other: 0.05 } as const satisfies Record<Category, number>;

/** A name's words in a naming style: `['get', 'pull_request']` → `getPullRequest`, `pull_request.get`… */
export function wordsToName(words: readonly string[], style: NameStyle): string {
  const parts = words.flatMap((w) => w.split('_'));
  switch (style) {
    case 'snake':
      return parts.join('_');
    case 'kebab':
      return parts.join('-');
    case 'camel':
      return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
    case 'dotted':
      // `pull_request.get`: resource first, as in `issues.list` APIs.
      return parts.length > 1 ? `${parts.slice(1).join('_')}.${parts[0]}` : parts[0]!;
  }
}

/** English plural of a snake_case noun (only its last word changes). */
export function pluralOf(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Words of a snake_case noun as text: `pull_request` → `pull request`. */
export function nounToText(noun: string): string {
  return noun.replaceAll('_', ' ');
}
