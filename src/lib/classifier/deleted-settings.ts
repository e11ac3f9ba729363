/**
 * "Delete a breakpoint", "Deletes a specified watchpoint": what is deleted is a
 * setting of a debugger, set again in one call, not data (the rubric's Destructive is data or
 * access lost irreversibly), as removing or clearing one already reads (Write).
 */

const DELETING_VERBS = new Set(['delete', 'erase']);
const SETTINGS = new Set(['breakpoint', 'breakpoints', 'watchpoint', 'watchpoints', 'logpoint', 'logpoints']);

/** The reading of a verb that deletes a setting (Write), or undefined. `objects` are the words after the verb. */
export function deletedSettingReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!DELETING_VERBS.has(verb)) return undefined;
  const setting = objects.slice(0, 3).find((w) => SETTINGS.has(w));
  return setting ? { category: 'Write', object: setting, why: 'removes a setting, not data' } : undefined;
}
