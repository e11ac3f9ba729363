import { readVerb, type VerbContext, type VerbReading } from './collocations.ts';
import { LIGHT_VERB_ALONE } from './light-verbs.ts';
import { inflectionToVerb, NOUN_LIKE_VERBS, verbToCategory } from './lexicon.ts';
import { FINANCIAL_MUTATING_VERBS, isMoneyMove, isMoneyNoun, REPORT_NOUNS, SESSION_VERBS } from './nouns.ts';
import { markGeneric } from './generic-claims.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

/** Signals from a tool's name or title, already split into words (`github.delete_repo` → github, delete, repo). */
export function nameSignals(words: readonly string[], source: 'name' | 'title', context: VerbContext): Signal[] {
  const signals: Signal[] = [];
  const verbs = words.map((w, i) => (isVerb(w) && !isCompoundNoun(words, i) && !isCompoundNoun(words, i - 1) ? i : -1)).filter((i) => i >= 0);
  const primary = primaryVerb(words, verbs);
  if (primary !== undefined) {
    const verb = words[primary]!;
    const reading = readVerb(verb, words.filter((_, i) => i !== primary), context)!;
    // `transfer_store-info`: a name ending in a report noun reports; a noun-like verb before it is a qualifier.
    const reports = REPORT_NOUNS.has(words.at(-1)!) && primary < words.length - 1 && NOUN_LIKE_VERBS.has(verb);
    // `run_prompt`, `start_sprint`: a light verb whose object is nothing known to run decides only when nothing else speaks.
    const vague = reading.why === LIGHT_VERB_ALONE;
    const level = source === 'title' ? (vague ? LEVEL.aside : LEVEL.title) : reports || vague || !inVerbPosition(words, primary) ? LEVEL.softName : irreversible(reading) ? LEVEL.nameIrreversible : LEVEL.name;
    signals.push({ ...markGeneric(signal(reading.category, level, source, describe(source, verb, reading)), verb), verb });
    for (const i of verbs) {
      const joined = words[i - 1] === 'or' || words[i - 1] === 'and';
      // `fetch_and_store`, `search_and_replace`: after "and" between two verbs, a verb that is also a noun is the verb.
      const joinsVerbs = joined && i - 2 >= 0 && verbs.includes(i - 2);
      if (i === primary || (NOUN_LIKE_VERBS.has(words[i]!) && !joinsVerbs)) continue;
      const other = readVerb(words[i]!, words.filter((_, j) => j !== i), context)!;
      signals.push(markGeneric(signal(other.category, joined ? level : LEVEL.aside, source, describe(source, words[i]!, other)), words[i]!));
    }
  } else {
    const noun = words.find((w) => REPORT_NOUNS.has(w));
    const gerund = noun ? undefined : gerundVerb(words);
    if (noun) signals.push(signal('Read', source === 'title' ? LEVEL.aside : LEVEL.statement, source, `${source} names a report (\`${noun}\`)`));
    else if (gerund) signals.push(signal(readVerb(gerund.verb, words, context)!.category, LEVEL.softName, source, `${source} word \`${gerund.word}\``));
  }
  const financial = financialSignal(words, source);
  if (financial) signals.push(financial);
  return signals;
}

/** `sequential_thinking`: a verb's -ing form names the activity when no verb is there (not `billing`, a noun). */
function gerundVerb(words: readonly string[]): { word: string; verb: string } | undefined {
  for (const word of words) {
    const known = inflectionToVerb(word);
    if (known?.form === 'gerund' && !NOUN_LIKE_VERBS.has(known.verb)) return { word, verb: known.verb };
  }
  return undefined;
}

function isVerb(word: string): boolean {
  return verbToCategory(word) !== undefined || SESSION_VERBS.has(word);
}

/** `get_pull_request`, `pull_request_read`: "pull request" is a noun, not a pull. */
function isCompoundNoun(words: readonly string[], i: number): boolean {
  return words[i] === 'pull' && (words[i + 1] === 'request' || words[i + 1] === 'requests');
}

/**
 * The word that is the name's verb. A verb that is not also a noun wins (`comment_delete`), except
 * that a leading read verb keeps its place before a verb used as a noun (`list_merge_requests`,
 * `wfp_list_dispatch_namespaces`), and a leading verb before a verb that ends the name after a noun
 * (`set_image_fill`: an image fill is set). A noun-like verb ending a name after a noun is a noun (`git_log`).
 */
function primaryVerb(words: readonly string[], verbs: number[]): number | undefined {
  // `API-post-search`: an HTTP method before a read verb is transport, not what the tool does.
  const method = verbs.find((i) => HTTP_METHODS.has(words[i]!) && verbToCategory(words[i + 1] ?? '') === 'Read');
  if (method !== undefined) return method + 1;
  const firm = verbs.filter((i) => !NOUN_LIKE_VERBS.has(words[i]!));
  const leadingRead = verbs.find((i) => NOUN_LIKE_VERBS.has(words[i]!) && verbToCategory(words[i]!) === 'Read' && inVerbPosition(words, i));
  if (firm[0] !== undefined && leadingRead !== undefined && leadingRead < firm[0] && firm[0] < words.length - 1) return leadingRead;
  // `set_image_fill`: a leading verb keeps its place before a verb that ends the name after a noun, the head of its object.
  const leading = verbs.find((i) => NOUN_LIKE_VERBS.has(words[i]!) && inVerbPosition(words, i));
  if (firm.length === 1 && leading !== undefined && leading < firm[0]! - 1 && firm[0] === words.length - 1 && isObjectNoun(words[firm[0]! - 1]!)) return leading;
  if (firm[0] !== undefined) return firm[0];
  const nounLike = verbs.filter((i) => !(i === words.length - 1 && i > 0 && REPORT_NOUNS.has(words[i]!)));
  // `queue_list`, `index_search`: `list` or `search` ending a name after a noun-like word is the verb.
  const last = nounLike.at(-1);
  if (last !== undefined && last === words.length - 1 && last !== nounLike[0] && TRAILING_VERBS.has(words[last]!)) return last;
  return nounLike.find((i) => inVerbPosition(words, i)) ?? nounLike[0];
}

const CONJUNCTIONS = new Set(['and', 'or', 'then', 'to', 'n']);

/** A word that can qualify a following noun: neither a verb nor a conjunction (`record_and_click` joins two verbs). */
function isObjectNoun(word: string): boolean {
  return !isVerb(word) && !CONJUNCTIONS.has(word);
}

const HTTP_METHODS = new Set(['post', 'put', 'patch']);
const TRAILING_VERBS = new Set(['list', 'search', 'lookup', 'query']);

/** First word, or second after a prefix (`slack_post_message`, `API-post-search`) when an object follows. */
function inVerbPosition(words: readonly string[], i: number): boolean {
  if (!NOUN_LIKE_VERBS.has(words[i]!)) return true;
  return i === 0 || (i === 1 && !isVerb(words[0]!) && words.length > 2);
}

function irreversible(reading: VerbReading): boolean {
  return reading.category === 'Destructive' || reading.category === 'Financial';
}

function describe(source: string, verb: string, reading: VerbReading): string {
  if (!reading.why) return `${source} verb \`${verb}\``;
  return reading.object ? `${source} \`${verb}\` + \`${reading.object}\` (${reading.why})` : `${source} verb \`${verb}\` (${reading.why})`;
}

/** `create_invoice`, `cancel_subscription`: a mutating verb on a money noun (not `notification_subscription`). */
function financialSignal(words: readonly string[], source: 'name' | 'title'): Signal | undefined {
  const at = words.findIndex((w) => FINANCIAL_MUTATING_VERBS.has(w));
  // `get_upgrade_plan`, `list_payment_transfers`: after a leading read verb, a mutating word names what is read.
  if (at < 0 || (at > 0 && verbToCategory(words[0]!) === 'Read' && !words.slice(1, at).includes('and'))) return undefined;
  const noun = words.find((w, i) => i !== at && isMoneyMove(words[at]!, w) && isMoneyNoun(w, words[i - 1], words[i + 1]));
  if (!noun) return undefined;
  // A money noun in a name is a word, not a statement (a restaurant order's note, a Trello card): it weighs like
  // a name that deletes, outranking plain verbs but not a warning, an explanation or a read-only claim.
  return signal('Financial', source === 'title' ? LEVEL.lead : LEVEL.nameIrreversible, source, `${source} \`${words[at]}\` on \`${noun}\``);
}
