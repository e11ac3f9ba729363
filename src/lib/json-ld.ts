/**
 * Serialises structured data for a `<script type="application/ld+json">` element. `JSON.stringify`
 * alone lets a description containing `</script>` close the element; escaping `<`, `>` and `&`
 * (and U+2028/U+2029, line breaks in old JavaScript parsers) as `\u` sequences keeps it inert
 * while the JSON means exactly the same.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
