/**
 * A value as JSON on one line, with a space after each `,` and `:` between members:
 * `{"payment_intent": "example", "amount": 2500}`. A narrow table cell then wraps between members
 * rather than inside a name. Strings are written exactly as `JSON.stringify` writes them.
 */
export function toInlineJson(value: unknown): string {
  // Pretty-printing puts every member on a line of its own, and a string never holds a raw newline
  // (JSON escapes it), so each line break is between tokens; an opening line ends with `{` or `[`,
  // a closing line starts with `}` or `]`.
  const lines = (JSON.stringify(value, null, 1) ?? 'null').split('\n').map((line) => line.trim());
  return lines.reduce((out, line, i) => (i === 0 || /[[{]$/.test(out) || /^[\]}]/.test(line) ? out + line : `${out} ${line}`), '');
}
