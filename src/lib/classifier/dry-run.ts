import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// `dryRun`, `dry_run`, `simulate`, `validate_only`, `what_if`: a switch that asks for a rehearsal instead of the call's effect.
const DRY_RUN_ARGUMENTS = new Set(['dry_run', 'dryrun', 'simulate', 'validate_only', 'what_if', 'whatif']);
// `apply`, `commit`, `submit`, `run`, `write`, `save`: the opposite switch, which asks for the effect instead of a preview
// ("Read-only by default. Pass `run: true` to kick off a fresh check").
const EFFECT_ARGUMENTS = new Set(['apply', 'commit', 'submit', 'execute', 'run', 'write', 'save', 'persist', 'auto_apply', 'auto_commit']);

/**
 * The tool's boolean argument that switches between a rehearsal and the call's effect, if it has one:
 * a top-level argument, or one of an options object's fields (`options: { dry_run }`).
 */
function dryRunArgument(properties: Record<string, unknown> | undefined, depth = 0): string | undefined {
  for (const [name, raw] of Object.entries(properties ?? {})) {
    const property = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const snake = nameToWords(name).join('_');
    if (property.type === 'boolean' && (DRY_RUN_ARGUMENTS.has(snake) || EFFECT_ARGUMENTS.has(snake))) return name;
    const nested = depth === 0 && property.type === 'object' ? dryRunArgument(property.properties as Record<string, unknown> | undefined, 1) : undefined;
    if (nested) return `${name}.${nested}`;
  }
  return undefined;
}

/**
 * A tool that offers a dry run changes something when it is not asked for one, and one whose
 * `apply`/`submit`/`write` switch asks for the effect changes something when it is set: the rubric's
 * category is the worst thing a call can do, so the call is at least a Write.
 * Its read-only claims ("Use dryRun: true to preview without making changes") describe the
 * rehearsal, not the call: they are weighed as a statement about one option, no longer as a claim
 * that settles the category. The switch's Write only lifts a read: it weighs as much as the
 * heaviest Read signal, so that the tie goes to the change (the rubric's order), while whatever
 * else the definition says (runs, deletes, pays, manages its own session, types into a page) still
 * decides when nothing reads as heavily.
 */
export function weighDryRun(tool: Tool, signals: Signal[]): Signal[] {
  const argument = dryRunArgument(tool.inputSchema.properties);
  if (argument === undefined) return signals;
  const weighed = signals.map((s) => (s.readOnlyClaim ? { category: s.category, level: LEVEL.statement, source: s.source, text: `${s.text} (of the rehearsal)` } : s));
  const reads = Math.max(0, ...weighed.filter((s) => s.category === 'Read').map((s) => s.level));
  if (reads === 0) return weighed;
  return [...weighed, { ...signal('Write', reads, 'schema', `argument \`${argument}\` (boolean) switches between a rehearsal and the effect: the call can change something`), floor: true }];
}
