import type { Tool } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import { LEVEL, type Signal } from './signal.ts';

/** What `readOnlyHint: true` outweighed: the category the verbs said and the signals that said it. */
export interface OverruledByHint {
  category: Category;
  signals: Signal[];
}

/**
 * `readOnlyHint: true` is the server's own claim: weak evidence, but not nothing. Weighed together
 * with the rest, it outweighs Write or Execute evidence that rests on one plain verb in one place
 * (the name's, or the lead sentence's: "Create a buffer zone around a point" on a tool that computes
 * offline), never a verb that name and description agree on, an Execute lead sentence, a code or
 * action argument, or anything that deletes or pays. The verdict is then Read, with the
 * contradiction shown. Returns undefined when the hint does not decide.
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools
 */
export function overruledByReadOnlyHint(tool: Tool, signals: readonly Signal[], category: Category): OverruledByHint | undefined {
  if (tool.annotations?.readOnlyHint !== true || tool.annotations.destructiveHint === true) return undefined;
  if (category !== 'Write' && category !== 'Execute') return undefined;
  const claiming = signals.filter((s) => s.category === 'Write' || s.category === 'Execute');
  if (claiming.some((s) => s.level > LEVEL.name || s.source === 'schema' || s.source === 'annotation')) return undefined;
  const sources = new Set(claiming.filter((s) => s.level >= LEVEL.name).map((s) => s.source));
  if (sources.size > 1) return undefined;
  return { category, signals: claiming };
}
