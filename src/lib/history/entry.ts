import { hasDrift, toolsToDrift } from '../drift.ts';
import type { FindingContext } from '../findings/tool-findings.ts';
import type { HistoryEntry } from '../schemas/server.ts';
import type { Tool } from '../schemas/tool.ts';
import { toolsToFieldChanges } from './field-changes.ts';
import { toolChangeToWarnings } from './warnings.ts';

/** When and from what a history entry was seen. */
export interface EntryFacts {
  /** The version's publish date when known, else the day of the import (YYYY-MM-DD). */
  date: string;
  packageVersion?: string;
  serverVersion?: string;
}

/**
 * The history entry for going from one tool list to the next, or undefined when nothing changed:
 * tools added and removed (by name), and for each changed tool its fields, hashes and exactly
 * what changed (`toolsToFieldChanges`), plus warnings for added or changed tools that bring text
 * aimed at the model or a riskier category. `context` is what the audit judges shadowing against.
 */
export function toolsToHistoryEntry(before: readonly Tool[], after: readonly Tool[], facts: EntryFacts, context: FindingContext): HistoryEntry | undefined {
  const drift = toolsToDrift(before, after);
  if (!hasDrift(drift)) return undefined;
  const oldByName = new Map(before.map((tool) => [tool.name, tool]));
  const newByName = new Map(after.map((tool) => [tool.name, tool]));
  const changed = drift.changed.map((change) => ({ ...change, details: toolsToFieldChanges(oldByName.get(change.name)!, newByName.get(change.name)!) }));
  const warnings = [
    ...drift.added.flatMap((name) => toolChangeToWarnings(undefined, newByName.get(name)!, context)),
    ...drift.changed.flatMap((change) => toolChangeToWarnings(oldByName.get(change.name), newByName.get(change.name)!, context)),
  ];
  return {
    date: facts.date,
    ...(facts.serverVersion !== undefined ? { serverVersion: facts.serverVersion } : {}),
    ...(facts.packageVersion !== undefined ? { packageVersion: facts.packageVersion } : {}),
    added: drift.added,
    removed: drift.removed,
    changed,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
