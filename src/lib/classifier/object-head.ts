import { inflectionToVerb } from './lexicon.ts';

// Words that may stand between a verb and its object, or join two verbs: "Writes or modifies a file".
const BEFORE_OBJECT = new Set(['or', 'and', 'a', 'an', 'the', '/', '&']);
// "… (provides emoji guidelines)", "… returns the result": verbs that only hand something back.
const RETURNING = new Set(['provides', 'returns', 'gives', 'offers', 'includes']);

/**
 * The last word of a verb's object, before a second predicate starts: "Writes or modifies a file
 * (provides emoji guidelines)" → `file`, not `guidelines`. A third-person verb after the object
 * ("provides", "returns", "shows") starts another predicate; one before any object word ("or
 * modifies") is listed with the verb.
 */
export function objectHead(objects: readonly string[]): string | undefined {
  let sawObject = false;
  for (let i = 0; i < objects.length; i += 1) {
    const word = objects[i]!;
    const predicate = RETURNING.has(word) || inflectionToVerb(word)?.form === 'third';
    if (predicate && sawObject) return objects[i - 1];
    if (!predicate && !BEFORE_OBJECT.has(word)) sawObject = true;
  }
  return objects.at(-1);
}
