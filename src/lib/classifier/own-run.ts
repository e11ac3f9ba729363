import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords, textToSentences } from './words.ts';

// "Stop the currently running Godot project", "Halt the active scene": one run, the one going now.
const STOPS_CURRENT_RUN = /^\W*(?:stops?|halts?)\s+the\s+(?:currently\s+)?(?:running|current|active)\s+/i;
// Arguments that only pick where the run is (a device, a platform) or how to stop it: they name no run.
const SELECTOR_WORDS = new Set(['device', 'id', 'platform', 'udid', 'target', 'force', 'graceful', 'timeout', 'wait', 'ms', 'seconds']);

/**
 * `stop_project()` "Stop the currently running Godot project", `stop_scene()` "Stop the currently running
 * scene in the editor": a lead sentence that stops the run going now, with no argument naming which one (none,
 * or only a device, platform or timeout), stops the one thing the tool itself started: its own background
 * job (the rubric's Other, "stop a background job of its own"). It outweighs the plain stop verb of name
 * and lead (8); a verb that deletes or pays, or a warning of loss, still decides. `stop_vm(vmId)` still writes.
 */
export function weighOwnRun(tool: Tool, signals: Signal[]): Signal[] {
  const lead = textToSentences(tool.description ?? '')[0];
  if (!lead || !STOPS_CURRENT_RUN.test(lead.text)) return signals;
  const named = Object.keys(tool.inputSchema.properties ?? {}).some((name) => nameToWords(name).some((w) => !SELECTOR_WORDS.has(w)));
  if (named) return signals;
  const text = lead.text.length > 60 ? `${lead.text.slice(0, 60)}…` : lead.text;
  return [...signals, signal('Other', LEVEL.lead, 'description', `description says “${text}” (no argument names what to stop: its own run)`)];
}
