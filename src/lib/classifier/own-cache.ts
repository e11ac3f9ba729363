import type { Tool } from '../schemas/tool.ts';
import { DERIVED_DATA } from './collocations.ts';
import type { Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// Arguments that only choose which of the tool's caches, or confirm: `cache_type`, `scope`, `force`.
const CACHE_CHOICE_WORDS = new Set(['cache', 'caches', 'type', 'types', 'kind', 'scope', 'all', 'confirm', 'force']);

/**
 * "Clear CCXT cache", "Clear snapshot cache" with no argument, or only one that picks which cache: no
 * argument says whose cache it is (a website's, a workspace's), so it is the tool's own, like its own
 * captured buffer: clearing it only manages the tool's own session (the rubric's Other). A cache named
 * by a site, domain or workspace argument is a managed resource's, and clearing it still writes.
 */
export function weighOwnCaches(tool: Tool, signals: Signal[]): Signal[] {
  const derived = `(${DERIVED_DATA})`;
  if (!signals.some((s) => s.category === 'Write' && s.text.includes(derived))) return signals;
  const owns = Object.keys(tool.inputSchema.properties ?? {}).every((name) => nameToWords(name).every((w) => CACHE_CHOICE_WORDS.has(w)));
  if (!owns) return signals;
  return signals.map((s) => (s.category === 'Write' && s.text.includes(derived) ? { ...s, category: 'Other', text: s.text.replace(derived, `(${DERIVED_DATA}; no argument says whose: the tool's own)`) } : s));
}
