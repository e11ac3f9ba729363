/**
 * "Send the owner a phone notification", "Post a message to the channel": a message, an email or a notification
 * sent is a record delivered to people (the rubric's Write: send a message), also from a tool that places itself
 * on a device or in a page, where "send" is otherwise a gesture. A command or keys sent are carried out there
 * (sent-commands.ts, key-input.ts, read before this).
 */

const SENDING_VERBS = new Set(['send', 'post', 'reply']);
const MESSAGES = new Set(['message', 'messages', 'notification', 'notifications', 'email', 'emails', 'sms', 'reminder', 'reminders', 'alert', 'alerts', 'invitation', 'invitations', 'invite', 'invites']);
/** How many words after the verb the message may stand ("the owner a phone notification"). */
const REACH = 5;

/** The reading of a verb that sends a message (Write), or undefined. `objects` are the words after the verb. */
export function sentMessageReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!SENDING_VERBS.has(verb)) return undefined;
  const message = objects.slice(0, REACH).find((w) => MESSAGES.has(w));
  return message ? { category: 'Write', object: message, why: 'a message delivered to people' } : undefined;
}
