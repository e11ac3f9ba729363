import type { Category } from '../taxonomy.ts';
import { cjkSignals } from './cjk-signals.ts';
import { ARITHMETIC, LOSES_NOTHING, OWN_BUFFER, QUERY_READS, readVerb, STATEMENT_LANGUAGES, TEXT_FOR_CALLER, type VerbContext } from './collocations.ts';
import { LIGHT_VERB_ALONE } from './light-verbs.ts';
import { isToolSubject } from './tool-subjects.ts';
import { excerpt } from './excerpt.ts';
import { markGeneric } from './generic-claims.ts';
import { inflectionToVerb, NEGATIONS, NOUN_LIKE_VERBS, type VerbForm } from './lexicon.ts';
import { LIGHT_VERBS, movesMoney, REPORT_NOUNS, SESSION_VERBS, TEXT_PRODUCT_OBJECTS } from './nouns.ts';
import { mayHavePhrases, phraseSignals } from './phrase-signals.ts';
import { isArgumentInstruction, isCondition } from './caller-clauses.ts';
import { isQuotedExample } from './quoted-examples.ts';
import { isQuoted } from './quoted-words.ts';
import { objectWindow } from './object-window.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { isTransport, nominalization, sentenceReading } from './sentence-readings.ts';
import { sentenceToKey } from './server-context.ts';
import { positionOf, RELATIVE_PRONOUNS, type Position } from './verb-position.ts';
import { textToSentences, type Sentence } from './words.ts';

/**
 * Signals from a description. The lead sentence (the first that says what the tool does) decides;
 * later sentences add statements ("Deletes remote branches…"), capability lists and warnings,
 * while their imperatives ("Set learn=true…", "Call this first") are instructions to the caller.
 * Sentences in `boilerplate` (shared by the server's tools) are skipped.
 */
export function descriptionSignals(description: string, context: VerbContext, boilerplate?: ReadonlySet<string>): Signal[] {
  const signals: Signal[] = [];
  const phrases = mayHavePhrases(description);
  let leadFound = false;
  let returnsFirst = false;
  textToSentences(description).forEach((sentence, index) => {
    if (index === 0) returnsFirst = WEAK_READ_VERBS.has(sentence.words[0] ?? '');
    if (boilerplate?.size && boilerplate.has(sentenceToKey(sentence))) return;
    if (isQuotedExample(sentence, index)) return;
    if (isLabel(sentence)) {
      // "⚠️ DESTRUCTIVE:" is a label that warns.
      if (phrases) signals.push(...phraseSignals(sentence.text));
      return;
    }
    const asLead = verbSignals(sentence, !leadFound, context);
    // "Return a themed CSS block. Drop into globals.css": after an opening "Returns …", an imperative that would change
    // something tells the caller what to do with what is returned; read as a later sentence.
    const imperative = inflectionToVerb(sentence.words[0] ?? '')?.form === 'base';
    const found = !leadFound && returnsFirst && imperative && asLead.some((s) => s.level >= LEVEL.leadPlain && s.category !== 'Read') ? verbSignals(sentence, false, context) : asLead;
    // "Hyperliquid whale data. • change — abnormal price movements": a verbless first sentence naming data is the lead; what follows lists it.
    const named = index === 0 && found.length === 0 ? namedData(sentence) : undefined;
    if (named) found.push(named);
    if (found.some((s) => s.level >= LEVEL.leadPlain) || named) leadFound = true;
    signals.push(...found);
    if (phrases) signals.push(...phraseSignals(sentence.text));
  });
  if (!leadFound) signals.push(...cjkSignals(description));
  return signals;
}

// "Hyperliquid whale data.", "Funding rate history.": a description that is only a noun phrase naming data.
export const DATA_NOUNS: ReadonlySet<string> = new Set([...REPORT_NOUNS, 'data', 'quotes', 'prices', 'rates', 'ratio', 'ratios', 'depth', 'candles', 'tickers', 'fills', 'trades']);
export const DATA_PHRASE_WORDS = 6;

/** A short verbless first sentence ending in a noun that names data ("Order book depth", "Hyperliquid whale data"): what the tool returns. */
function namedData(first: Sentence): Signal | undefined {
  // "Order book depth" is a noun phrase; "Repairs database tables" starts with a verb we may not know the object of.
  const opening = inflectionToVerb(first.words[0]!);
  if (first.words.length > DATA_PHRASE_WORDS || (opening && !NOUN_LIKE_VERBS.has(opening.verb))) return undefined;
  const noun = first.words.at(-1)!;
  return DATA_NOUNS.has(noun) ? signal('Read', LEVEL.statement, 'description', `description names data (\`${noun}\`)`) : undefined;
}

const KEY_GLOSS = /^\W*[\w-]+\s*[:：=]/;
// "flags → Feature flag best practices", "operations -> CRUD requirements": what an argument's value stands for (not "Generate → validate → fix").
const KEY_ARROW = /^\W*[\w-]+\s*(?:→|->|=>|⇒)(?!\s*[\w-]+\s*(?:→|->|=>|⇒))/;
const HEADER_ENDINGS = new Set(['operations', 'operation', 'commands', 'tools']);

/** "NOTE:", "Resume:", "Compute operations", "START HERE": labels and headers, not sentences. */
function isLabel(sentence: Sentence): boolean {
  if (sentence.words.length <= 2 && sentence.text.endsWith(':')) return true;
  // "- skip：跳过指定资源类型": a lone key glossed in another script is a list item's label.
  if (sentence.words.length === 1 && KEY_GLOSS.test(sentence.text)) return true;
  if (KEY_ARROW.test(sentence.text)) return true;
  // "# Research partner", "## Usage": a Markdown heading.
  if (sentence.text.startsWith('#')) return true;
  // "🚀 START HERE", "IMPORTANT": a shouted header, not what the tool does.
  if (sentence.words.length <= 4 && !/[a-z]/.test(sentence.text) && /[A-Z]/.test(sentence.text)) return true;
  return sentence.words.length <= 4 && HEADER_ENDINGS.has(sentence.words.at(-1)!);
}

// "This tool creates…", "Use this tool to create…": what follows says what the tool does.
const LEAD_IN = /^(?:(?:this|the) tool (?:will |can |also |is used to |helps (?:you )?(?:to )?|allows (?:you )?to )?|tool (?:to|for|that) |use (?:this|these) tools? to |use this to |use to |used to |allows? (?:you |the agent |agents |users )?to |lets? (?:you )?|helps? (?:you )?(?:to )?|can be used to |an? (?:\w+ )?tool (?:for|to|that) |function to |api to |mcp tool to |you can |tries to |attempts to |(?:try|attempt) to |is used to |method to |please |it |also |then |(?:automatically|optionally|recursively|quickly|directly|simply|easily|safely|securely|programmatically|asynchronously|synchronously|efficiently|intelligently|atomically|immediately|manually|fully|only) )+/;
const CALLER_SUBJECTS = new Set(['you', 'your', 'we', 'users', 'user', 'callers', 'clients', 'agents', 'claude']);
const OTHER_SUBJECTS = new Set(['they', 'you', 'that', 'the', 'users', 'agents', 'callers', 'clients', 'we', 'he', 'she']);
// "Returns …", "Provides …": say little about effects, so they only count when nothing else does.
const WEAK_READ_VERBS = new Set(['returns', 'return', 'provides', 'provide', 'gives', 'offers', 'produces']);

function verbSignals(sentence: Sentence, lead: boolean, context: VerbContext): Signal[] {
  const start = leadInLength(sentence.words);
  // "Your app begins by calling delta…", "The user will fill out the form": someone else acts.
  if (CALLER_SUBJECTS.has(sentence.words[start] ?? '')) return [];
  // "Set learn=true to discover sub-commands", "pass dryRun: false": how to fill an argument, not what the tool does.
  if (isArgumentInstruction(sentence.text)) return [];
  // A condition ("when the user wants to…") or a purpose with another subject ("so they can pin you") is not the tool acting.
  const cut = sentence.words.findIndex((w, i) => i >= start && (isCondition(sentence.words, i) || (w === 'so' && OTHER_SUBJECTS.has(sentence.words[i + 1] ?? ''))));
  // "Call after the user has signed in", "Use when asked for X": when to call this tool, not what it does.
  if (cut === start + 1 && ['call', 'use', 'invoke', 'run'].includes(sentence.words[start]!)) return [];
  const words = sentence.words.slice(start, cut < 0 ? undefined : cut);
  // One past the cut: whether a comma follows the last word kept ("Snapshots, if any, …").
  const listed = sentence.listed.slice(start, cut < 0 ? undefined : cut + 1);
  const signals: Signal[] = [];
  let chain: { position: Position; form: VerbForm } | undefined;
  let sawGerund = false;
  let mainForm: VerbForm | undefined;
  let mainVerb: string | undefined;
  let inRelative = false;
  let transported = false;
  let mainCategory: Category | undefined;
  const sentenceContext: VerbContext = { ...context, sentence: true };
  words.forEach((word, at) => {
    // "Drag and drop from source to target": one gesture, a drag; the drop loses nothing.
    const dragged = (word === 'drop' || word === 'drops') && words[at - 1] === 'and' && words[at - 2]?.startsWith('drag');
    const known = dragged ? undefined : phrasalVerb(words, at) ?? inflectionToVerb(word) ?? nominalization(words, at);
    const sawMainVerb = mainForm !== undefined;
    const position = known && !negated(words, at) ? positionOf({ words, listed, at, form: known.form, verb: known.verb, chain, sawGerund, sawMainVerb, mainForm, inRelative, nameWords: context.nameWords }) : undefined;
    if (sawMainVerb && RELATIVE_PRONOUNS.has(word)) inRelative = true;
    if (!position || !known) {
      // "This does not work as generic CRUD", "schemas for all CRUD operations": denied, or what is read about.
      if (word === 'crud' && !negated(words, at) && mainCategory !== 'Read') signals.push(signal('Destructive', LEVEL.lead, 'description', `description says “${excerpt(sentence.text, word)}” (CRUD includes delete)`));
      if (at === 0 && WEAK_READ_VERBS.has(word)) {
        signals.push(weakReadSignal(sentence, words, lead));
        mainForm = word.endsWith('s') ? 'third' : 'base';
      }
      // "list/get/schema/preview/create/delete": a noun listed among the verbs does not end the list.
      // "Set up and run automated tests": the particle of a phrasal verb keeps the list going to the verb after "and".
      if (!['and', 'or', '&'].includes(word) && !(listed[at] && listed[at + 1]) && !(chain && PARTICLES.has(word))) chain = undefined;
      return;
    }
    // "Analyze voting behavior including voting alignment…", "Get the list of actions ("create", "delete")": after a sentence
    // that so far only reads, a gerund listing what it covers, or a verb in quotes, is part of the object read.
    if (mainCategory === 'Read' && ((position === 'gerund' && READ_OBJECT_INTRODUCERS.has(words[at - 1] ?? '') && signals.every((s) => s.category === 'Read')) || isQuoted(sentence.text, word))) return;
    chain = { position, form: known.form };
    if (position === 'gerund') sawGerund = true;
    if (position === 'initial' || (mainForm === undefined && (position === 'modal' || position === 'statement'))) {
      mainForm = known.form;
      mainVerb = known.verb;
    }
    if (position === 'statement' && inRelative && known.form === mainForm) inRelative = false;
    const statesItFirst = position === 'initial' && known.form === 'third';
    // "Open a dashboard to review and modify test cases": after the sentence's own verb, "to …" says what for.
    const purpose = position === 'infinitive' && mainVerb !== undefined && !PURPOSE_IS_EFFECT.has(mainVerb) && !transported;
    // "…answer it inline by running code in the sandbox tool": after the lead sentence, "by …-ing" says how, not what.
    // "Reconnect to the API server by recreating all clients": a session verb is the sentence's own verb too.
    const how = position === 'gerund' && words[at - 1] === 'by' && (mainVerb !== undefined || SESSION_VERBS.has(words[0]!));
    const level = purpose || how ? LEVEL.statement : lead || position === 'gerund' ? LEVEL.lead : levelOf(position, statesItFirst);
    if (level === undefined) return;
    const objects = objectWindow(words, at);
    // "Calls the OpenWeather API to get…", "Launches a headless browser to fetch…": the API or browser is how
    // the tool works; what it is called or launched for ("to get", "to fetch") or the name says what it does.
    if (isTransport(known.verb, objects, words, at)) {
      transported = true;
      return;
    }
    // "replaces separate figma_get_styles, figma_get_variables": it stands in for other tools, it changes nothing.
    if (known.verb === 'replace' && objects.find((w) => !SKIPPED_BEFORE_TOOL_NAMES.has(w)) === '⟨id⟩') return;
    // "Select and run one of the following operations": the operation chosen says what happens, not "run".
    if (objects[0] === 'one' && words[at + 2] === 'of') return;
    // "Perform various block operations (…)": the operations listed after it say what happens.
    if (LIGHT_VERBS.has(known.verb) && objects.some((w) => w === 'operations' || w === 'actions')) return;
    const reading = readVerb(known.verb, objects, sentenceContext);
    if (!reading) return;
    // "Execute a query on the MySQL database": the rest of the sentence can make a query a statement.
    const statement = reading.why === QUERY_READS && sentence.words.some((w) => STATEMENT_LANGUAGES.has(w));
    const whole = sentenceReading(known.verb, reading.category, sentence.text);
    const category = movesMoney(known.verb, objects) ? 'Financial' : statement ? 'Execute' : whole.category;
    // "Deletes remote branches not present locally", stated in a later sentence, still outranks the name.
    // "Enable SaaS for a location. This activates billing", "It charges the saved card": money moved is never the tool's own.
    const irreversible = (statesItFirst && (category === 'Destructive' || category === 'Financial')) || (category === 'Financial' && !inRelative && isToolSubject(words, at, position));
    // A lead sentence saying the tool hands back a text outranks the name's verb (`create_component`).
    // A sentence that says the call only loads context or asks a model, or only produces text or arithmetic, outranks the name.
    const outranksName = (category === 'Read' || LOSES_NOTHING.has(whole.why)) && whole.why ? whole.why : reading.why === TEXT_FOR_CALLER || reading.why === ARITHMETIC || reading.why === OWN_BUFFER || LOSES_NOTHING.has(reading.why) ? reading.why : undefined;
    const producesText = outranksName !== undefined && lead;
    // Its own buffer cleared, or a link removed, outranks even a name that says clear, wipe or delete.
    const ownBuffer = producesText && (outranksName === OWN_BUFFER || LOSES_NOTHING.has(outranksName));
    // "Run a lightweight probe": a light verb whose object is nothing known to run weighs as a plain verb.
    const plain = !producesText && (category === 'Read' || category === 'Write' || (category === 'Execute' && whole.why === undefined && reading.why === LIGHT_VERB_ALONE));
    // "…and dispatch it": a second predicate states an effect, but weighs like a later statement (its object may be
    // the tool's own: "Close a session and terminate the process"). After a lead verb that only reads ("Fetch new
    // emails and store them", "Retrieve an issue and mark it as read") the call does both: the change weighs like
    // the lead's plain verb, so a tie with the reading name goes to the worse (the rubric's worst thing a call can do).
    const afterRead = lead && mainCategory === 'Read' && category !== 'Read' && category !== 'Other';
    // "Book a flight and charge the saved card": money moved is never the tool's own; in the lead it is what the call does.
    const coordinated = position === 'coordinated' ? (lead && category === 'Financial' ? LEVEL.lead : afterRead ? LEVEL.leadPlain : LEVEL.statement) : undefined;
    const weighed = coordinated !== undefined ? coordinated : ownBuffer ? LEVEL.explains : irreversible ? Math.max(level, LEVEL.laterIrreversible) : plain ? Math.min(level, LEVEL.leadPlain) : level;
    if (position === 'initial' && mainCategory === undefined) mainCategory = category;
    signals.push(markGeneric(signal(category, weighed, 'description', `description says “${excerpt(sentence.text, word)}”${producesText ? ` (${outranksName})` : ''}`), known.verb));
  });
  return signals;
}

const PARTICLES = new Set(['up', 'out', 'down', 'off', 'back', 'over']);

// Words before a gerund that lists parts of what is read: "… including voting alignment", "… capabilities for building".
const READ_OBJECT_INTRODUCERS = new Set(['including', 'for']);

/**
 * Verbs the description says the tool does not do ("not to execute the task for you", "does not
 * delete anything"): a name that says them is outranked (the description outranks the name).
 */
export function negatedVerbs(description: string, boilerplate?: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (!NEGATION_HINT.test(description)) return found;
  for (const sentence of textToSentences(description)) {
    if (boilerplate?.size && boilerplate.has(sentenceToKey(sentence))) continue;
    // "Do not send marketing email", "Never delete…": an instruction to the caller, not what the tool does.
    if (CALLER_PROHIBITIONS.has(sentence.words[0] ?? '') || (sentence.words[0] === 'do' && sentence.words[1] === 'not')) continue;
    const w = sentence.words;
    w.forEach((word, at) => {
      const known = inflectionToVerb(word);
      if (!known || known.form !== 'base') return;
      // "not to execute the task for you"; "does not delete", "never sends" (not "if the user does not approve").
      const notTo = w[at - 1] === 'to' && w[at - 2] === 'not';
      const denied = STATED_NEGATION.has(w[at - 1] ?? '') && (w[at - 1] !== 'not' || TOOL_NEGATORS.has(w[at - 2] ?? ''));
      const byCaller = w.slice(Math.max(0, at - 4), at).some((x) => CALLER_SUBJECTS.has(x));
      if (notTo || (denied && !byCaller)) found.add(known.verb);
    });
  }
  return found;
}

const NEGATION_HINT = /\b(?:not|never|cannot)\b|n't\b/i;
const CALLER_PROHIBITIONS = new Set(["don't", 'never', 'avoid', 'please']);
// "does not delete", "will never send", "not to execute": the tool's own behaviour, denied.
const STATED_NEGATION = new Set(['not', 'never', "doesn't", "won't", 'cannot', "can't"]);
const TOOL_NEGATORS = new Set(['does', 'do', 'will', 'would', 'can', 'is', 'and', 'but', 'it', 'tool']);

/**
 * "Returns…", "Provides…" say little about effects (an aside), except when the lead sentence says
 * what comes back is a text for the caller ("Provides guidance for deploying…", "Returns API
 * documentation"): producing it changes nothing, and that outranks the name's verb.
 */
function weakReadSignal(sentence: Sentence, words: string[], lead: boolean): Signal {
  const text = lead ? words.slice(1, 6).find((w) => TEXT_PRODUCT_OBJECTS.has(w)) : undefined;
  if (text) return signal('Read', LEVEL.lead, 'description', `description says “${excerpt(sentence.text, text)}” (${TEXT_FOR_CALLER})`);
  return signal('Read', LEVEL.aside, 'description', `description says “${excerpt(sentence.text, words[0]!)}”`);
}

const LEAD_IN_FIRST_WORDS = new Set(['this', 'the', 'tool', 'use', 'used', 'allow', 'allows', 'let', 'lets', 'help', 'helps', 'can', 'a', 'an', 'function', 'api', 'mcp', 'you', 'tries', 'attempts', 'try', 'attempt', 'is', 'method', 'please', 'it', 'also', 'then', 'automatically', 'optionally', 'recursively', 'quickly', 'directly', 'simply', 'easily', 'safely', 'securely', 'programmatically', 'asynchronously', 'synchronously', 'efficiently', 'intelligently', 'atomically', 'immediately', 'manually', 'fully', 'only']);

const WHO_LOGS = new Set(['the', 'me', 'you', 'them', 'him', 'her', 'us', 'users', 'everyone']);
const SESSION_PARTICLES = new Set(['in', 'out', 'into', 'on', 'off']);
const CHECKED_IN_STARTERS = new Set(['a', 'an', 'the', 'this', 'guest', 'guests', 'attendee', 'attendees', 'visitor', 'visitors', 'patient', 'patients']);

/** "Log in", "signs out" manage the tool's own session; "Work with X…" (router descriptions) claims what "manage" does. */
function phrasalVerb(words: string[], at: number): { verb: string; form: VerbForm } | undefined {
  const word = words[at]!;
  const form: VerbForm = word.endsWith('s') ? 'third' : 'base';
  if (['log', 'logs', 'sign', 'signs'].includes(word) && SESSION_PARTICLES.has(words[at + 1] ?? '')) return { verb: 'login', form };
  // "Log the user out", "sign me in": the particle after who is logged.
  if (['log', 'logs', 'sign', 'signs'].includes(word) && WHO_LOGS.has(words[at + 1] ?? '') && SESSION_PARTICLES.has(words[at + (words[at + 1] === 'the' ? 3 : 2)] ?? '')) return { verb: 'login', form };
  if (at === 0 && word === 'work' && words[1] === 'with') return { verb: 'manage', form: 'base' };
  // "Back up the database": copying it somewhere to restore later.
  if (['back', 'backs'].includes(word) && words[at + 1] === 'up') return { verb: 'backup', form };
  // "Turn on a light": switching something on or off.
  if (['turn', 'turns'].includes(word) && (words[at + 1] === 'on' || words[at + 1] === 'off')) return { verb: 'toggle', form };
  // "Check in a guest", "Check out a library book", "Check off an item": a record's state changed, not a check that reads.
  if (['check', 'checks'].includes(word) && (words[at + 1] === 'in' || words[at + 1] === 'out' || words[at + 1] === 'off') && CHECKED_IN_STARTERS.has(words[at + 2] ?? '')) return { verb: 'checkout', form };
  return undefined;
}

function leadInLength(words: readonly string[]): number {
  // "Partially update…", "Permanently delete…": an adverb before the verb is not the sentence's subject.
  let adverbs = 0;
  while (adverbs < 2 && (words[adverbs]?.length ?? 0) > 4 && words[adverbs]!.endsWith('ly') && inflectionToVerb(words[adverbs + 1] ?? '')) adverbs += 1;
  if (adverbs > 0) return adverbs;
  if (!LEAD_IN_FIRST_WORDS.has(words[0] ?? '')) return 0;
  const match = LEAD_IN.exec(`${words.slice(0, 12).join(' ')} `);
  return match ? match[0].trim().split(' ').length : 0;
}

/** "does not delete", "do not ask the user to run it", "instead of deleting" (not across "but"). */
function negated(words: string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const word = words[i]!;
    if (word === 'but') return false;
    if (NEGATIONS.has(word) || word.endsWith("n't")) return true;
  }
  return false;
}

/** After the lead sentence, an imperative is an instruction to the caller ("Set learn=true"): skipped. */
function levelOf(position: Position, statesItFirst: boolean): number | undefined {
  if (position === 'initial') return statesItFirst ? LEVEL.statement : undefined;
  return position === 'infinitive' ? LEVEL.aside : LEVEL.statement;
}

// "Sends a request to delete the user", "Calls the API to create…": the purpose of these verbs is the effect.
const PURPOSE_IS_EFFECT = new Set([...LIGHT_VERBS, 'send', 'make', 'call', 'use', 'request', 'submit', 'invoke', 'connect', 'access', 'allow', 'enable', 'help', 'let']);
const SKIPPED_BEFORE_TOOL_NAMES = new Set(['the', 'separate', 'old', 'older', 'legacy', 'deprecated', 'individual', 'several', 'multiple']);
