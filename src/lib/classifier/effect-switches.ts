import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

/**
 * `get_messages(markAsRead)`, `lookup_user(createIfMissing)`, `fetch_page(persistToLibrary)`: a boolean that asks a read
 * to mark, store, create or subscribe as well names a change the call makes when it is set; the rubric's category is the
 * worst thing a call can do, so the call is at least a Write (its name says which: `mark_read`, `create_if_not_exists`,
 * `persist`). Like the dry-run switch, its Write only lifts a read: it weighs as much as the heaviest Read signal,
 * so the tie goes to the change, while a verb that runs, deletes or pays still decides. Not `include_*`, `return_*`,
 * `show_*` or other switches of what comes back.
 */

// First words of a boolean that asks for a change: `mark_as_read`, `persist_results`, `subscribe` (not `storeInCache`, its own cache, nor `savePng` beside a screenshot, a copy of what it returns).
const CHANGE_FIRST_WORDS = new Set(['mark', 'persist', 'subscribe', 'commit', 'acknowledge']);
// `create_if_missing`, `createIfNotExists`, `auto_create`, `upsert`: a record made when the lookup finds none.
const CREATES = new Set(['if', 'missing', 'absent', 'not']);

/** The name of the boolean argument that asks the call for a change as well, if it has one. */
function changeSwitchArgument(properties: Record<string, unknown> | undefined): string | undefined {
  for (const [name, raw] of Object.entries(properties ?? {})) {
    const property = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    if (property.type !== 'boolean') continue;
    const words = nameToWords(name);
    const [first = '', second = ''] = words;
    if (CHANGE_FIRST_WORDS.has(first) || (first === 'auto' && CHANGE_FIRST_WORDS.has(second))) return name;
    if ((first === 'create' && words.slice(1).some((w) => CREATES.has(w))) || (first === 'auto' && second === 'create') || name === 'upsert') return name;
  }
  return undefined;
}

/** Adds a Write as heavy as the heaviest Read signal when a boolean asks the call to change something as well. */
export function weighChangeSwitches(tool: Tool, signals: Signal[]): Signal[] {
  const argument = changeSwitchArgument(tool.inputSchema.properties);
  if (argument === undefined) return signals;
  const reads = Math.max(0, ...signals.filter((s) => s.category === 'Read').map((s) => s.level));
  if (reads === 0 || signals.some((s) => s.category === 'Write' && s.level >= reads)) return signals;
  return [...signals, { ...signal('Write', reads, 'schema', `argument \`${argument}\` (boolean) asks the call to change something as well`), floor: true }];
}
