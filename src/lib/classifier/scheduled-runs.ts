import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

/**
 * "Schedule a task to run at a later time", "Creates a schedule that triggers the pipeline every night": a task set up to
 * run later is the rubric's scheduled task (Execute), whatever verb sets it up (create, add, schedule, queue). The thing
 * set up must be one that runs (a task, a job, a schedule, a cron, a trigger, a prompt, a command…) and the sentence must
 * say it runs something later or on a schedule; "Schedule a meeting", "Create a schedule of shifts" or "Create a task to run
 * tests" (a to-do with no time) make records (Write).
 */

const SETTING_UP = String.raw`(?:schedul|queue|enqueue|creat|add|set(?:s|ting)?\s+up|configur|register|defin)\w*`;
const RUNNABLE = String.raw`(?:(?:cron\s+)?jobs?|runs?|tasks?|schedules?|crons?|timers?|triggers?|prompts?|commands?|scripts?|workflows?|automations?|routines?|agents?|pipelines?)`;
const RUNS = String.raw`(?:run|runs|execute[sd]?|executes|trigger|triggers|invoke[sd]?|invokes|fire|fires|start|starts|call|calls|launch(?:es)?)`;
const SCHEDULED_RUN = new RegExp(String.raw`\b${SETTING_UP}\b(?:\s+\S+){0,6}?\s+${RUNNABLE}\s+(?:that|which|to)\s+(?:(?:automatically|periodically|will|be|then)\s+)?${RUNS}\b`, 'i');
// The sentence places the run later or on a schedule: the verb schedules, the thing set up is a schedule, or a time is named.
const LATER = /\b(?:schedul\w*|queue\w*|enqueue\w*|cron|timer|every|daily|nightly|hourly|weekly|monthly|later|at\s+\d|on\s+a\s+\w+\s+basis|recurring|periodically|interval)\b/i;

/** An Execute signal when the description's first sentence sets up a task that runs later, or undefined. */
export function scheduledRunSignal(tool: Tool): Signal | undefined {
  // Most descriptions set nothing up: one test on the whole text before splitting it into sentences.
  if (!SCHEDULED_RUN.test(tool.description ?? '')) return undefined;
  const first = textToSentences(tool.description ?? '')[0]?.text;
  if (!first || !SCHEDULED_RUN.test(first) || !LATER.test(first)) return undefined;
  return signal('Execute', LEVEL.leadPlain, 'description', `description sets up a task that runs later: “${first.length > 60 ? `${first.slice(0, 60)}…` : first}”`);
}

const QUEUEING_VERBS = new Set(['queue', 'enqueue']);
// "Queue multiple posts for delayed submission", "Enqueue an email": what waits in the queue is a message to send, not a run.
const QUEUED_RECORDS = new Set(['post', 'posts', 'message', 'messages', 'email', 'emails', 'tweet', 'tweets', 'notification', 'notifications', 'sms', 'reply', 'replies', 'song', 'songs', 'track', 'tracks', 'video', 'videos', 'item', 'items']);

/** The reading of queueing a message or a record to be sent or played later (Write), or undefined. `objects` are the words after the verb. */
export function queuedRecordReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!QUEUEING_VERBS.has(verb)) return undefined;
  const record = objects.slice(0, 4).find((w) => QUEUED_RECORDS.has(w));
  return record ? { category: 'Write', object: record, why: 'adds it to a queue, runs nothing' } : undefined;
}
