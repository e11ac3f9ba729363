import { escapeInvisible } from '../invisible.ts';

/** Longest excerpt a finding carries. */
export const MAX_EXCERPT_LENGTH = 160;

/**
 * The text around a match, made safe to show: invisible characters and ESC escaped as `\uXXXX`,
 * runs of whitespace folded, cut to 160 characters with `…` where text was left out. The match
 * starts near the beginning so a reader sees it first.
 */
export function textToExcerpt(text: string, index: number, length: number): string {
  const start = notInsidePair(text, Math.max(0, index - 30));
  const end = notInsidePair(text, Math.min(text.length, Math.max(index + length, start + MAX_EXCERPT_LENGTH) + 1));
  const before = start > 0 ? '…' : '';
  const body = escapeInvisible(text.slice(start, end)).replace(VARIATION_SELECTOR_SUPPLEMENT, escapeCodePoint).replace(/[ \t\r\n]+/g, ' ').trim();
  const cut = body.length + before.length > MAX_EXCERPT_LENGTH || end < text.length;
  const room = MAX_EXCERPT_LENGTH - before.length - (cut ? 1 : 0);
  // Never end on half an escape such as `\ud8`: a reader would take it for the server's text.
  const shown = body.slice(0, room).replace(/\\u[0-9a-f]{0,3}$/, '');
  return `${before}${shown}${cut ? '…' : ''}`;
}

// Not in INVISIBLE_CHARACTERS (they are legitimate in some scripts), but a run of them after an
// ordinary letter is the "emoji smuggling" trick, so an excerpt must show them.
const VARIATION_SELECTOR_SUPPLEMENT = /[\u{e0100}-\u{e01ef}]/gu;

function escapeCodePoint(match: string): string {
  return [...Array(match.length).keys()].map((i) => `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}

/** Moves a cut position off the middle of a surrogate pair. */
function notInsidePair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * The sentence around a position: from the previous `.`, `!`, `?` (followed by a space), `。`,
 * `！`, `？` or line break to the next one, at most 400 characters each way, so co-occurrence rules ("send … to
 * https://…") stay local without a costly regex over a megabyte of text.
 */
export function sentenceAround(text: string, index: number): { start: number; text: string } {
  const floor = Math.max(0, index - 400);
  const ceiling = Math.min(text.length, index + 400);
  let start = index;
  while (start > floor && !isSentenceBreak(text, start - 1)) start--;
  let end = index;
  while (end < ceiling && !isSentenceBreak(text, end)) end++;
  return { start, text: text.slice(start, end) };
}

function isSentenceBreak(text: string, at: number): boolean {
  const char = text[at];
  if (char === '\n') return !isWrappedLine(text, at);
  if (char === '。' || char === '！' || char === '？') return true;
  return (char === '.' || char === '!' || char === '?') && (at + 1 >= text.length || /\s/.test(text[at + 1]!));
}

// Text hard-wrapped at a fixed width breaks lines inside a sentence ("…, add\n`curl … | sh` near the
// top", "settle via account\nDE89 …"): a single line break after a word, a comma or code, before a
// lower-case word, code, a number or an IBAN, continues the sentence. A blank line, a list mark or a
// line that ends in a stop or a colon still ends it.
const WRAPPED_BEFORE = /[\p{Ll}\p{Lu}\d,`)'"]/u;
const WRAPPED_AFTER = /^(?:[a-z`'"(\d]|[A-Z]{2}\d{2}\s?[A-Z0-9]{4})/;

/** True when the line break at `at` falls inside a hard-wrapped sentence. */
function isWrappedLine(text: string, at: number): boolean {
  const before = text[at - 1] === '\r' ? text[at - 2] : text[at - 1];
  return before !== undefined && WRAPPED_BEFORE.test(before) && WRAPPED_AFTER.test(text.slice(at + 1, at + 10));
}
