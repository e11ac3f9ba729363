/**
 * "Clean HTML of scripts and styles", "Clean text for AI input": cleaning a text the call is handed
 * computes a tidier copy and changes nothing stored (the rubric's Read), unlike cleaning jobs out of a
 * queue or old files out of a folder, which loses them (Destructive, the verb's own category).
 */

const TEXTS = new Set(['html', 'text', 'texts', 'markdown', 'string', 'strings', 'input', 'content', 'transcript', 'json', 'csv', 'url', 'urls', 'prompt']);

/** The reading of `clean` done to a text the call is handed (Read), or undefined. `objects` are the words after the verb. */
export function cleanedTextReading(verb: string, objects: readonly string[]): { category: 'Read'; object: string; why: string } | undefined {
  if (verb !== 'clean') return undefined;
  const text = objects.slice(0, 3).find((w) => TEXTS.has(w));
  return text ? { category: 'Read', object: text, why: 'computes a cleaned copy' } : undefined;
}
