import type { Tool } from '../schemas/tool.ts';
import { inflectionToVerb } from './lexicon.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// After an imperative, what starts its object: "Confirm an invited member", "Group multiple elements".
const OBJECT_STARTERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'your', 'its', 'their', 'all', 'any', 'each', 'every', 'some', 'multiple', 'several', 'one', 'two', 'selected', 'specified', 'given', 'existing', 'pending', 'invited']);
// "Re-invite a member": the opening word with its hyphens, then the next word.
const OPENING = /^\W*([A-Za-z]+(?:-[A-Za-z]+)*)\s+([A-Za-z]+)/;

/**
 * `confirm(organizationId, memberId)` "Confirm an invited organization member…", `group_elements(elementIds)`
 * "Group multiple elements together": a word the rules do not know as a verb, that the name carries and the
 * description opens with as an imperative before its object, is something done to the records the arguments
 * identify. Nothing says the call only observes (the rubric's Read), and acting on a stored record changes it:
 * Write, weakly (an aside), so the verdict needs review. Called only when nothing else in the definition speaks
 * ("Split an existing transaction", "Redeliver an organization webhook delivery"). When the same first sentence says the
 * call returns a result and no argument names a stored record ("Process an image and return its dominant colors"), the
 * unknown verb computes from what it is given: Read, as weakly.
 */
export function unknownActionSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  const match = OPENING.exec(tool.description ?? '');
  if (!match) return undefined;
  const word = match[1]!.toLowerCase().replace(/-/g, '');
  if (!nameWords.includes(word) || inflectionToVerb(word)) return undefined;
  // "Process an image and return its dominant colors": the call hands back what it computed from what it was given.
  if (returnsWhatItComputed(tool)) return signal('Read', LEVEL.aside, 'description', `name and description open with \`${word}\`, and the call returns what it computed from its input (the rules do not know the verb)`);
  if (!OBJECT_STARTERS.has(match[2]!.toLowerCase())) return undefined;
  return signal('Write', LEVEL.aside, 'description', `name and description open with \`${word}\`, done to the record its arguments identify (a change; the rules do not know the verb)`);
}

// "… and return the extracted entities", "…, returning its text": the first sentence's second predicate hands a result back.
const AND_RETURNS = /^[^.;!?\n]*?(?:\band\s+returns?\b|,\s*returning\b)/i;
// `id`, `contactId`, `record_ids`: an argument that names a stored record, which an unknown verb may change.
const NAMES_A_RECORD = /(?:^|_|[a-z])(?:id|ids|Id|Ids|ID|IDs)$/;

/** True when the first sentence says the call returns a result and no argument names a stored record for it to change. */
function returnsWhatItComputed(tool: Tool): boolean {
  if (!AND_RETURNS.test(tool.description ?? '')) return false;
  return !Object.keys(tool.inputSchema.properties ?? {}).some((name) => NAMES_A_RECORD.test(name));
}
