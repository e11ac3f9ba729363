import { escapeInvisible } from '../invisible.ts';
import type { Hit } from './hit.ts';
import type { FindingSeverity } from './kinds.ts';

/**
 * Characters that hide or disguise text: terminal escapes, Unicode tag characters and bidi
 * controls (hidden or reordered text: high), zero-width characters (medium), other invisible
 * formatting such as soft hyphens and no-break spaces (low), and words mixing Latin with
 * look-alike letters from Cyrillic, Greek and similar scripts.
 * @see https://embracethered.com/blog/posts/2024/hiding-and-finding-text-with-unicode-tags/
 * @see https://blog.trailofbits.com/2025/04/29/deceiving-users-with-ansi-terminal-codes-in-mcp/
 * @see https://www.unicode.org/reports/tr39/ (mixed-script detection)
 */
const ANSI = /\u001b[[\]PX^_]?|\u009b|\u009d/;

const INVISIBLE_CLASSES: { pattern: RegExp; severity: FindingSeverity; what: string }[] = [
  { pattern: /[\u{e0000}-\u{e007f}]/u, severity: 'high', what: 'Unicode tag characters (invisible text a model still reads)' },
  { pattern: /[\u202a-\u202e\u2066-\u2069]/, severity: 'high', what: 'bidirectional controls (text shown in a different order than it is read)' },
  // A run of variation selectors after a letter is how data is hidden in "one" character.
  { pattern: /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]{2,}|(?<=[\p{L}\p{N}])[\u{e0100}-\u{e01ef}]/u, severity: 'high', what: 'a run of variation selectors (data hidden inside a character)' },
  { pattern: /[\u200b-\u200d\u2060-\u2064\ufeff\u180e\u115f\u1160\u3164\uffa0]/, severity: 'medium', what: 'zero-width or blank characters' },
  { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f\u0080-\u009a\u009c\u009e\u009f]/, severity: 'medium', what: 'control characters' },
  { pattern: /[\u00ad\u034f\u061c\u200e\u200f\u2028\u2029\u206a-\u206f\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, severity: 'low', what: 'invisible formatting characters' },
];

// A flag written as an emoji tag sequence (🏴 then a subdivision code in tag letters, `gbsct`, then the cancel tag): the tag
// characters spell a short region code a client draws as a flag, not hidden text.
const FLAG_TAG_SEQUENCE = /\u{1f3f4}[\u{e0030}-\u{e0039}\u{e0061}-\u{e007a}]{1,7}\u{e007f}/gu;
const WRITTEN_JOINER = /(?<=\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]?)\u200d(?=\p{Extended_Pictographic})|(?<=[\u0600-\u06ff\u0900-\u0dff])[\u200c\u200d]|[\u200c\u200d](?=[\u0600-\u06ff\u0900-\u0dff])/gu;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}]/u;
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const MAX_WORDS = 20_000;

/** ESC or a C1 control: the start of a terminal escape sequence. */
export function textToAnsiHits(text: string): Hit[] {
  const match = ANSI.exec(text);
  if (!match) return [];
  return [{ kind: 'ansi-escape', severity: 'high', message: 'Contains a terminal escape sequence, which can hide or rewrite text on a terminal.', index: match.index, length: Math.min(8, text.length - match.index) }];
}

/** One hit for the most severe class of invisible character present; the message names it. */
export function textToInvisibleHits(text: string): Hit[] {
  const flagless = text.includes('\u{1f3f4}') ? text.replace(FLAG_TAG_SEQUENCE, (flag) => ' '.repeat(flag.length)) : text;
  for (const { pattern, severity, what } of INVISIBLE_CLASSES) {
    let match = pattern.exec(flagless);
    // A joiner inside an emoji sequence (👩‍💻) or a word of a script that writes with joiners (Persian, Hindi) joins; it hides nothing.
    if (match && (match[0] === '\u200d' || match[0] === '\u200c')) match = pattern.exec(flagless.replace(WRITTEN_JOINER, ' '));
    if (match) return [{ kind: 'invisible-unicode', severity, message: `Contains ${what}.`, index: match.index, length: match[0].length }];
  }
  return [];
}

/**
 * A word that mixes Latin letters with look-alikes from another script (`pаypal` with a Cyrillic
 * а), or a name that NFKC-folds to different ASCII (fullwidth `ｒｅａｄ`). High in a name, which
 * is what a user approves; medium in other text.
 */
export function textToMixedScriptHits(text: string, isName: boolean): Hit[] {
  const severity: FindingSeverity = isName ? 'high' : 'medium';
  if (isName && /[^\x00-\x7f]/.test(text) && /^[\x00-\x7f]+$/.test(text.normalize('NFKC'))) {
    return [{ kind: 'mixed-script', severity, message: 'Uses letters that look like ASCII but are not (fullwidth or compatibility forms).', index: 0, length: text.length }];
  }
  if (!LOOKALIKE_SCRIPTS.test(text)) return [];
  const words = new RegExp(WORD.source, 'gu');
  let checked = 0;
  for (let match = words.exec(text); match && checked < MAX_WORDS; match = words.exec(text), checked++) {
    if (/\p{Script=Latin}/u.test(match[0]) && LOOKALIKE_SCRIPTS.test(match[0])) {
      return [{ kind: 'mixed-script', severity, message: `Mixes Latin letters with look-alike letters from another script in ${escapeInvisible(JSON.stringify(match[0]))}.`, index: match.index, length: match[0].length }];
    }
  }
  return [];
}
