import type { Tool } from '../schemas/tool.ts';
import { LEVEL, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// Arguments that hand the call the values it works on: `date`, `text`, `input`, `expression`, `value1`.
const VALUE_ARGUMENTS = new Set(['text', 'input', 'date', 'dates', 'value', 'values', 'string', 'strings', 'expression', 'expr', 'number', 'numbers', 'json', 'pattern']);
// Arguments that name something stored elsewhere, which an action could change: `memberId`, `path`, `repo`.
const STORED_THING_ARGUMENTS = new Set([
  'id', 'ids', 'uuid', 'key', 'keys', 'slug', 'path', 'paths', 'file', 'files', 'filename', 'url', 'uri', 'name', 'ref', 'handle',
  'target', 'repo', 'repository', 'project', 'table', 'collection', 'database', 'db', 'document', 'page', 'channel', 'user',
  'email', 'account', 'session', 'device', 'dir', 'directory', 'folder', 'index', 'namespace', 'workspace', 'record', 'item',
]);

/** The argument's last word without a trailing number (`date2` → `date`). */
function argumentHead(name: string): string {
  return (nameToWords(name).at(-1) ?? '').replace(/\d+$/, '');
}

/**
 * `date(action: diff | add, date, date2)`, `regex(action: test | replace, pattern, text)`: when the call is
 * handed the values it works on and names nothing stored, an action that adds or replaces acts on those values
 * and returns the result; it changes nothing outside the call (the rubric's "only observe or compute": Read).
 * The reading still rests on one word of a list, so the signal keeps its `actionValue` mark (not sure).
 */
export function weighComputedActions(tool: Tool, signals: Signal[]): Signal[] {
  if (!signals.some((s) => s.actionValue && (s.category === 'Write' || s.category === 'Destructive'))) return signals;
  const heads = Object.keys(tool.inputSchema.properties ?? {}).map(argumentHead);
  const values = heads.filter((head) => VALUE_ARGUMENTS.has(head));
  if (values.length === 0 || heads.some((head) => STORED_THING_ARGUMENTS.has(head))) return signals;
  return signals.map((s) => (s.actionValue && (s.category === 'Write' || s.category === 'Destructive')
    ? { ...s, category: 'Read', text: `${s.text}, done to the values the call is handed (\`${values[0]}\`): computes` }
    : s));
}
