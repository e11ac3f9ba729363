import type { Tool } from '../schemas/tool.ts';
import { verbToCategory } from './lexicon.ts';
import { sessionOf } from './session.ts';
import { nameToWords, textToSentences, type Sentence } from './words.ts';

/**
 * What a tool's siblings on the same server tell about its description. A sentence that (nearly)
 * every tool of a server repeats ("Acme API: manage your account.") describes the server, not
 * the call, so it decides nothing about any one tool. Built once per server.
 */
export interface ServerContext {
  /** Keys (`sentenceToKey`) of sentences shared by the server's tools. */
  boilerplate: ReadonlySet<string>;
  /** Set when a third or more of the server's tools drive a browser or device: its other tools act in that session too. */
  drivesSession?: boolean;
  /** A verb-like first word nearly every tool name shares (`bash_sandbox_mkdir`, `bash_read_file`): the server's namespace. */
  namespace?: string;
  /** Verb-like first words of name groups on a server that names its tools by group (`transfer_store-search`, `hooks_list`): group names, not verbs. */
  groupPrefixes?: ReadonlySet<string>;
}

/** A server drives a session when at least 1 in this many of its tools drives a browser or device. */
const SESSION_SHARE_DENOMINATOR = 3;

/** Share of a server's described tools a sentence must appear in to count as boilerplate. */
const BOILERPLATE_SHARE = 0.8;

/** The boilerplate of a server (sentences found in at least 80%, and at least two, of its tools' descriptions) and whether it drives a session. */
export function toolsToServerContext(tools: readonly Tool[]): ServerContext {
  const toolsBySentence = new Map<string, number>();
  let described = 0;
  for (const tool of tools) {
    if (!tool.description?.trim()) continue;
    described += 1;
    for (const key of new Set(textToSentences(tool.description).map(sentenceToKey))) toolsBySentence.set(key, (toolsBySentence.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(described * BOILERPLATE_SHARE));
  const boilerplate = new Set<string>();
  for (const [key, count] of toolsBySentence) if (count >= needed) boilerplate.add(key);
  const driving = tools.filter((t) => sessionOf(t, nameToWords(t.name)) === 'drives').length;
  const names = tools.map((t) => nameToWords(t.name));
  const namespace = namespaceOf(names);
  const groupPrefixes = groupPrefixesOf(names);
  // A device or browser driver also lists, reads and waits: a third of its tools driving marks the server.
  return { boilerplate, drivesSession: tools.length >= 3 && driving * SESSION_SHARE_DENOMINATOR >= tools.length, ...(namespace && { namespace }), ...(groupPrefixes.size > 0 && { groupPrefixes }) };
}

/**
 * A first word that at least 80% (and at least three) of the tool names share and that is a verb
 * we know, when at least half of those names have another verb after it (`bash_read_file`,
 * `bash_sandbox_stop`): it names the server, like a product prefix, and says nothing of the call.
 * Not a read verb, nor when the rest rarely has a verb: there the shared word is the verb.
 */
function namespaceOf(names: readonly (readonly string[])[]): string | undefined {
  const first = names[0]?.[0];
  // A shared read verb is the verb (`get_book_by_title`, `get_author_info`), never a product name.
  if (!first || names.length < 3 || !isVerb(first) || verbToCategory(first) === 'Read') return undefined;
  const sharing = names.filter((words) => words[0] === first && words.length > 1);
  if (sharing.length < Math.max(3, Math.ceil(names.length * BOILERPLATE_SHARE))) return undefined;
  const withVerb = sharing.filter((words) => words.slice(1).some(isVerb)).length;
  return withVerb * 2 >= sharing.length ? first : undefined;
}

/**
 * On a server that names its tools by group, most names opening with a noun (`hooks_list`,
 * `memory_store`, `task_create`), a verb opening at least three names, at least half of which carry
 * another verb after it (`transfer_store-search`, `transfer_ipfs-resolve`, `release_create`), is one
 * more group's name, like the nouns beside it: it says nothing of the call. Not a read verb, as for
 * the namespace.
 */
function groupPrefixesOf(names: readonly (readonly string[])[]): Set<string> {
  const prefixes = new Set<string>();
  const nounFirst = names.filter((words) => words.length > 1 && !isVerb(words[0]!)).length;
  if (nounFirst * 2 < names.length) return prefixes;
  const groups = new Map<string, (readonly string[])[]>();
  for (const words of names) if (words.length > 1 && isVerb(words[0]!)) groups.set(words[0]!, [...(groups.get(words[0]!) ?? []), words]);
  for (const [first, group] of groups) {
    if (group.length < 3 || verbToCategory(first) === 'Read') continue;
    if (group.filter((words) => words.slice(1).some(isVerb)).length * 2 >= group.length) prefixes.add(first);
  }
  return prefixes;
}

function isVerb(word: string): boolean {
  return verbToCategory(word) !== undefined;
}

/** The identity of a sentence for comparison across tools: its words, case and punctuation aside. */
export function sentenceToKey(sentence: Sentence): string {
  return sentence.words.join(' ');
}
