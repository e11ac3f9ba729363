/**
 * "Send a command to the device", `issue_command`: a command handed to a device, a server or a process is
 * carried out there, with an effect that depends on what it says (the rubric's Execute: commands), whatever
 * verb delivers it; sending a message or an email still writes.
 */

const DELIVERING_VERBS = new Set(['send', 'issue', 'dispatch', 'submit']);
const COMMANDS = new Set(['command', 'commands', 'cmd']);

/** The reading of a verb that delivers a command (Execute), or undefined. `objects` are the words after the verb. */
export function sentCommandReading(verb: string, objects: readonly string[]): { category: 'Execute'; object: string; why: string } | undefined {
  if (!DELIVERING_VERBS.has(verb)) return undefined;
  const command = objects.slice(0, 4).find((w) => COMMANDS.has(w));
  return command ? { category: 'Execute', object: command, why: 'a command carried out where it is sent' } : undefined;
}
