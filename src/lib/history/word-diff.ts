import { diffWords } from 'diff';

/** One run of a word-level diff: text both versions share, text only the old one had, or only the new one, or shared text left out. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added' | 'gap';
  text: string;
}

/** Shared text longer than this is shortened to its edges around a gap: the reader came for the change. */
const SAME_CHARACTERS = 200;
/** Characters of shared text kept on each side of a gap. */
const CONTEXT_CHARACTERS = 60;
/** Past this many edits the two texts are treated as rewritten: shown as one removal and one addition. */
const MAX_EDITS = 1_000;

/**
 * A word-level diff of two texts (jsdiff's `diffWords`: words and punctuation are tokens, spacing
 * is kept). Long shared stretches are cut to a few words around a `gap`. The parts are plain text:
 * a page prints them escaped, inside `<del>` and `<ins>`.
 * @see https://github.com/kpdecker/jsdiff#api
 */
export function textsToWordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return shortenSame([{ op: 'same', text: after }]);
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  const parts: DiffPart[] = changes
    ? changes.map((change) => ({ op: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }))
    : [{ op: 'removed', text: before }, { op: 'added', text: after }];
  return shortenSame(parts.filter((part) => part.text.length > 0));
}

function shortenSame(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((part, index) => {
    if (part.op !== 'same' || part.text.length <= SAME_CHARACTERS) return void out.push(part);
    const isFirst = index === 0;
    const isLast = index === parts.length - 1;
    if (!isFirst) out.push({ op: 'same', text: headOf(part.text) });
    out.push({ op: 'gap', text: '…' });
    if (!isLast) out.push({ op: 'same', text: tailOf(part.text) });
  });
  return out;
}

/** The first ~60 characters, ended at a space when one is near. */
function headOf(text: string): string {
  const cut = text.lastIndexOf(' ', CONTEXT_CHARACTERS);
  return text.slice(0, cut > CONTEXT_CHARACTERS / 2 ? cut + 1 : safeEnd(text, CONTEXT_CHARACTERS));
}

/** The last ~60 characters, started after a space when one is near. */
function tailOf(text: string): string {
  const from = text.length - CONTEXT_CHARACTERS;
  const space = text.indexOf(' ', from);
  const start = space >= 0 && space < from + CONTEXT_CHARACTERS / 2 ? space : safeEnd(text, from);
  return text.slice(start);
}

// Never cut between the two halves of a surrogate pair (an emoji would turn into a lone surrogate).
function safeEnd(text: string, index: number): number {
  return /[\udc00-\udfff]/.test(text[index] ?? '') ? index + 1 : index;
}
