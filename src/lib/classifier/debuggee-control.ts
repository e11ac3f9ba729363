/**
 * "Pause a running program", "Interrupt execution", "Suspend all threads": halting the program a debugger
 * drives steers its run, like stepping or continuing it (the rubric's Execute), not a stored record paused
 * (`pause_workflow` writes).
 */

const HALTING_VERBS = new Set(['pause', 'interrupt', 'suspend', 'break']);
const RUNNING_PROGRAMS = new Set(['program', 'programs', 'execution', 'debuggee', 'thread', 'threads', 'inferior']);

/** The reading of a verb that halts the program under a debugger (Execute), or undefined. `objects` are the words after the verb. */
export function debuggeeControlReading(verb: string, objects: readonly string[]): { category: 'Execute'; object: string; why: string } | undefined {
  if (!HALTING_VERBS.has(verb)) return undefined;
  const program = objects.slice(0, 3).find((w) => RUNNING_PROGRAMS.has(w));
  return program ? { category: 'Execute', object: program, why: 'steers the program it debugs' } : undefined;
}
