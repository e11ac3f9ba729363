/**
 * "Refresh a Power BI dataset", "Refresh the materialized view": refreshing stored derived data recomputes
 * and stores it again (Write); refreshing a list, a status or the page shown re-reads it (Read, or a page
 * driven in a session), and refreshing its own token is the tool's session (collocations.ts).
 */

const RECOMPUTED_DATA = new Set(['dataset', 'datasets', 'view', 'views', 'extract', 'extracts', 'index', 'indexes', 'indices', 'cube', 'cubes', 'materialized']);

/** The reading of `refresh` on stored derived data (Write), or undefined. `objects` are the words after the verb. */
export function refreshedDataReading(verb: string, objects: readonly string[], session: boolean): { category: 'Write'; object: string; why: string } | undefined {
  if (verb !== 'refresh' || session) return undefined;
  const data = objects.slice(0, 4).find((w) => RECOMPUTED_DATA.has(w));
  return data ? { category: 'Write', object: data, why: 'recomputes and stores it' } : undefined;
}
