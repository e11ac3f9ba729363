import { inflectionToVerb, NOUN_LIKE_VERBS, verbToCategory, type VerbForm } from './lexicon.ts';
import { isPluralSubject } from './plural-subjects.ts';

/** How a verb sits in its sentence, which decides whether it says what the tool does. */
export type Position = 'initial' | 'statement' | 'modal' | 'infinitive' | 'gerund' | 'coordinated';

/** A word of a sentence that is a form of a verb we know, with what came before it. */
export interface VerbAt {
  words: string[];
  /** True where a comma, slash or ampersand precedes the word. */
  listed: boolean[];
  at: number;
  form: VerbForm;
  verb: string;
  /** The verb this one may continue ("create, update or delete"). */
  chain: { position: Position; form: VerbForm } | undefined;
  /** Whether a capability gerund ("for listing…") came earlier in the sentence. */
  sawGerund: boolean;
  /** Whether the sentence's own verb came earlier ("Generate a chart that integrates…"). */
  sawMainVerb: boolean;
  /** The form of the sentence's own verb, once seen: a later verb of that form after "and" continues it. */
  mainForm?: VerbForm;
  /** Whether a relative clause ("…users who can delete…") opened after the sentence's own verb. */
  inRelative?: boolean;
  /** The tool name's words: "Update history for…" on `get_update_history` is the name's noun, not a verb. */
  nameWords?: readonly string[];
}

// Who may be the subject of a modal that says what the tool does ("it can delete", "and can delete").
const MODAL_SUBJECTS = new Set(['it', 'this', 'tool', 'and', 'or', 'also', 'that', 'which', 'server', 'api', 'function', 'command', 'endpoint', 'operation']);
// "what you're trying to build", "once you've decided to delete": a contracted subject is the same caller.
const CALLER_SUBJECTS = new Set(['you', 'user', 'users', 'we', 'i', 'caller', 'callers', 'agent', 'agents', 'assistant', 'model', 'llm', 'client', 'clients', "you're", "you've", "you'll", "you'd", "we're", "we've", "i'm", "i've"]);
const MODALS = new Set(['will', 'can', 'may', 'must', 'shall', 'should', 'would', 'could']);
const HELP = new Set(['help', 'helps', 'helping']);
const GERUND_INTRODUCERS = new Set(['including', 'includes', 'include', 'supports', 'support', 'supporting', 'by', 'enables', 'enable', 'allows', 'allow', 'via']);
// "Commands for managing…", "Primary tool for diagnosing…": a `for` after these introduces a capability.
// Not "useful for": "Useful for recovering lost commits" says what the output helps with, not what the call does.
const CAPABILITY_NOUNS = new Set(['commands', 'command', 'operations', 'tool', 'tools', 'functions', 'support', 'used', 'api', 'apis', 'endpoints', 'methods', 'options', 'actions', 'capabilities', 'utilities', 'helpers', 'interface', 'suite', 'server']);
// Who does the verb: "it deletes", "which removes", "but deletes" ("and updates" is left to the chain of verbs).
const SUBJECTS = new Set(['it', 'tool', 'that', 'which', 'who', 'also', 'then', 'this', 'but', 'server', 'command', 'function', 'endpoint', 'api']);
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whose']);
// "the accounts used to make the request", "permissions required to create": the infinitive says what the object is for.
const PARTICIPLES_BEFORE_TO = new Set(['used', 'needed', 'required', 'necessary', 'able', 'allowed', 'permitted', 'designed', 'intended', 'meant', 'made', 'built', 'chosen', 'given', 'enough', 'ready']);
// "Explains how to delete…", "Lists the steps to migrate…": what the tool tells, not what it does.
const GUIDANCE_BEFORE_TO = new Set(['how', 'steps', 'instructions', 'ways', 'guide', 'guidance', 'where', 'what', 'when', 'whether']);
// "Requests that failed", "Logs from the tab": a noun-like verb before these is the noun.
const NOUN_FOLLOWERS = new Set(['are', 'is', 'were', 'was', 'have', 'has', 'can', 'will', 'of', 'that', 'which', 'whose', 'from', 'with']);
const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'your', 'our', 'my', 'his', 'her', 'any', 'all', 'each', 'every', 'some'];
// After a verb that is also a noun, these words show it is the verb: "Post a message", "Comment on an issue".
const VERB_OBJECT_STARTERS = new Set([
  ...DETERMINERS, 'that', 'one', 'two', 'three', 'multiple', 'several', 'various', 'new', 'up', 'down', 'out', 'in', 'on',
  'into', 'to', 'from', 'with', 'by', 'and', 'or', 'between', 'entire', 'whole', 'current', 'given', 'specific',
  'existing', 'selected', 'active', 'custom', 'them', 'it', 'more', 'many', '⟨code⟩', '⟨id⟩',
]);
// After a participle, these continue a list (or start a prepositional phrase) rather than give it an object.
const LIST_CONTINUERS = new Set(['and', 'or', 'in', 'on', 'to', 'from', 'with', 'by', 'into', 'up', 'down', 'out']);
const OPERATION_NOUNS = new Set(['operations', 'actions', 'operation']);
// Verbs whose participle after the main verb states a loss even before a bare noun ("…, deleting remote files").
const DELETING_PARTICIPLES = new Set(['delete', 'remove', 'overwrite', 'erase', 'wipe', 'purge', 'destroy', 'discard', 'truncate']);
// "starting point", "closing balance", "opening hours": an -ing word before these is an adjective, not a verb.
const COMPOUND_HEADS = new Set(['point', 'points', 'time', 'times', 'date', 'dates', 'position', 'location', 'balance', 'hours']);
// "Call this tool first", "Run it": instructions to the caller, not what the tool does.
// "By calling list_console_messages": pointing at another tool is an instruction too.
const INSTRUCTION_VERBS = new Set(['call', 'use', 'invoke', 'run', 'prefer', 'try', 'pass']);
const ENABLING_VERBS = new Set(['allow', 'enable', 'let', 'permit', 'help']);
const BENEFICIARIES = new Set(['you', 'users', 'the', 'agents', 'clients', 'developers', 'them', 'us', 'llms', 'models', 'ai']);
const INSTRUCTION_OBJECTS = new Set(['this', 'it', 'these', 'them', 'me', '⟨id⟩', '⟨code⟩']);
const BACK_POINTERS = new Set(['it', 'them', 'this', 'that', 'these', 'those']);
const INSTRUCTION_MANNERS = new Set(['with', 'without', 'again', 'once', 'twice', 'first', 'next']);

/** Where a known verb form stands, or undefined when it is not used as the tool's verb here. */
export function positionOf(v: VerbAt): Position | undefined {
  const { words, at, form, verb } = v;
  const previous = words[at - 1];
  const next = words[at + 1];
  if (form === 'past') return undefined;
  // "deletes are refused", "Creates, updates and deletes are reported": plural nouns, the sentence's subject.
  if (form === 'third' && isPluralSubject(words, at, verb)) return undefined;
  // "Call with no arguments to get the URL", "Run again with force=true": how to call it, an instruction.
  if (INSTRUCTION_VERBS.has(verb) && (INSTRUCTION_OBJECTS.has(next ?? '') || INSTRUCTION_MANNERS.has(next ?? ''))) return undefined;
  // "Start here when diagnosing…": where the caller should begin, not what the tool does.
  if ((verb === 'start' || verb === 'begin') && (next === 'here' || next === 'with')) return undefined;
  // "…, allowing you to get the data points": what the caller can do next, not what the tool does.
  if (ENABLING_VERBS.has(verb) && BENEFICIARIES.has(next ?? '')) return undefined;
  if (v.chain && v.chain.form === form && (previous === 'and' || previous === 'or' || previous === '&' || v.listed[at]) && verbShaped(verb, form, next)) return v.chain.position;
  if (continuesMainVerb(v, previous, next)) return 'statement';
  // "Create an event and dispatch it", "Finds stale branches and deletes them": a verb of the sentence's own verb's form after "and" continues its predicate.
  if (coordinatesMainVerb(v, previous, next)) return 'coordinated';
  // Inside "…users who can delete the repository", verbs describe the object, not the tool.
  if (v.inRelative) return undefined;
  if (at === 0 && isNameNoun(v)) return undefined;
  if (form === 'gerund' && COMPOUND_HEADS.has(next ?? '')) return undefined;
  if (form === 'gerund' && (isCapabilityGerund(v, previous) || !inflectionToVerb(words[at]!))) return 'gerund';
  // "Load a file into the session, REPLACING the entire diagram": a participle after the sentence's own verb states an effect.
  // Not a participle in a list of states: "(total, passed, failed, running) and avg duration".
  // "Sync a local folder to the bucket, deleting remote files…": a participle that deletes takes a bare object too.
  if (form === 'gerund' && v.sawMainVerb && v.listed[at] && (VERB_OBJECT_STARTERS.has(next ?? '') || (next !== undefined && DELETING_PARTICIPLES.has(verb) && !NOUN_FOLLOWERS.has(next))) && !LIST_CONTINUERS.has(next ?? '')) return 'statement';
  // "Perform various page operations (create, archive, update)": the listed operations are capabilities.
  if (form === 'base' && OPERATION_NOUNS.has(previous ?? '') && verbShaped(verb, form, next)) return 'gerund';
  // "tool to perform actions like create folder, get all assets": the examples of actions are capabilities.
  if (form === 'base' && (previous === 'like' || (previous === 'as' && words[at - 2] === 'such')) && words.slice(Math.max(0, at - 4), at).some((w) => OPERATION_NOUNS.has(w))) return 'gerund';
  // "Snapshots, if there are any, will be deleted", "Logs, metrics and traces": a plural-looking noun-like word before a comma is the noun.
  // "… the filter matches nothing — drop it.": a bare imperative on a pronoun points back at something named before; an instruction.
  if (at === 0 && form === 'base' && words.length <= 3 && BACK_POINTERS.has(next ?? '')) return undefined;
  // "fills by wallet", "Posts by user": a third-person form with no object before "by"/"per" heads a noun phrase (not "Deletes by ID").
  if (at === 0 && form === 'third' && (next === 'by' || next === 'per') && verbToCategory(verb) !== 'Destructive') return undefined;
  if (at === 0) return form !== 'gerund' && verbShaped(verb, form, next, words[at + 2]) && !(form === 'third' && NOUN_LIKE_VERBS.has(verb) && v.listed[at + 1]) ? 'initial' : undefined;
  // "… AND you need to recall it later": what the caller wants to do, not what the tool does.
  if (form === 'base' && previous === 'to' && (CALLER_SUBJECTS.has(words[at - 3] ?? '') || CALLER_SUBJECTS.has(words[at - 4] ?? ''))) return undefined;
  if (form === 'base' && previous === 'to') return v.sawMainVerb && describesObject(words[at - 2]!) ? undefined : infinitive(words, at);
  if (form === 'base' && HELP.has(previous!)) return 'infinitive';
  if (form === 'base' && (MODALS.has(previous!) || (previous!.endsWith('ly') && MODALS.has(words[at - 2] ?? '')))) {
    // "Preview the changes a deployment would make": after the sentence's own verb, a modal of another subject describes the object.
    const subject = words[at - (MODALS.has(previous!) ? 2 : 3)];
    // "you MUST follow these", "the user can delete it later": what the caller does, not the tool.
    if (CALLER_SUBJECTS.has(subject ?? '')) return undefined;
    // "the method must match an entry in the allowlist": "must" after a thing other than the tool states a requirement on it.
    if (previous === 'must' && subject !== undefined && /^[a-z]+$/.test(subject) && !MODAL_SUBJECTS.has(subject)) return undefined;
    return v.sawMainVerb && !MODAL_SUBJECTS.has(subject ?? '') ? undefined : 'modal';
  }
  // After the sentence's own verb, "that integrates…" describes its object, not the tool.
  if (v.sawMainVerb && RELATIVE_PRONOUNS.has(previous!)) return undefined;
  // "Pair with any tool that ingests untrusted input", "anyone who sees it": what someone or something else does.
  if (RELATIVE_PRONOUNS.has(previous!) && isOtherActor(words, at - 2)) return undefined;
  if (form === 'third' && !NOUN_LIKE_VERBS.has(verb) && (SUBJECTS.has(previous!) || previous!.endsWith('ly')) && !NOUN_FOLLOWERS.has(next ?? '')) return 'statement';
  return undefined;
}

// Who else a relative clause may be about: other tools ("any tool", "other tools"), people and programs.
const OTHER_ACTORS = new Set(['tools', 'anyone', 'anybody', 'anything', 'everyone', 'someone', 'users', 'callers', 'clients', 'agents', 'apps', 'applications', 'services']);
const OTHER_TOOL_QUANTIFIERS = new Set(['any', 'another', 'other', 'every', 'each', 'all']);

/** The antecedent at `at` is someone or something other than this tool: "any tool", "other tools", "anyone", "users". */
function isOtherActor(words: readonly string[], at: number): boolean {
  const antecedent = words[at];
  return antecedent !== undefined && (OTHER_ACTORS.has(antecedent) || (antecedent === 'tool' && OTHER_TOOL_QUANTIFIERS.has(words[at - 1] ?? '')));
}

/** "Finds files that match X and deletes them": after "and", a verb of the sentence's own verb's form ends the relative clause. */
function continuesMainVerb(v: VerbAt, previous: string | undefined, next: string | undefined): boolean {
  if (!v.inRelative || !v.mainForm || v.form !== v.mainForm || v.form === 'gerund' || !(previous === 'and' || previous === 'or')) return false;
  return !NOUN_LIKE_VERBS.has(v.verb) || VERB_OBJECT_STARTERS.has(next ?? '');
}

/** After the sentence's own verb and its object, "and"/"or" + a verb of the same form + a determiner or pronoun ("and deletes them"). */
function coordinatesMainVerb(v: VerbAt, previous: string | undefined, next: string | undefined): boolean {
  if (v.inRelative || !v.sawMainVerb || v.form !== v.mainForm || v.form === 'gerund') return false;
  // "…and then runs it", "…and automatically fixes them": an adverb between "and" and the verb.
  const before = previous !== undefined && (previous === 'then' || previous === 'also' || (previous.length > 4 && previous.endsWith('ly'))) ? v.words[v.at - 2] : previous;
  if (!(before === 'and' || before === 'or')) return false;
  // "Book a room and pay with the saved card", "… and pay for it": paying needs no object; a preposition says how or what for.
  return OBJECT_DETERMINERS.has(next ?? '') || (PAYING_PREPOSITIONS.has(next ?? '') && verbToCategory(v.verb) === 'Financial');
}

const OBJECT_DETERMINERS = new Set([...DETERMINERS, 'it', 'them', '⟨id⟩', '⟨code⟩']);
const PAYING_PREPOSITIONS = new Set(['with', 'for', 'by', 'using', 'via', 'from']);

/** A word before "to" that makes the infinitive describe the object ("used to make") or what the tool tells ("how to delete"). */
function describesObject(word: string): boolean {
  return PARTICIPLES_BEFORE_TO.has(word) || GUIDANCE_BEFORE_TO.has(word) || (word.endsWith('ed') && word.length > 4);
}

/** "Update history for the device" on `get_update_history`: the name uses the two words as a noun, after a verb of its own. */
function isNameNoun(v: VerbAt): boolean {
  const name = v.nameWords;
  const next = v.words[1];
  if (!name || !next) return false;
  const at = name.findIndex((w, i) => i > 0 && w === v.words[0] && name[i + 1] === next);
  return at > 0 && name.slice(0, at).some((w) => verbToCategory(w) !== undefined);
}

/** A verb that is also a noun reads as the verb only when what follows looks like its object. */
function verbShaped(verb: string, form: VerbForm, next: string | undefined, afterNext?: string): boolean {
  if (form === 'gerund' || !NOUN_LIKE_VERBS.has(verb) || verbToCategory(verb) === 'Read' || verb === 'run') return true;
  if (form === 'third') return !NOUN_FOLLOWERS.has(next ?? '');
  // "Type text into an input field", "Drag files onto the drop zone": a bare object moved into a place is the verb's.
  if (next !== undefined && !NOUN_FOLLOWERS.has(next) && (afterNext === 'into' || afterNext === 'onto')) return true;
  // "Import credentials from file", "Transfer funds to a savings account": a verb that moves things, from a source or to a place.
  if (next !== undefined && !NOUN_FOLLOWERS.has(next) && MOVING_VERBS.has(verb) && (afterNext === 'from' || afterNext === 'to')) return true;
  // "Set device orientation", "Post message to channel": these start an imperative even before a bare noun.
  if (IMPERATIVE_FIRST.has(verb) && next !== undefined && !NOUN_FOLLOWERS.has(next)) return true;
  // "Record task feedback", "Record completion of a plan step": before a singular noun, `record` starts an imperative ("Record counts…" is a noun).
  if (verb === 'record' && next !== undefined && !NOUN_FOLLOWERS.has(next) && !next.endsWith('s')) return true;
  return next === undefined || VERB_OBJECT_STARTERS.has(next);
}

const IMPERATIVE_FIRST = new Set(['set', 'post', 'store']);
const MOVING_VERBS = new Set(['import', 'export', 'transfer', 'forward']);

function isCapabilityGerund(v: VerbAt, previous: string | undefined): boolean {
  if (previous && GERUND_INTRODUCERS.has(previous)) return true;
  if (previous === 'for') return CAPABILITY_NOUNS.has(v.words[v.at - 2] ?? '');
  return v.sawGerund && (previous === 'and' || previous === 'or' || v.listed[v.at] === true);
}

/** "to delete": not when "to" ends a purpose clause ("To invoke a command, set…") or follows "wait for X". */
function infinitive(words: string[], at: number): 'infinitive' | undefined {
  if (at === 1) return undefined;
  const before = words.slice(Math.max(0, at - 5), at - 1);
  return before.includes('for') || before.includes('from') ? undefined : 'infinitive';
}
