import { escapeInvisible, hasInvisible } from './invisible.ts';

/** Text from a server, ready to print: invisible characters made visible, overlong text cut with a note. */
export interface DisplayText {
  text: string;
  hadInvisible: boolean;
  cutCharacters: number;
}

const MAX_DISPLAY_CHARACTERS = 20_000;

/** Prepares third-party text for a page. The page still escapes it as HTML; this only makes hidden content visible. */
export function toDisplayText(raw: string, maxCharacters = MAX_DISPLAY_CHARACTERS): DisplayText {
  const hadInvisible = hasInvisible(raw);
  const visible = hadInvisible ? escapeInvisible(raw) : raw;
  const cut = visible.length > maxCharacters;
  return { text: cut ? visible.slice(0, maxCharacters) : visible, hadInvisible, cutCharacters: cut ? visible.length - maxCharacters : 0 };
}

/**
 * Drops the blank lines and spaces a description starts or ends with (many servers open theirs with
 * a newline), which a page that keeps line breaks would show as a gap. Only ASCII blanks: an
 * invisible character at either end must stay, to be made visible.
 */
export function trimBlankEdges(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** Splits text on backticks into plain and code segments: "`amount` is capped" → [code amount, text " is capped"]. */
export function toInlineSegments(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((s) => s.text.length > 0);
}

