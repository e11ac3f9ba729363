import { trimBlankEdges } from './display-text.ts';

/** Where a shared opening may end: a label mark with a space after it ("Notion | ", "Acme API: ", "[proj] ", "acme — "). */
const OPENING_END = /(?:[:|\]>]|\s[—–-])(?=\s)/g;

/**
 * The boilerplate every tool of a server opens its description with ("Notion | ", "For 'acme'
 * workspace: "), up to its last label mark; '' when the server has fewer than two tools, when they
 * share no such opening, or when it would leave some description empty. The summary drops it: it
 * tells one tool from the next nothing.
 */
export function descriptionsToSharedOpening(descriptions: readonly string[]): string {
  if (descriptions.length < 2) return '';
  const texts = descriptions.map(trimBlankEdges);
  let common = texts[0]!;
  for (const text of texts.slice(1)) {
    let length = 0;
    while (length < common.length && length < text.length && common[length] === text[length]) length++;
    common = common.slice(0, length);
    if (common === '') return '';
  }
  let end = 0;
  for (const match of common.matchAll(OPENING_END)) end = match.index + match[0].length;
  const opening = common.slice(0, end);
  if (!/\p{L}/u.test(opening) || texts.some((text) => trimBlankEdges(text.slice(opening.length)) === '')) return '';
  return opening;
}
