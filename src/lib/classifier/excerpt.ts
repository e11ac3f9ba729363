const MAX_CHARS = 70;

/** The words of `text` around `around`, at most ~70 characters, cut at word boundaries, for evidence. */
export function excerpt(text: string, around: string): string {
  if (text.length <= MAX_CHARS) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(around.toLowerCase()));
  let start = Math.max(0, at - 25);
  let end = Math.min(text.length, at + around.length + 40);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
