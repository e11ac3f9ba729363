import { CLAUSE_TOPICS, IMPERSONAL_OBLIGATION, MODEL_AS_SUBJECT, MODEL_LABEL } from './clause-words.ts';
import { ADDRESSES_MODEL, startsImperative } from './mood.ts';
import { foreignness } from './phrase-matches.ts';
import type { TextRole } from './text-hits.ts';

/**
 * What the weighed-sentence net (weighed-sentence-rules.ts) reads in one sentence: its words and
 * word pairs in any language (Chinese and Japanese as character pairs), the structure the rules
 * read (who is addressed, an imperative or an obligation, the model as subject, the topics of
 * clause-words.ts) and the field it sits in. Features are names, not positions, so the same code
 * serves training (scripts/train-audit-weights.ts) and the audit. Linear in the sentence.
 */

/** One sentence of a field, and where it starts in the field's text. */
export interface FieldSentence {
  text: string;
  index: number;
}

/** Longer sentences are read in windows of this many characters: a wall of text is many sentences. */
export const SENTENCE_WINDOW = 400;
/** A field's first this many characters are read: the long-text rule speaks for the rest. */
export const FIELD_READ_LIMIT = 20_000;

// A sentence of fewer than four words ("Project ID", "orderHint") is a label, not a request: the rules read those.
// CJK text has no spaces: two characters of it count.
const WORDS_ENOUGH = /(?:\p{L}+[^\p{L}]+){3}\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;
const SENTENCE_END = /[.!?。！？]+(?=\s|$)|[。！？]|\n+/g;

/** The sentences of a field's text, each at most SENTENCE_WINDOW characters. */
export function textToSentences(text: string): FieldSentence[] {
  const read = text.length > FIELD_READ_LIMIT ? text.slice(0, FIELD_READ_LIMIT) : text;
  const sentences: FieldSentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    for (let from = start; from < end; from += SENTENCE_WINDOW) {
      const piece = read.slice(from, Math.min(end, from + SENTENCE_WINDOW));
      if (WORDS_ENOUGH.test(piece)) sentences.push({ text: piece, index: from });
    }
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(read); match; match = SENTENCE_END.exec(read)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(read.length);
  return sentences;
}

// URLs (templated ones apart), e-mail addresses, {placeholders}, runs of CJK characters, words; numbers are
// read past (examples are full of them, whatever a text asks).
const TOKEN = /https?:\/\/[^\s"'<>)\]]{1,300}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\{\{?[^{}\s]{1,40}\}\}?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,200}|\p{L}[\p{L}\p{M}\p{N}'’_-]{0,60}|\d{1,30}|[|`$<>]/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ENGLISH_SUFFIX = /(?:ing|ed|es|s|ly)$/;

/** A word as a feature: lower case, a few English endings cut, so "forwards", "forwarded" and "forwarding" meet. */
function wordOf(token: string): string {
  const lower = token.toLowerCase().replace(/['’]s$/, '');
  return lower.length > 5 && /^[a-z_-]+$/.test(lower) ? lower.replace(ENGLISH_SUFFIX, '') : lower;
}

function tokensOf(sentence: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const token = match[0];
    if (token.startsWith('http')) tokens.push(/[{}]|%7B/i.test(token) || /[?&][\w-]+=$|=\{/.test(token) ? '<url-template>' : '<url>');
    else if (token.includes('@') && /\.\w/.test(token)) tokens.push('<email>');
    else if (token.startsWith('{')) tokens.push('<placeholder>');
    else if (/^\d/.test(token)) continue;
    else if (CJK.test(token)) {
      const chars = [...token];
      if (chars.length === 1) tokens.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    } else tokens.push(wordOf(token));
  }
  return tokens;
}

// English function words say how a text is written, not what it asks: alone they are no feature
// (learned, they would tell the corpus's style from real servers'), in a pair ("the user") they are.
const FUNCTION_WORDS = new Set(`a an the and or but nor so yet of to in on at by for with from into onto as than then that this these those
it its it's is are was were be been being am do does did done has have had having can could may might must shall should will would
not no if when while where which who whom whose what how why there here also just only very more most such each every any all some
one two both either neither other another same own too again further once about above below over under up down out off through
during before after until against between among per via i me my we us our he him his she her they them their`.split(/\s+/));

const OTHER_SCRIPT = /[\u0370-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The feature names of one sentence in a field of the given role, without repeats. */
export function sentenceToFeatures(sentence: string, role: TextRole): string[] {
  const features = new Set<string>();
  // Descriptions are where text belongs; a sentence anywhere else is a sign of its own.
  if (role !== 'text') features.add(`r:${role}`);
  const tokens = tokensOf(sentence);
  for (let i = 0; i < tokens.length; i++) {
    if (!FUNCTION_WORDS.has(tokens[i]!)) features.add(`w:${tokens[i]}`);
    if (i + 1 < tokens.length) features.add(`b:${tokens[i]} ${tokens[i + 1]}`);
  }
  if (role !== 'text' && tokens.length >= 6) features.add(`s:sentence-in-${role}`);
  const structure: string[] = [];
  if (ADDRESSES_MODEL.test(sentence)) structure.push('addresses-model');
  if (MODEL_AS_SUBJECT.test(sentence)) structure.push('model-subject');
  if (MODEL_LABEL.test(sentence)) structure.push('model-label');
  if (IMPERSONAL_OBLIGATION.test(sentence)) structure.push('obligation');
  if (/^[\x00-\x7f]*$/.test(sentence.slice(0, 80)) && startsImperative(sentence)) structure.push('imperative');
  // English grammar cannot be read in another language: the words and pairs speak for it.
  if (OTHER_SCRIPT.test(sentence) || foreignness(sentence) !== 'none') structure.push('other-language');
  for (const name of structure) features.add(`s:${name}`);
  for (const { topic, pattern } of CLAUSE_TOPICS) {
    if (!pattern.test(sentence)) continue;
    features.add(`t:${topic}`);
    for (const name of structure) features.add(`s:${name}&t:${topic}`);
  }
  return [...features];
}

// Topics that say the sentence is about the model's conduct rather than the tool's data.
const STEERING_TOPICS = new Set(['instructions', 'authority', 'context', 'secrets', 'personal', 'other-tools', 'over-the-user', 'confirmation', 'claimed-approval',
  'secrecy', 'written-output', 'remote-code', 'session', 'deceive-user', 'unasked', 'conduct', 'persistence', 'extra-copy', 'remote-rules', 'brute-force', 'mode',
  'outside-text', 'memory', 'image-slot']);

/**
 * True when a sentence shows one of the signs the issue names besides its words: it addresses the
 * model, tells someone to act, is a sentence where a value belongs, is in another language, or is about the
 * model's conduct, instructions, the user's data or other tools. Words alone ("Returns a call log")
 * are never enough for the net to speak.
 */
export function hasSteeringSign(features: readonly string[]): boolean {
  return features.some((f) => f.startsWith('s:') || (f.startsWith('t:') && STEERING_TOPICS.has(f.slice(2))));
}
