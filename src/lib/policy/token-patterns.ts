/**
 * Builds RE2 patterns that *refuse* words. Intercept's `regex` condition must match for a call to
 * pass and RE2 has no look-ahead, so "any word but `rm`" has to be spelt out as the words that are not
 * `rm`: a trie of the refused words, where every branch lists the characters that leave it.
 * Patterns are meant for case-insensitive use (`(?i)`): refused words are written in lower case.
 * @see https://github.com/google/re2/wiki/Syntax
 */

/** The characters a token may hold: exactly these (`only`), or those outside a raw RE2 class body (`notClass: '\\s/'`). */
export type Alphabet = { only: string } | { notClass: string };

/** Words a token may not be (`exact`) or begin with (`prefixes`), all in lower case. */
export interface RefusedWords {
  exact?: readonly string[];
  prefixes?: readonly string[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  exact: boolean;
  prefix: boolean;
}

/** RE2 for one non-empty token of `alphabet` that is none of `refused.exact` and starts with none of `refused.prefixes`. */
export function tokenNotIn(alphabet: Alphabet, refused: RefusedWords): string {
  const root: TrieNode = newNode();
  for (const word of refused.exact ?? []) insert(root, word).exact = true;
  for (const word of refused.prefixes ?? []) insert(root, word).prefix = true;
  const pattern = branch(root, alphabet, true);
  if (pattern === undefined) throw new Error(`tokenNotIn: the refused words leave no token at all (${JSON.stringify(refused)})`);
  return pattern;
}

/** A character class of `alphabet` without `removed` characters: `[^\s/x]` or `[a-qs-z]`. */
export function characterClass(alphabet: Alphabet, removed = ''): string {
  if ('notClass' in alphabet) return alphabet.notClass === '\\s' && !removed ? '\\S' : `[^${alphabet.notClass}${escapeInClass(unique(removed))}]`;
  const kept = [...unique(alphabet.only)].filter((c) => !removed.includes(c)).join('');
  return kept ? `[${compress(kept)}]` : '';
}

function branch(node: TrieNode, alphabet: Alphabet, isRoot: boolean): string | undefined {
  if (node.prefix) return undefined;
  const alternatives: string[] = [];
  const leaving = characterClass(alphabet, [...node.children.keys()].join(''));
  if (leaving) alternatives.push(`${leaving}${characterClass(alphabet)}*`);
  for (const [character, child] of [...node.children].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rest = branch(child, alphabet, false);
    if (rest !== undefined) alternatives.push(`${escapeOutsideClass(character)}${rest}`);
  }
  // A token may end here unless this is the start (tokens are non-empty) or a refused word ends here.
  const mayEnd = !isRoot && !node.exact;
  if (alternatives.length === 0) return mayEnd ? '' : undefined;
  const group = alternatives.length === 1 && !mayEnd ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return mayEnd ? `${group}?` : group;
}

function insert(root: TrieNode, word: string): TrieNode {
  if (word !== word.toLowerCase() || word === '') throw new Error(`tokenNotIn: refused words must be non-empty and lower case, got ${JSON.stringify(word)}`);
  let node = root;
  for (const character of word) {
    let next = node.children.get(character);
    if (!next) node.children.set(character, (next = newNode()));
    node = next;
  }
  return node;
}

function newNode(): TrieNode {
  return { children: new Map(), exact: false, prefix: false };
}

function unique(characters: string): string {
  return [...new Set(characters)].sort().join('');
}

/** `abcdefz09` → `a-fz0-9`: runs of three or more consecutive characters become ranges. */
function compress(characters: string): string {
  const codes = [...unique(characters)].map((c) => c.codePointAt(0)!);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const from = escapeInClass(String.fromCodePoint(codes[i]!));
    const to = escapeInClass(String.fromCodePoint(codes[j]!));
    parts.push(j - i >= 2 ? `${from}-${to}` : j === i ? from : `${from}${to}`);
    i = j + 1;
  }
  return parts.join('');
}

function escapeInClass(characters: string): string {
  return characters.replace(/[\\\]\[^-]/g, (c) => `\\${c}`);
}

function escapeOutsideClass(character: string): string {
  return /[\\.+*?()|[\]{}^$]/.test(character) ? `\\${character}` : character;
}
