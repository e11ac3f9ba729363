import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// "Dry-run a deployment and report the changes", "Dry run the migration": a rehearsal as the sentence's verb.
const DRY_RUN_LEAD = /^\W*dry[- ]?run(?:s)?\s+(?:a|an|the|this|all|every|each|your|\w+ing)\b/i;

/**
 * `dry_run_deploy`, `dryRunMigration`, "Dry-run a deployment and report the changes": a tool whose name or first words
 * say it is a dry run rehearses the call it names and changes nothing (the rubric's Read: only observe or compute,
 * "preview"). Like a read-only claim it takes back the Write and Execute verbs it rehearses (`deploy`, `migrate`);
 * a switch that asks for the effect (`apply: true`) is weighed after it and still lifts it to a change.
 */
export function dryRunNameSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  const named = (nameWords[0] === 'dry' && nameWords[1] === 'run') || nameWords[0] === 'dryrun';
  if (!named && !DRY_RUN_LEAD.test(tool.description ?? '')) return undefined;
  return { ...signal('Read', LEVEL.decisive, named ? 'name' : 'description', named ? 'name says `dry run`: a rehearsal that changes nothing' : 'description opens with a dry run: a rehearsal that changes nothing'), readOnlyClaim: true };
}
