import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// `dryRun`, `dry_run`, `simulate`, `validate_only`, `what_if`: a switch that asks for a rehearsal instead of the call's effect.
const DRY_RUN_ARGUMENTS = new Set(['dry_run', 'dryrun', 'simulate', 'validate_only', 'what_if', 'whatif']);

/** The tool's boolean argument that makes a call a rehearsal, if it has one. */
function dryRunArgument(tool: Tool): string | undefined {
  for (const [name, raw] of Object.entries(tool.inputSchema.properties ?? {})) {
    const property = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    if (property.type === 'boolean' && DRY_RUN_ARGUMENTS.has(nameToWords(name).join('_'))) return name;
  }
  return undefined;
}

/**
 * A tool that offers a dry run changes something when it is not asked for one: the rubric's
 * category is the worst thing a call can do, so the call's default effect is at least a Write.
 * Its read-only claims ("Use dryRun: true to preview without making changes") describe the
 * rehearsal, not the call: they are weighed as a statement about one option, no longer as a claim
 * that settles the category. The dry run's Write weighs like a name's verb, so that a tie with
 * a read-looking name or lead sentence goes to the change (the rubric's order), while a name or
 * description that says the call runs, deletes or pays still decides.
 */
export function weighDryRun(tool: Tool, signals: Signal[]): Signal[] {
  const argument = dryRunArgument(tool);
  if (argument === undefined) return signals;
  return [
    ...signals.map((s) => (s.readOnlyClaim ? { category: s.category, level: LEVEL.statement, source: s.source, text: `${s.text} (of the dry run)` } : s)),
    { ...signal('Write', LEVEL.name, 'schema', `argument \`${argument}\` (boolean) offers a dry run: without it the call changes something`), floor: true },
  ];
}
