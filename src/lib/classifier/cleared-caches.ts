import { IN_MEMORY } from './object-window.ts';

/**
 * "Clear the CCXT cache", "Invalidate cached results": derived data the tool rebuilds on demand, so
 * nothing is lost (Write, and it outranks a name that says clear). Not when data is cleared with it:
 * "Reset the application state (clear data/cache)" loses the app's data (the rubric's Destructive).
 */

const CACHE_CLEARING_VERBS = new Set(['clear', 'reset', 'invalidate', 'refresh', 'drop', 'purge', 'flush', 'evict', 'delete', 'remove', 'wipe']);
const CACHES = new Set(['cache', 'caches', 'cached']);
// "Clears in-memory state": the state a running process holds is rebuilt when it starts again (not "in-memory chat history").
const VOLATILE = new Set(['state', 'states', 'cache', 'caches', 'buffer', 'buffers', 'counters']);
// Kept data named beside the cache, in the same object ("data/cache", "data and cache", "storage, cookies and cache").
const DATA_BESIDE_CACHE = new Set(['data', 'storage', 'database', 'databases', 'files', 'cookies', 'history', 'records']);
const JOINERS = new Set(['and', 'or', '&', '/', 'plus']);
const JOINED_REACH = 3;

/** The cache word `verb` clears when only derived data is cleared, else undefined. `objects` are the words after the verb. */
export function clearedCache(verb: string, objects: readonly string[]): string | undefined {
  if (!CACHE_CLEARING_VERBS.has(verb)) return undefined;
  const volatile = objects.indexOf(IN_MEMORY);
  if (volatile >= 0 && VOLATILE.has(objects[volatile + 1] ?? '')) return IN_MEMORY;
  const at = objects.findIndex((w) => CACHES.has(w));
  if (at < 0 || objects.slice(0, at).some((w) => DATA_BESIDE_CACHE.has(w))) return undefined;
  // "Clear the cache and the stored data": a second object joined to the cache.
  const joined = JOINERS.has(objects[at + 1] ?? '') && objects.slice(at + 2, at + 2 + JOINED_REACH).some((w) => DATA_BESIDE_CACHE.has(w));
  return joined ? undefined : objects[at];
}
