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

// After the operand: nothing, another operand word, or a word that joins or ends the operands ("two numbers together").
const AFTER_OPERAND = new Set(['and', 'or', 'together', 'from', 'by', 'with', 'of', 'to']);

/**
 * The word of `objects` in `operands` that is itself the object, not a qualifier of the noun after it:
 * "Add two numbers" → `numbers`; "Add a number counter widget to a page" → none (it adds a widget).
 */
export function numberOperand(objects: readonly string[], operands: ReadonlySet<string>): string | undefined {
  const at = objects.findIndex((w, i) => operands.has(w) && (i === objects.length - 1 || operands.has(objects[i + 1]!) || AFTER_OPERAND.has(objects[i + 1]!)));
  return at < 0 ? undefined : objects[at];
}

// "documents matching a filter", "rows that hold the given values": a clause that qualifies the object.
const CLAUSE_OPENERS = new Set(['matching', 'that', 'which', 'where', 'whose', 'containing', 'satisfying']);

/** The words of a verb's object before a clause that qualifies it: "documents matching a filter" → `documents`. */
export function objectsBeforeClause(objects: readonly string[]): readonly string[] {
  const at = objects.findIndex((w) => CLAUSE_OPENERS.has(w));
  return at < 0 ? objects : objects.slice(0, at);
}
