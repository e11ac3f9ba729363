import type { Tool } from '../schemas/tool.ts';
import type { Signal } from './signal.ts';

// Required arguments that give a session content of its own: what it is about and who takes part.
const RECORD_ARGUMENTS = new Set(['title', 'description', 'topic', 'agenda', 'subject', 'participants', 'agents', 'members', 'attendees', 'invitees']);
const OWN_SESSION = /\((?:its own session|manages its own session)\)/;
// The description's "Start a … session" reads as the tool's own session without saying so in its evidence.
const SESSION_WORD = /\bsessions?\b/i;
const isOwnSession = (s: Signal): boolean => s.category === 'Other' && (OWN_SESSION.test(s.text) || SESSION_WORD.test(s.text));

/**
 * `create_coordination_session(title, description, initiator, agents)` "Start a multi-agent coordination
 * session": a session that must be given a title, a description or its participants is a record the call
 * creates, like a meeting or a conversation (the rubric's Write: create), not the tool's own connection or
 * browser session, which takes no such content. Its "own session" readings become that Write, at their weight.
 */
export function weighRecordedSessions(tool: Tool, signals: Signal[]): Signal[] {
  if (!signals.some(isOwnSession)) return signals;
  const required = tool.inputSchema.required ?? [];
  const content = required.find((name) => RECORD_ARGUMENTS.has(name.toLowerCase()));
  if (!content) return signals;
  return signals.map((s) =>
    isOwnSession(s) ? { ...s, category: 'Write', text: `${s.text.replace(OWN_SESSION, '').trimEnd()} (a session given its \`${content}\`: a record)` } : s,
  );
}
