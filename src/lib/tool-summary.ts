import { trimBlankEdges } from './display-text.ts';
import { escapeInvisible } from './invisible.ts';

/** Longest summary a tool table shows, in characters: about one line of a 72rem column. */
export const SUMMARY_MAX_CHARACTERS = 160;

/** Words whose trailing period does not end a sentence ("e.g. a file", "vs. b", "approx. 5"). */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'esp', 'cf', 'resp', 'mr', 'mrs', 'ms', 'dr', 'inc', 'ltd', 'corp', 'fig', 'ca']);

/**
 * A tool's one-line summary for a table: the first sentence of its description, as plain text.
 * Markdown emphasis, code marks, links and heading marks are dropped; a hard-wrapped line is joined
 * to the next; a line that starts a new block (a list item, "Args:", a capital) ends the summary.
 * Invisible characters are made visible (`\u200b`), as everywhere tool text is printed. Cut at
 * `maxCharacters` on a word boundary with "…". The result is text: the page still escapes it.
 */
export function descriptionToSummary(description: string, maxCharacters = SUMMARY_MAX_CHARACTERS): string {
  const visible = escapeInvisible(trimBlankEdges(description));
  const blocks = textToBlocks(visible).map((block) => markdownToPlain(block).replace(/[ \t\r\n]+/g, ' ').trim()).filter((block) => block !== '');
  // "🎯 Purpose:" or "Description:" alone is a label: the summary is what it introduces.
  const first = blocks.find((block) => !isLabel(block)) ?? blocks[0] ?? '';
  return cutAtWord(firstSentence(first), maxCharacters);
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

/** The text up to and including the first full stop, question or exclamation mark that ends a sentence. */
function firstSentence(text: string): string {
  const end = /[.!?。！？](?=["'”’)\]]*(?:\s|$))/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(0, match.index);
    const word = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && (ABBREVIATIONS.has(word.replace(/^[("'“‘]+/, '')) || /^[a-z]$/i.test(word))) continue;
    const closing = /^["'”’)\]]*/.exec(text.slice(match.index + 1))![0];
    return text.slice(0, match.index + 1 + closing.length);
  }
  return text;
}

function cutAtWord(text: string, maxCharacters: number): string {
  const characters = [...text];
  if (characters.length <= maxCharacters) return text;
  const head = characters.slice(0, maxCharacters - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > maxCharacters / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, '')}…`;
}
