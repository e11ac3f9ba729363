/**
 * Splitting names and text into lower-case words, so that `deleteUser`, `delete_user`,
 * `delete-user`, `github.delete_user` and `DELETE_USER` all yield `delete`, `user`.
 */

/** Words of a tool or property name: snake, kebab, camel, dotted and slashed forms. */
export function nameToWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** A sentence of a description, with its words in order (identifiers such as `list_files` kept whole). */
export interface Sentence {
  text: string;
  words: string[];
}

const MAX_DESCRIPTION_CHARS = 4000;

/**
 * Splits a description into sentences of lower-case words. Code spans and identifiers that name
 * other tools (`delete_file`, `getUser`) become a single placeholder word, so that a sentence
 * such as "use delete_file to remove it" does not read as this tool deleting anything.
 */
export function textToSentences(text: string): Sentence[] {
  const bounded = text.length > MAX_DESCRIPTION_CHARS ? text.slice(0, MAX_DESCRIPTION_CHARS) : text;
  const cleaned = bounded
    .replace(/`[^`\n]{0,200}`/g, ' ⟨code⟩ ')
    .replace(/\b[A-Za-z]+(?:[_.][A-Za-z0-9]+)+\b/g, ' ⟨id⟩ ')
    .replace(/\b[a-z]+[A-Z][A-Za-z]+\b/g, ' ⟨id⟩ ');
  return cleaned
    .split(/(?<=[.!?;:])\s+|\n+|\s-\s|•/)
    .map((sentence) => ({
      text: sentence.trim(),
      words: sentence.toLowerCase().replace(/[’']/g, "'").split(/[^a-z0-9'⟨⟩]+/).filter((w) => w.length > 0),
    }))
    .filter((sentence) => sentence.words.length > 0);
}
