import { trimBlankEdges } from './display-text.ts';
import { escapeInvisible } from './invisible.ts';
import { isAside, statesAction, stripOpeningLabels } from './summary-openings.ts';

/** Longest summary a tool table shows, in characters: about one line of a 72rem column. */
export const SUMMARY_MAX_CHARACTERS = 160;

/** Words whose trailing period does not end a sentence ("e.g. a file", "vs. b", "approx. 5"). */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'esp', 'cf', 'resp', 'mr', 'mrs', 'ms', 'dr', 'inc', 'ltd', 'corp', 'fig', 'ca']);

/** How far into a description the summary looks for the sentence that says what the tool does. */
const SEARCHED_BLOCKS = 6;
const SEARCHED_SENTENCES = 12;

/** Options of {@link descriptionToSummary}. */
export interface SummaryOptions {
  /** Boilerplate every tool of the server opens with (`descriptionsToSharedOpening`), dropped from the front. */
  sharedOpening?: string;
}

/**
 * A tool's one-line summary for a table: the first sentence of its description that says what the
 * tool does, as plain text. A description opening with advice, a condition, a note to the model or a
 * bare hint ("When you receive a dispute, …", "IMPORTANT: call list_x first", "Read-only.") is
 * summarised by its first later sentence that states an action, when one follows; else by its first
 * sentence. Tags and labels in front ("[Code Management] ", "Purpose: ") and the server's shared
 * opening are dropped; a "Purpose:" section is read first. Markdown emphasis, code marks, links and
 * heading marks are dropped; a hard-wrapped line is joined to the next; a line that starts a new
 * block (a list item, "Args:", a capital) ends a sentence. Invisible characters are made visible
 * (`\u200b`), as everywhere tool text is printed. Cut at `maxCharacters` on a word boundary with "…".
 * Never empty when the description has text. The result is text: the page still escapes it.
 */
export function descriptionToSummary(description: string, maxCharacters = SUMMARY_MAX_CHARACTERS, options: SummaryOptions = {}): string {
  const visible = escapeInvisible(withoutOpening(trimBlankEdges(description), options.sharedOpening ?? ''));
  const blocks = textToBlocks(visible).map((block) => markdownToPlain(block).replace(/[ \t\r\n]+/g, ' ').trim()).filter((block) => block !== '');
  const sentences = summarySentences(blocks);
  const first = sentences[0] ?? '';
  const chosen = isAside(first) ? (sentences.slice(1).find((s) => !isAside(s) && statesAction(s)) ?? first) : first;
  return cutAtWord(chosen, maxCharacters);
}

/** The candidate sentences, labels stripped: from a "Purpose:" section when the first blocks have one, else from the first block that is no label. */
function summarySentences(blocks: readonly string[]): string[] {
  const head = blocks.slice(0, SEARCHED_BLOCKS);
  const purpose = head.findIndex((block) => isLabel(block) && /^\W*(?:purpose|description|summary|overview|what (?:it|this tool) does)\s*:$/iu.test(block));
  // "🎯 Purpose:" or "Description:" alone is a label: the summary is what it introduces.
  const start = purpose >= 0 && purpose + 1 < head.length ? purpose + 1 : 0;
  const searched = head.slice(start).filter((block) => !isLabel(block));
  const candidates = searched.length > 0 ? searched : [blocks.find((block) => !isLabel(block)) ?? blocks[0] ?? ''];
  return candidates
    .flatMap((block) => textToSentences(block))
    .slice(0, SEARCHED_SENTENCES)
    .map((sentence) => stripOpeningLabels(sentence).trim())
    .filter((sentence) => sentence !== '');
}

/** The description without the server's shared opening, when something is left after it. */
function withoutOpening(description: string, opening: string): string {
  if (opening === '' || !description.startsWith(opening)) return description;
  const rest = trimBlankEdges(description.slice(opening.length));
  return rest === '' ? description : rest;
}

/** Splits text into blocks at blank lines and at line breaks that start a new block rather than wrap a sentence. */
function textToBlocks(text: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const trimmed = line.trim();
    // A wrapped sentence continues in lower case; anything else (a capital, a list marker, a heading) starts a block.
    if (trimmed === '' || (current.length > 0 && !/^[a-z(]/.test(trimmed))) {
      if (current.length > 0) blocks.push(current);
      current = [];
    }
    if (trimmed !== '') current.push(trimmed);
  }
  if (current.length > 0) blocks.push(current);
  return blocks.map((lines) => lines.join(' '));
}

function isLabel(block: string): boolean {
  return block.endsWith(':') && [...block].length <= 40;
}

/** Drops the Markdown marks a summary would show literally: `**bold**`, `` `code` ``, `[text](url)`, leading `#`s and list markers. */
function markdownToPlain(text: string): string {
  return text
    .replace(/^(?:#{1,6}|[-*+]|\d+[.)])[ \t]+/, '')
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`+([^`]*)`+/g, '$1');
}

/** The text's sentences in order, each up to and including the full stop, question or exclamation mark that ends it. */
function textToSentences(text: string): string[] {
  const sentences: string[] = [];
  const end = /[.!?。！？](?=["'”’)\]]*(?:\s|$))/g;
  let start = 0;
  for (let match = end.exec(text); match && sentences.length < SEARCHED_SENTENCES; match = end.exec(text)) {
    // A word longer than this window is no abbreviation; the window keeps hostile text of many dots linear.
    const before = text.slice(Math.max(start, match.index - 40), match.index);
    const word = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && (ABBREVIATIONS.has(word.replace(/^[("'“‘]+/, '')) || /^[a-z]$/i.test(word))) continue;
    const closing = /^["'”’)\]]*/.exec(text.slice(match.index + 1))![0];
    sentences.push(text.slice(start, match.index + 1 + closing.length).trim());
    start = match.index + 1 + closing.length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '' && sentences.length < SEARCHED_SENTENCES) sentences.push(rest);
  return sentences;
}

function cutAtWord(text: string, maxCharacters: number): string {
  const characters = [...text];
  if (characters.length <= maxCharacters) return text;
  const head = characters.slice(0, maxCharacters - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > maxCharacters / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, '')}…`;
}
