import type { Category } from '../taxonomy.ts';

/** Verbs that, in a browser or device session, open or load something there: the page runs what it loads. */
const IN_SESSION_EXECUTE = new Set(['open', 'load', 'new', 'drop']);
// In a session, these act on the page as a user would ("Hold a UI target" is a long press); setting cookies or saving a file only changes state (Write).
const INTERACTING_VERBS = new Set(['insert', 'paste', 'upload', 'select', 'submit', 'enter', 'choose', 'handle', 'accept', 'dismiss', 'resize', 'move', 'switch', 'toggle', 'mark', 'complete', 'reply', 'post', 'send', 'activate', 'interact', 'focus', 'init', 'initialize', 'initialise', 'start', 'hold']);

/**
 * Of those, the verbs that name a change to a record as often as a gesture: "Send a message",
 * "Activate a Pro license", "Mark the task complete", "Submit feedback", "Start a build". A tool
 * whose own name, description or arguments place it in a page or device uses them as gestures. A
 * tool that only shares a server with such tools (a device driver's license or feedback tool) keeps
 * their plain reading: what it sends, activates or marks is a record, and the rubric's Execute is
 * driving the session, not sharing a server with tools that do.
 */
const RECORD_OR_GESTURE_VERBS = new Set(['send', 'post', 'reply', 'activate', 'mark', 'complete', 'submit', 'start', 'init', 'initialize', 'initialise']);

/**
 * True when `verb` (of plain category `category`, read in a browser or device session) drives that
 * session; `inherited` when the session is only the server's, not placed by the tool's own definition.
 */
export function drivesSessionBy(verb: string, category: Category, inherited: boolean | undefined): boolean {
  if (inherited === true && RECORD_OR_GESTURE_VERBS.has(verb)) return false;
  return (category === 'Write' && INTERACTING_VERBS.has(verb)) || IN_SESSION_EXECUTE.has(verb);
}
