import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { textToSentences } from './words.ts';

/**
 * "Read an email. The email is marked as read.", "Look up a contact by phone. If none is found, a new contact is
 * created.", "Get an API token. Creates a new personal access token on the account.": a read whose description goes on
 * to say that the call marks, creates, registers or subscribes something states a change of state (the rubric's Write:
 * get_or_create, mark as read, register, subscribe), whatever the name's reading verb. It weighs like the lead's plain
 * verb (6), so a tie with a reading name or lead goes to the change. Not a change in a condition ("when a record is
 * created, …"), a relative clause ("issues that are marked as done"), past ("was created"), possible or denied ("can be
 * marked", "is not created"), nor what someone else does ("the user is subscribed when they …").
 */

// "marked as read", not "the response is marked truncated": a state a person or a workflow gives a record.
const MARKED_STATES = String.raw`(?:read|unread|seen|unseen|done|complete|completed|resolved|processed|delivered|handled|archived|spam|opened|viewed|acknowledged)`;
const PASSIVE_CHANGE = new RegExp(String.raw`\b(?:is|are|will be|gets?|get)\s+(?:also\s+|then\s+|automatically\s+|immediately\s+)?(?:marked\s+as\s+${MARKED_STATES}|created|subscribed|enrolled|acknowledged)\b`, 'i');
// "Creates a new personal access token", "It marks the thread as read", "Also registers the device": the call, as subject.
// Not "Creates high-quality Q&A pairs" (text handed back) nor "flags → …" (a noun): a new record, a state, a subscription.
const CHANGES_FIRST = new RegExp(String.raw`^(?:(?:it|this tool|the tool|this call|also|then)\s+)?(?:also\s+)?(?:creates\s+(?:a\s+new|one|it|them)\b|marks\s+(?:\S+\s+){1,3}?as\s+${MARKED_STATES}\b|subscribes\s+(?:you|the|them|it|to)\b|registers\s+(?:a|an|the|it|them|you)\b|enrolls\s+(?:a|an|the|it|them)\b)`, 'i');
// "Viewing a message marks it as read": a gerund subject, the call's own act, then a state given to the record.
const MARKS_AS = new RegExp(String.raw`^[a-z]+ing\b[^,;]{0,40}?\bmarks\s+(?:it|them|the\s+\w+)\s+as\s+${MARKED_STATES}\b`, 'i');
const CONDITION = /\b(?:when|whenever|if|whether|unless|once|until|after|before|what happens|how)\b/i;
const NOT_THE_CALLS = /\b(?:that|which|who|not|never|no|nothing|was|were|been|can|could|may|might|should|must|would|you|user|users|caller)\s+(?:\w+\s+)?$/i;
const CHANGE_WORDS = /\b(?:marked|created|subscribed|enrolled|acknowledged|creates|marks|registers|subscribes|enrolls)\b/i;

/** A Write signal when a later sentence of the description states that the call marks, creates or registers something, or undefined. */
export function statedChangeSignal(tool: Tool): Signal | undefined {
  const description = tool.description ?? '';
  if (!CHANGE_WORDS.test(description)) return undefined;
  for (const { text } of textToSentences(description).slice(1)) {
    if (CHANGES_FIRST.test(text) || MARKS_AS.test(text) || isPassiveChangeOfTheCall(text)) {
      return signal('Write', LEVEL.leadPlain, 'description', `description says the call changes state: “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`);
    }
  }
  return undefined;
}

/** "If none is found, a new contact is created": the passive change of the main clause, not of a condition or a relative clause. */
function isPassiveChangeOfTheCall(sentence: string): boolean {
  const found = PASSIVE_CHANGE.exec(sentence);
  if (!found) return false;
  // The clause the change is in: a condition set off by a comma before it ("If none is found, …") is the call's own.
  const clause = sentence.slice(0, found.index).split(/,\s*/).at(-1)!;
  const after = sentence.slice(found.index + found[0].length);
  return !CONDITION.test(clause) && !NOT_THE_CALLS.test(clause) && !/^\s*(?:by|when|if|once|after)\b/i.test(after);
}
