import type { LanguageTable } from './language-table.ts';
import { FUNCTION_WORDS, PHRASE_LANGUAGES, PHRASES, WORD_BOUNDARIES, type PhraseConcept as TableConcept, type PhraseLanguage } from './phrases.ts';
import { LATIN_TABLES } from './phrases-more-latin.ts';
import { SCRIPT_TABLES } from './phrases-more-scripts.ts';
import { STRUCTURE_PHRASES, type StructureConcept } from './phrases-structure.ts';

/**
 * Every language the phrase rules read, as one registry: the nine of phrases.ts and
 * phrases-structure.ts, and the further ones described whole in one table each (language-table.ts).
 * phrase-rules.ts asks it for a language's phrases of an idea and its settings.
 */
export type PhraseConcept = TableConcept | StructureConcept;
const ALL_PHRASES: Record<PhraseConcept, Record<PhraseLanguage, string[]>> = { ...PHRASES, ...STRUCTURE_PHRASES };

const MORE_TABLES: Record<string, LanguageTable> = { ...LATIN_TABLES, ...SCRIPT_TABLES };
/** A language the phrase rules read. */
export type Language = PhraseLanguage | keyof typeof LATIN_TABLES | keyof typeof SCRIPT_TABLES;
/** Every language, the nine first. */
export const LANGUAGES = [...PHRASE_LANGUAGES, ...Object.keys(MORE_TABLES)] as Language[];
/** The phrases of an idea in a language; none when the language has no words for it. */
export const phrasesOf = (concept: PhraseConcept, language: Language): readonly string[] =>
  (PHRASE_LANGUAGES as readonly string[]).includes(language) ? ALL_PHRASES[concept][language as PhraseLanguage] : MORE_TABLES[language]!.phrases[concept] ?? [];
/** A per-language setting: the nine's own table, or the field of a further language's. */
export const perLanguage = <T,>(nine: Record<PhraseLanguage, T>, field: (table: LanguageTable) => T): Record<Language, T> =>
  ({ ...nine, ...Object.fromEntries(Object.entries(MORE_TABLES).map(([language, table]) => [language, field(table)])) }) as Record<Language, T>;
/** How each language's words are delimited. */
export const BOUNDARIES = perLanguage<'words' | 'prefix' | 'none'>(WORD_BOUNDARIES, (t) => t.boundary);
/** English names, for messages. */
export const LANGUAGE_NAMES = perLanguage<string>({ es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ru: 'Russian' }, (t) => t.name);
/** The further Latin-script languages, for grouping patterns by script. */
export const MORE_LATIN_LANGUAGES = Object.keys(LATIN_TABLES) as Language[];
/** Languages written in Latin script, whose bare ASCII words need a sentence that is clearly theirs. */
export const LATIN_LANGUAGES: ReadonlySet<Language> = new Set(['es', 'fr', 'de', 'pt', 'it', ...MORE_LATIN_LANGUAGES] as Language[]);
/** Function words per Latin-script language, and English's. */
export const FUNCTION_WORDS_OF: Partial<Record<Language | 'en', readonly string[]>> = { ...FUNCTION_WORDS, ...Object.fromEntries(Object.entries(LATIN_TABLES).map(([language, table]) => [language, table.functionWords])) };

// Letters only one of the further languages uses ("ł", "ğ", "ř"): a sentence holding one is that language.
const OWN_LETTERS = new Map(Object.entries(MORE_TABLES).filter(([, table]) => table.letters).map(([language, table]) => [language, new RegExp(`[${table.letters}]`, 'iu')]));
/** True when the sentence holds a letter only this language uses. */
export const hasOwnLetters = (language: Language, sentence: string): boolean => OWN_LETTERS.get(language)?.test(sentence) ?? false;
