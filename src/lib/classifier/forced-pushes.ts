import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// `git_push(force: boolean)`, `push(forceWithLease)`: the switch that makes a push replace the remote's history.
const FORCE_SWITCH_WORDS = new Set(['force', 'forced']);
// "Force push the branch", "force-pushes over the remote", "git push --force": the rubric's own example of loss.
const FORCE_PUSH = /\bforce[- ]?push(?:es|ed|ing)?\b|\bpush(?:es|ed|ing)?\b[^.;:]{0,40}--force\b/i;
// "Never force-pushes", "without force push", "does not force push": denied.
const DENIED = /\b(?:never|not|no|without|cannot|can't|won't|doesn't)\b[^.;:]{0,20}$/i;

/**
 * A push that can be forced overwrites the remote branch's history, which no later call restores: the
 * rubric lists force-push under Destructive. Either the description says the call force-pushes, or a tool
 * whose name pushes takes a boolean switch named force (`git_push(force)`): the worst thing the call can do.
 * Weighs like a boolean that drops data (8).
 */
export function forcedPushSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  const description = tool.description ?? '';
  const said = FORCE_PUSH.exec(description);
  if (said && !DENIED.test(description.slice(0, said.index))) return signal('Destructive', LEVEL.lead, 'description', `description says “${said[0]}” (overwrites the remote's history)`);
  if (nameWords.some((w, i) => w === 'force' && nameWords[i + 1] === 'push')) return signal('Destructive', LEVEL.nameIrreversible, 'name', 'name `force` + `push` (overwrites the remote\'s history)');
  if (!nameWords.includes('push')) return undefined;
  const properties = Object.entries(tool.inputSchema.properties ?? {}) as [string, { type?: unknown }][];
  const force = properties.find(([name, property]) => property?.type === 'boolean' && FORCE_SWITCH_WORDS.has(nameToWords(name)[0] ?? ''));
  return force ? signal('Destructive', LEVEL.lead, 'schema', `argument \`${force[0]}\` (boolean) can force the push (overwrites the remote's history)`) : undefined;
}
