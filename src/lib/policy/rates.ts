import { nameToWords } from '../classifier/words.ts';
import type { Category } from '../taxonomy.ts';
import { SHELL_SAFE_PATTERN, SUBCOMMAND_PATTERN } from './command-patterns.ts';
import { NO_DDL_SQL_PATTERN, READ_SQL_PATTERN, SINGLE_STATEMENT_PATTERN } from './patterns.ts';
import type { Rule, Window } from './types.ts';

/**
 * Rate limits people can live with, by category and kind of tool. A limit should stop a runaway
 * loop or an injected "do it a thousand times", never a normal session: an agent driving a browser
 * clicks and types dozens of times a minute, one taking payments makes a few an hour. The table and
 * its reasons are in docs/policies.md; a test keeps the two in step.
 */
export const RATE_CLASSES = ['read', 'write', 'message', 'browser', 'command', 'deployment', 'execute', 'payment', 'destructive', 'unreviewed'] as const;
export type RateClass = (typeof RATE_CLASSES)[number];

/** The limit of each class and why. */
export const RATES = {
  read: { count: 120, window: 'minute', why: 'reads are cheap and an agent exploring makes many; the cap only stops a loop' },
  write: { count: 30, window: 'minute', why: 'changes that can be undone; a session rarely makes more than one every two seconds' },
  message: { count: 30, window: 'hour', why: 'messages, comments and emails reach people and cannot be unsent' },
  browser: { count: 60, window: 'minute', why: 'clicks, typing and navigation are many and cheap: one a second keeps a browsing agent going' },
  command: { count: 30, window: 'minute', why: 'shell commands and SQL, each already checked by its argument rules' },
  deployment: { count: 30, window: 'hour', why: 'deploys, pipelines, workflows and installs take minutes each and change what runs' },
  execute: { count: 20, window: 'minute', why: 'other actions whose effect depends on their input' },
  payment: { count: 10, window: 'hour', why: 'payments are few; each is also capped per call and per day' },
  destructive: { count: 10, window: 'hour', why: 'recommended hidden; if you choose to allow one, keep it rare' },
  unreviewed: { count: 10, window: 'minute', why: 'what the tool does is unclear until someone reviews it' },
} as const satisfies Record<RateClass, { count: number; window: Window; why: string }>;

/** Patterns that check a command or a query: a tool with one runs what its caller writes, within limits. */
const COMMAND_PATTERNS: ReadonlySet<unknown> = new Set([SHELL_SAFE_PATTERN, SUBCOMMAND_PATTERN, NO_DDL_SQL_PATTERN, READ_SQL_PATTERN, SINGLE_STATEMENT_PATTERN]);
const BROWSER_WORDS = new Set(['browser', 'page', 'playwright', 'puppeteer', 'stagehand', 'click', 'hover', 'drag', 'drop', 'type', 'fill', 'press', 'key', 'select', 'scroll', 'navigate', 'resize', 'tab', 'tabs', 'dialog', 'upload', 'emulate', 'screenshot', 'snapshot', 'wait', 'back', 'forward', 'iframe', 'form', 'mouse']);
const BROWSER_NOUNS = new Set(['browser', 'page', 'playwright', 'puppeteer', 'stagehand', 'tab', 'tabs', 'iframe']);
const MENTIONS_BROWSER = /\b(browsers?|web ?pages?|pages?|elements?|tabs?|dom|selectors?|focused|keyboard|input fields?|iframes?)\b/i;
const DEPLOYMENT_WORDS = new Set(['deploy', 'deployment', 'release', 'rollout', 'rollback', 'pipeline', 'workflow', 'trigger', 'build', 'rerun', 'install', 'upgrade', 'migrate', 'migration', 'apply', 'helm', 'provision', 'cron', 'schedule']);
const MESSAGE_VERBS = new Set(['send', 'post', 'reply', 'notify', 'publish', 'broadcast', 'tweet', 'invite', 'email', 'sms', 'dm']);
const MESSAGE_NOUNS = new Set(['comment', 'message', 'email', 'mail', 'sms', 'reply']);

/** The kind of tool a limit is chosen for, from its category, its name and, for Execute tools, its checked arguments. */
export function toolToRateClass(toolName: string, category: Category, description: string, argumentRules: readonly Rule[]): RateClass {
  const words = nameToWords(toolName);
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  switch (category) {
    case 'Read':
      return 'read';
    case 'Financial':
      return 'payment';
    case 'Destructive':
      return 'destructive';
    case 'Other':
      return 'unreviewed';
    case 'Write':
      return has(MESSAGE_VERBS) || (words.some((w) => w === 'create' || w === 'add') && has(MESSAGE_NOUNS)) ? 'message' : 'write';
    case 'Execute':
      if (argumentRules.some((r) => r.conditions?.some((c) => c.op === 'regex' && COMMAND_PATTERNS.has(c.value)))) return 'command';
      if (has(BROWSER_WORDS) && (has(BROWSER_NOUNS) || MENTIONS_BROWSER.test(description))) return 'browser';
      return has(DEPLOYMENT_WORDS) ? 'deployment' : 'execute';
  }
}
