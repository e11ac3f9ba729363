/**
 * Characters that do not show, or show as something else: controls, zero-width and joiners, bidi
 * controls, variation selectors, Unicode tag characters, line/paragraph separators, lone surrogates.
 * Two are kept where emoji need them: U+FE0E/U+FE0F right after a pictograph (`⚠️`) and U+200D
 * joining two pictographs (`👩‍💻`); anywhere else they are hidden text and are escaped.
 * Tool text carrying them is shown with the characters made visible (`\u200b`), never raw.
 * @see https://www.unicode.org/reports/tr36/ (Unicode security considerations)
 */
export const INVISIBLE_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0d\ufeff\uffa0\ufff0-\uffff]|(?<!\p{Extended_Pictographic})[\ufe0e\ufe0f]|\u200d(?!\p{Extended_Pictographic})|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|[\u{e0000}-\u{e007f}]|\p{Cs}/gu;

/**
 * Replaces every invisible character by an escape. `json` (also for display) writes `\uXXXX`, astral
 * characters as a surrogate pair; `yaml` writes `\UXXXXXXXX` for astral characters, because yaml.v3
 * (Intercept's parser) refuses surrogate escapes, and U+FFFD for a lone surrogate, which is what a
 * Go JSON decoder makes of it.
 */
export function escapeInvisible(text: string, style: 'json' | 'yaml' = 'json'): string {
  return text.replace(INVISIBLE_CHARACTERS, (match) => {
    const code = match.codePointAt(0)!;
    if (style === 'yaml') {
      if (code > 0xffff) return `\\U${code.toString(16).padStart(8, '0')}`;
      if (code >= 0xd800 && code <= 0xdfff) return '\\ufffd';
    }
    return [...Array(match.length).keys()].map((i) => `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
  });
}

/** True when the text holds at least one invisible character. */
export function hasInvisible(text: string): boolean {
  INVISIBLE_CHARACTERS.lastIndex = 0;
  const found = INVISIBLE_CHARACTERS.test(text);
  INVISIBLE_CHARACTERS.lastIndex = 0;
  return found;
}
