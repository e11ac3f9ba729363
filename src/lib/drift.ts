import { fieldToCanonicalJson, toolToHash, TOOL_DEFINITION_FIELDS, type HashableTool, type ToolDefinitionField } from './tool-hash.ts';

/** One tool whose definition differs between two imports, with the fields that changed. */
export interface ToolChange {
  name: string;
  fields: ToolDefinitionField[];
  previousHash: string;
  hash: string;
}

/** What changed in a server's tool list between two imports; tools are matched by exact name. */
export interface Drift {
  /** Names only in the new list, in its order. */
  added: string[];
  /** Names only in the old list, in its order. */
  removed: string[];
  /** Tools in both lists whose definition hash differs, in the new list's order. */
  changed: ToolChange[];
}

/** Compares two tool lists (old first) by name and definition hash. A reviewed `override` is not part of a definition. */
export function toolsToDrift(oldTools: readonly HashableTool[], newTools: readonly HashableTool[]): Drift {
  const oldByName = new Map(oldTools.map((tool) => [tool.name, tool]));
  const newNames = new Set(newTools.map((tool) => tool.name));
  const drift: Drift = { added: [], removed: oldTools.filter((tool) => !newNames.has(tool.name)).map((tool) => tool.name), changed: [] };
  for (const tool of newTools) {
    const previous = oldByName.get(tool.name);
    if (!previous) {
      drift.added.push(tool.name);
      continue;
    }
    const previousHash = toolToHash(previous);
    const hash = toolToHash(tool);
    if (hash === previousHash) continue;
    const fields = TOOL_DEFINITION_FIELDS.filter((field) => fieldToCanonicalJson(previous[field]) !== fieldToCanonicalJson(tool[field]));
    drift.changed.push({ name: tool.name, fields, previousHash, hash });
  }
  return drift;
}

/** True when the two lists differ in any way a reader should be told about. */
export function hasDrift(drift: Drift): boolean {
  return drift.added.length > 0 || drift.removed.length > 0 || drift.changed.length > 0;
}

/** One line per kind of change, for a terminal: `+ a, b` / `- c` / `~ d (description, inputSchema)`. */
export function driftToLines(drift: Drift): string[] {
  const lines: string[] = [];
  if (drift.added.length > 0) lines.push(`added ${drift.added.length}: ${drift.added.join(', ')}`);
  if (drift.removed.length > 0) lines.push(`removed ${drift.removed.length}: ${drift.removed.join(', ')}`);
  if (drift.changed.length > 0) lines.push(`changed ${drift.changed.length}: ${drift.changed.map((c) => `${c.name} (${c.fields.join(', ')})`).join(', ')}`);
  return lines;
}
