/**
 * Splitting names and text into lower-case words, so that `deleteUser`, `delete_user`,
 * `delete-user`, `github.delete_user` and `DELETE_USER` all yield `delete`, `user`.
 */

const CAMEL_LOWER_UPPER = /([a-z0-9])([A-Z])/g;
const CAMEL_ACRONYM = /([A-Z]+)([A-Z][a-z])/g;
const NON_WORD = /[^a-z0-9]+/;

const wordsByName = new Map<string, readonly string[]>();
const MAX_REMEMBERED_NAMES = 50_000;

/** Words of a tool or property name: snake, kebab, camel, dotted and slashed forms. */
export function nameToWords(name: string): readonly string[] {
  // Property names repeat across tools (`owner`, `repo`, `limit`): remember them, within a bound.
  const known = wordsByName.get(name);
  if (known) return known;
  const words = splitName(name);
  if (wordsByName.size >= MAX_REMEMBERED_NAMES) wordsByName.clear();
  wordsByName.set(name, words);
  return words;
}

// Product names whose camel-case halves are verbs (Word-Press, Click-House, Launch-Darkly): one noun, not a press or a click.
const PRODUCT_NAMES = /WordPress|TypeScript|JavaScript|PostHog|PowerShell|PlayStation|SendGrid|ClickHouse|ClickUp|DropBox|LaunchDarkly|PostgreSQL|PlayCanvas|CheckMarx|PushOver|RunPod|SnapLogic/g;

const VERSION_SUFFIX = /(?<=[A-Z])(V\d+)$/;

function splitName(name: string): string[] {
  return name
    .replace(PRODUCT_NAMES, (product) => product.toLowerCase())
    // `installSSLV1`: an API version suffix after an acronym is a word of its own.
    .replace(VERSION_SUFFIX, ' $1')
    .replace(CAMEL_LOWER_UPPER, '$1 $2')
    .replace(CAMEL_ACRONYM, '$1 $2')
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

/** A sentence of a description, with its words in order (identifiers such as `list_files` kept whole). */
export interface Sentence {
  readonly text: string;
  readonly words: readonly string[];
  /** For each word: true when a comma, slash or ampersand comes right before it ("list, create/delete"). */
  readonly listed: readonly boolean[];
}

const MAX_DESCRIPTION_CHARS = 4000;
// Sentence ends, line breaks, bullets, and the " - ", " – ", " | " that separate a summary from its details.
// An abbreviation's full stop ends nothing: "Approve another address (e.g. a DeFi protocol) to spend your tokens" is one sentence.
const SENTENCE_BREAK = /(?<=[.!?;:])(?<!\b(?:e\.g|i\.e|vs|cf)\.)\s+|\n+|\s[-–—|]\s|•/;
// One pass per sentence: a code span, or a word that may be an identifier (`list_files`, `github.get`, `getUser`).
// A verb hyphenated to a particle is a noun ("add-on", "drop-down", "follow-up", "read-only"): kept as one word.
// Three or more words hyphenated together ("list-mail-folders", "deny-by-default", "step-by-step") are one name or
// modifier, not a verb; "drag-and-drop", "search-or-replace" keep their verbs.
const TOKEN = /`[^`\n]{0,200}`|[A-Za-z0-9]+(?:-(?!(?:and|or)-)[A-Za-z0-9]+){2,}|[A-Za-z0-9'’]+(?:[_.][A-Za-z0-9]+)*(?:-(?:on|ons|up|ups|down|downs|in|ins|out|outs|off|offs|over|only|based|level|time|style|like|driven|first|aware|specific)\b)?/g;
const CAMEL = /^[a-z]+[A-Z]/;
const IDENTIFIER_JOINER = /[_.]|-.*-/;
const LIST_SEPARATOR = /[,/&]/;
// "[🌐 REMOTE] Get migration guidance…": a bracketed tag before a sentence labels it.
const LEADING_TAGS = /^\s*(?:\[[^\]\n]{1,40}\]\s*)+/;

/**
 * Splits a description into sentences of lower-case words. Code spans and identifiers that name
 * other tools (`delete_file`, `getUser`) become a single placeholder word, so that a sentence
 * such as "use delete_file to remove it" does not read as this tool deleting anything.
 */
export function textToSentences(text: string): Sentence[] {
  // A description is read twice per build (the server's boilerplate, then the tool): split it once.
  const known = sentencesByText.get(text);
  if (known) return known;
  const sentences = splitSentences(text);
  if (sentencesByText.size >= MAX_REMEMBERED_TEXTS) sentencesByText.clear();
  sentencesByText.set(text, sentences);
  return sentences;
}

const sentencesByText = new Map<string, Sentence[]>();
const MAX_REMEMBERED_TEXTS = 20_000;

const CODE_SPAN = /`[^`\n]{0,200}`/g;
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'g');

// "type ('motion' | 'ring' | …)": inside brackets a bar separates alternatives, not a summary from its details.
const BARS_IN_BRACKETS = /[([][^()[\]\n]{0,400}[)\]]/g;

/** The text's sentences as written: a break inside a code span ("`{ok, selection: [..], message?}`") ends none, nor a bar inside brackets. */
function splitOutsideCode(text: string): string[] {
  const bracketedBars = text.includes(' | ') && /[([]/.test(text);
  if (!text.includes('`') && !bracketedBars) return text.split(SENTENCE_BREAK);
  const codeMasked = text.includes('`') ? text.replace(CODE_SPAN, (span) => `\`${'x'.repeat(span.length - 2)}\``) : text;
  const masked = bracketedBars ? codeMasked.replace(BARS_IN_BRACKETS, (group) => group.replaceAll('|', '/')) : codeMasked;
  const parts: string[] = [];
  let start = 0;
  for (const match of masked.matchAll(SENTENCE_BREAKS)) {
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

function splitSentences(text: string): Sentence[] {
  const bounded = text.length > MAX_DESCRIPTION_CHARS ? text.slice(0, MAX_DESCRIPTION_CHARS) : text;
  const sentences: Sentence[] = [];
  for (const raw of splitOutsideCode(bounded)) {
    const part = raw.replace(LEADING_TAGS, '');
    const words: string[] = [];
    const listed: boolean[] = [];
    let end = 0;
    for (const match of part.matchAll(TOKEN)) {
      const token = match[0];
      words.push(token.startsWith('`') ? '⟨code⟩' : IDENTIFIER_JOINER.test(token) || CAMEL.test(token) ? '⟨id⟩' : token.toLowerCase().replace('’', "'"));
      listed.push(LIST_SEPARATOR.test(part.slice(end, match.index)));
      end = match.index + token.length;
    }
    if (words.length > 0) sentences.push({ text: part.trim(), words, listed });
  }
  return sentences;
}
