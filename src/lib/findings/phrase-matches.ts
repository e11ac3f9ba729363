import { matchesOf } from './hit.ts';
import { BOUNDARIES, FUNCTION_WORDS_OF, hasOwnLetters, LANGUAGES, LATIN_LANGUAGES, MORE_LATIN_LANGUAGES, phrasesOf, type Language, type PhraseConcept } from './phrase-languages.ts';
import { PHRASE_CONCEPTS } from './phrases.ts';
import { STRUCTURE_CONCEPTS } from './phrases-structure.ts';

/**
 * The phrase table (phrases.ts, phrases-structure.ts) compiled and found in text: one regular
 * expression per idea and script, with a named group per language, so a string is scanned once per
 * idea. phrase-rules.ts combines what is found here into findings.
 */
const CONCEPTS: readonly PhraseConcept[] = [...PHRASE_CONCEPTS, ...STRUCTURE_CONCEPTS];

const ENGLISH_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS_OF.en);
const FOREIGN_WORDS: ReadonlySet<string> = new Set([...LATIN_LANGUAGES].flatMap((language) => FUNCTION_WORDS_OF[language] ?? []));

/** The Latin-script language with the most function words in the sentence. */
export function dominantLanguage(sentence: string, fallback: Language): Language {
  const words = sentence.toLowerCase().match(/[a-zà-öø-ÿ\u0100-\u024f\u1e00-\u1eff]+/g) ?? [];
  const countOf = (language: Language): number => words.filter((word) => (FUNCTION_WORDS_OF[language] ?? []).includes(word)).length + (hasOwnLetters(language, sentence) ? 2 : 0);
  // The phrase's own language stands unless another has more of its words.
  let best: { language: Language; count: number } = { language: fallback, count: countOf(fallback) };
  for (const language of LATIN_LANGUAGES) {
    const count = countOf(language);
    if (count > best.count) best = { language, count };
  }
  return best.language;
}

/**
 * How much a sentence reads like one of the table's Latin-script languages rather than English:
 * `likely` with more of their function words than English ones, `clear` with at least two (or one
 * in four words and no English).
 */
export function foreignness(sentence: string): 'none' | 'likely' | 'clear' {
  let english = 0;
  let foreign = 0;
  const words = sentence.toLowerCase().match(/[a-zà-öø-ÿ\u0100-\u024f\u1e00-\u1eff]+/g) ?? [];
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english++;
    if (FOREIGN_WORDS.has(word)) foreign++;
  }
  if (foreign <= english) return 'none';
  return foreign >= 2 || (english === 0 && words.length >= 4) ? 'clear' : 'likely';
}

// The letters of the table's languages, spelled as ranges: `\p{L}` under the `i` flag makes the
// engine fold case over all of Unicode, which took a second to compile.
// Greek, Hebrew, Arabic, Devanagari (with its vowel signs, not its full stops । ॥) and Vietnamese letters serve the further languages.
const LETTERS = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0590-\\u05ff\\u0600-\\u06ff\\u0900-\\u0963\\u0966-\\u097f\\u1e00-\\u1fff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';

/** One phrase of the table as a regular-expression source (see the syntax in phrases.ts). */
export function phraseToPattern(phrase: string, language: Language): string {
  let source = '';
  for (const char of phrase) {
    if (char === ' ') source += BOUNDARIES[language] === 'words' ? '\\s+' : '\\s*';
    // A stop inside an address or a URL ("log@hotel.example") does not end the gap.
    else if (char === '…') source += '(?:[^.!?。！？\\n]|[.!?](?=[^\\s.!?])){0,50}?';
    else if (char === '*') source += `[${LETTERS}]*`;
    else if (char === '(') source += '(?:';
    else if (char === ')' || char === '|' || char === '?') source += char;
    else if (char === "'") source += "['’]";
    // Written without accents too: "contrasenas", "conversacion".
    else if (FOLDED[char.toLowerCase()]) source += `[${char}${FOLDED[char.toLowerCase()]}]`;
    else source += char.replace(/[.+^${}[\]\\/]/g, '\\$&');
  }
  const end = BOUNDARIES[language] === 'words' && !phrase.endsWith('*') ? `(?![${LETTERS}0-9])` : '';
  return `${source}${end}`;
}

const FOLDED: Record<string, string> = { á: 'a', à: 'a', â: 'a', ã: 'a', ä: 'a', é: 'e', è: 'e', ê: 'e', í: 'i', ì: 'i', î: 'i', ó: 'o', ò: 'o', ô: 'o', õ: 'o', ö: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ñ: 'n', ç: 'c', ß: 's' };

// The word boundary before a phrase is written once per language, not once per phrase: a pattern
// whose every branch starts with a look-behind is tried at every position and is slow.
// Compound heads ("*regeln", "*passw(ö|o)rt*") share one scan of the word: ten branches that each
// ran to the word's end and back cost more than the rest of the idea together.
const languageToPattern = (concept: PhraseConcept, language: Language): string => {
  const phrases = phrasesOf(concept, language);
  const heads = phrases.filter((p) => p.startsWith('*')).map((p) => phraseToPattern(p.slice(1), language));
  const rest = phrases.filter((p) => !p.startsWith('*')).map((p) => phraseToPattern(p, language));
  return `(?<${language}>${[...rest, ...(heads.length > 0 ? [`[${LETTERS}]*(?:${heads.join('|')})`] : [])].join('|')})`;
};

// Each idea is compiled once per script, and a sentence is scanned only with the patterns of the
// scripts it is written in: twenty-one languages in one pattern cost every foreign sentence the lot.
const SCRIPTS = [
  { script: 'latin', letters: /[\u00c0-\u024f\u1e00-\u1eff]/, languages: ['es', 'fr', 'de', 'pt', 'it', ...MORE_LATIN_LANGUAGES] },
  { script: 'cyrillic', letters: /[\u0400-\u04ff]/, languages: ['ru', 'uk'] },
  { script: 'greek', letters: /[\u0370-\u03ff\u1f00-\u1fff]/, languages: ['el'] },
  { script: 'hebrew', letters: /[\u0590-\u05ff]/, languages: ['he'] },
  { script: 'arabic', letters: /[\u0600-\u06ff]/, languages: ['ar'] },
  { script: 'devanagari', letters: /[\u0900-\u097f]/, languages: ['hi'] },
  { script: 'cjk', letters: /[\u3040-\u30ff\u3400-\u9fff]/, languages: ['zh', 'ja'] },
  { script: 'hangul', letters: /[\uac00-\ud7af]/, languages: ['ko'] },
] as const satisfies readonly { script: string; letters: RegExp; languages: readonly string[] }[];
// A language without phrases for an idea adds no branch to its pattern.
const COMPILED = SCRIPTS.map(({ letters, languages }) => ({
  letters,
  patterns: CONCEPTS.flatMap((concept) => {
    const own = (languages as readonly Language[]).filter((language) => phrasesOf(concept, language).length > 0);
    if (own.length === 0) return [];
    // The languages of one script share how their words begin: the boundary is tested once, before them all.
    const boundary = BOUNDARIES[own[0]!] === 'none' ? '' : `(?<![${LETTERS}0-9])`;
    return [{ concept, pattern: new RegExp(`${boundary}(?:${own.map((language) => languageToPattern(concept, language)).join('|')})`, 'giu') }];
  }),
}));

export interface PhraseMatch { concept: PhraseConcept; language: Language; index: number; text: string }

// Letters outside ASCII that the table's languages use: accented Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Vietnamese, kana, Han, Hangul.
const NON_ASCII_LETTER = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// Function words of the Latin-script languages that English never uses: one test skips English text.
const FOREIGN_WORD = new RegExp(`\\b(?:${[...FOREIGN_WORDS].filter((word) => !ENGLISH_WORDS.has(word) && !['a', 'e', 'o', 'no', 'as', 'in', 'do', 'per', 'plus', 'die', 'den', 'la', 'le', 'se', 'es', 'un', 'ou', 'alle', 'auf', 'aus', 'bei', 'im', 'ne'].includes(word)).join('|')})\\b`, 'i');
// A full stop inside a URL or a file name ("https://x.example/i") does not end the sentence.
const CHUNK = /(?:[^.!?。！？\n]|[.!?](?=[^\s.!?]))+[.!?。！？\n]*/g;

/**
 * Every phrase of the table found in the text (at most 100 per idea). Only sentences that could
 * be in one of the table's languages are scanned: those with letters outside ASCII, or with more
 * of the languages' function words than English ones. English prose, most of any catalogue,
 * costs a word count.
 */
export function textToPhraseMatches(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (!NON_ASCII_LETTER.test(text) && !FOREIGN_WORD.test(text)) return found;
  for (const chunk of matchesOf(CHUNK, text, 2_000)) {
    const nonAscii = NON_ASCII_LETTER.test(chunk[0]);
    const latinWords = !nonAscii || COMPILED[0]!.letters.test(chunk[0]) ? foreignness(chunk[0]) !== 'none' : false;
    if (!nonAscii && !latinWords) continue;
    for (const [at, { letters, patterns }] of COMPILED.entries()) {
      // Latin-script languages are read where their letters or their function words are.
      if (!(at === 0 ? latinWords || letters.test(chunk[0]) : letters.test(chunk[0]))) continue;
      for (const { concept, pattern } of patterns) {
        for (const match of matchesOf(pattern, chunk[0], 100)) {
          const language = LANGUAGES.find((l) => match.groups?.[l] !== undefined)!;
          found.push({ concept, language, index: chunk.index + match.index, text: match[0] });
        }
      }
    }
  }
  return found;
}

