import type { Tool } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import {
  ACTION_ARGUMENT_NAMES, CODE_ARGUMENT_NAMES, FINANCIAL_MUTATING_VERBS, FINANCIAL_NOUNS, NEGATIONS,
  NON_FINANCIAL_SUBSCRIPTION_QUALIFIERS, NOUN_LIKE_VERBS, REPORT_NOUNS, SESSION_END_VERBS, SESSION_NOUNS,
  SESSION_VERBS, inflectionToVerb, verbToCategory,
} from './lexicon.ts';
import { nameToWords, textToSentences } from './words.ts';
import { isAmountArgument } from '../schema-arguments.ts';

/** Where a signal was read. */
export type SignalSource = 'name' | 'title' | 'description' | 'schema' | 'annotation';

/** One piece of evidence for a category; strength 3 decides, 2 supports, 1 only breaks ties. */
export interface Signal {
  category: Category;
  strength: 1 | 2 | 3;
  source: SignalSource;
  /** Reader-facing words: "name verb `delete`". */
  text: string;
}

type ActionCategory = Exclude<Category, 'Other'>;

/** Every signal a tool's definition carries, in reading order. */
export function toolToSignals(tool: Tool): Signal[] {
  const nameWords = nameToWords(tool.name);
  const context = { session: nameWords.some((w) => SESSION_NOUNS.has(w)) || SESSION_DESCRIPTION.test(tool.description ?? '') };
  return [
    ...nameSignals(nameWords, 'name', context),
    ...(tool.title ? nameSignals(nameToWords(tool.title), 'title', context).map(weaken) : []),
    ...descriptionSignals(tool.description ?? '', context),
    ...schemaSignals(tool, nameWords),
    ...annotationSignals(tool),
  ];
}

/** Descriptions that place a tool in a browser session, where even typing into a field is driving it. */
const SESSION_DESCRIPTION = /\b(browser|web ?page|the (current |active )?page|viewport|browser tab|dom element)\b/i;

interface Context {
  session: boolean;
}

/** The category a verb has here: in a browser session, changing things means driving it. */
function verbCategory(verb: string, context: Context): Category | undefined {
  const category = verbToCategory(verb);
  if (!context.session || category === undefined) return category;
  if (SESSION_END_VERBS.has(verb)) return 'Other';
  return category === 'Write' ? 'Execute' : category;
}

function nameSignals(words: string[], source: 'name' | 'title', context: Context): Signal[] {
  const signals: Signal[] = [];
  const verbIndexes = words.map((w, i) => (verbToCategory(w) || SESSION_VERBS.has(w) ? i : -1)).filter((i) => i >= 0);
  const firm = verbIndexes.filter((i) => !NOUN_LIKE_VERBS.has(words[i]!));
  const primary = firm[0] ?? verbIndexes[0];
  if (primary !== undefined) {
    const verb = words[primary]!;
    const category = SESSION_VERBS.has(verb) ? 'Other' : sessionEnd(verb, words, context) ?? verbCategory(verb, context)!;
    signals.push({ category, strength: 3, source, text: `${source} verb \`${verb}\`` });
    for (const i of firm) {
      if (i === primary) continue;
      const other = verbCategory(words[i]!, context);
      const joined = words[i - 1] === 'or' || words[i - 1] === 'and';
      if (other) signals.push({ category: other, strength: joined ? 3 : 2, source, text: `${source} verb \`${words[i]}\`` });
    }
  } else if (words.length > 0 && words.every((w) => REPORT_NOUNS.has(w) || !verbToCategory(w))) {
    const noun = words.find((w) => REPORT_NOUNS.has(w));
    if (noun) signals.push({ category: 'Read', strength: 2, source, text: `${source} names a report (\`${noun}\`)` });
  }
  const financial = financialNameSignal(words, source);
  if (financial) signals.push(financial);
  return signals;
}

function sessionEnd(verb: string, words: string[], context: Context): Category | undefined {
  if (!SESSION_END_VERBS.has(verb)) return undefined;
  return context.session || words.some((w) => ['session', 'connection', 'conversation', 'context'].includes(w)) ? 'Other' : undefined;
}

function financialNameSignal(words: string[], source: 'name' | 'title'): Signal | undefined {
  const verb = words.find((w) => FINANCIAL_MUTATING_VERBS.has(w));
  const noun = words.find((w, i) => FINANCIAL_NOUNS.has(w) && !(w.startsWith('subscription') && NON_FINANCIAL_SUBSCRIPTION_QUALIFIERS.has(words[i - 1] ?? '')));
  return verb && noun ? { category: 'Financial', strength: 3, source, text: `${source} \`${verb}\` on \`${noun}\`` } : undefined;
}

const LEAD_IN = /^(?:this tool|the tool|tool|use this tool to|use this to|use to|used to|allows? (?:you |the agent |agents |users )?to|lets? (?:you )?|helps? (?:you )?(?:to )?|can be used to|a tool (?:for|to|that)|function to|api to|mcp tool to|you can|tries to|attempts to|is used to|method to|please)\s+/i;
const DESTRUCTIVE_PHRASES = /\b(permanently|irreversibl[ey]|cannot be undone|can't be undone|can not be undone|not reversible|irrecoverabl[ey]|no way to recover|unrecoverabl[ey])\b/i;
const READ_ONLY_PHRASES = /\b(read[- ]?only|does not (?:modify|change|alter|write)|doesn't (?:modify|change|alter|write)|without (?:modifying|changing|side effects)|no side[- ]effects|only (?:select|reads?)|select (?:queries|statements) only|non-destructive)\b/i;

function descriptionSignals(description: string, context: Context): Signal[] {
  const signals: Signal[] = [];
  textToSentences(description).forEach((sentence, index) => {
    const words = sentence.text.replace(LEAD_IN, '').toLowerCase().split(/[^a-z0-9'⟨⟩]+/).filter(Boolean);
    words.forEach((word, at) => {
      const verb = inflectionToVerb(word);
      if (!verb) return;
      // "log in", "sign out": the tool manages its own session.
      if ((verb === 'log' || word === 'sign') && ['in', 'out', 'into', 'on', 'off'].includes(words[at + 1] ?? '')) {
        if (at === 0) signals.push({ category: 'Other', strength: 3, source: 'description', text: `description says “${excerpt(sentence.text, word)}”` });
        return;
      }
      const initial = at === 0;
      const afterTo = words[at - 1] === 'to' || ['will', 'can', 'may', 'must', 'shall'].includes(words[at - 1] ?? '');
      const thirdPerson = word !== verb && word.endsWith('s') && !NOUN_LIKE_VERBS.has(verb);
      const asVerb = initial ? word === verb || word.endsWith('s') : afterTo ? word === verb : thirdPerson;
      if (!asVerb) return;
      if (words.slice(Math.max(0, at - 3), at).some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) return;
      const category = verbCategory(verb, context);
      if (!category) return;
      // A sentence that starts with the verb states what the tool does; elsewhere it may be a side note.
      const strength = initial || (afterTo && index === 0) ? 3 : 2;
      signals.push({ category, strength, source: 'description', text: `description says “${excerpt(sentence.text, word)}”` });
    });
    const destructive = DESTRUCTIVE_PHRASES.exec(sentence.text);
    if (destructive && !/\b(not|never)\s+\w*\s*$/.test(sentence.text.slice(0, destructive.index).toLowerCase())) {
      signals.push({ category: 'Destructive', strength: 3, source: 'description', text: `description warns “${excerpt(sentence.text, destructive[0])}”` });
    }
    const readOnly = READ_ONLY_PHRASES.exec(sentence.text);
    if (readOnly) signals.push({ category: 'Read', strength: 3, source: 'description', text: `description says “${excerpt(sentence.text, readOnly[0])}”` });
  });
  return signals;
}

/** The words around a match, at most ~70 characters, cut at word boundaries. */
function excerpt(text: string, around: string): string {
  const at = Math.max(0, text.toLowerCase().indexOf(around.toLowerCase()));
  if (text.length <= 70) return text;
  let start = Math.max(0, at - 25);
  let end = Math.min(text.length, at + around.length + 40);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

function schemaSignals(tool: Tool, nameWords: string[]): Signal[] {
  const signals: Signal[] = [];
  const properties = Object.entries(tool.inputSchema.properties ?? {});
  for (const [name, raw] of properties) {
    const property = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const key = name.toLowerCase();
    if (ACTION_ARGUMENT_NAMES.has(key) && Array.isArray(property.enum)) {
      const worst = worstVerbIn(property.enum.filter((v): v is string => typeof v === 'string'));
      if (worst) signals.push({ category: worst.category, strength: 3, source: 'schema', text: `argument \`${name}\` can be \`${worst.value}\`` });
    }
    if (CODE_ARGUMENT_NAMES.has(key) && (property.type === 'string' || property.type === undefined)) {
      signals.push({ category: 'Execute', strength: 2, source: 'schema', text: `argument \`${name}\` takes code or a command` });
    }
  }
  const amount = properties.find(([name, raw]) => isAmountArgument(name, raw));
  const currency = properties.find(([name]) => /currency/i.test(name));
  const mutating = nameWords.some((w) => FINANCIAL_MUTATING_VERBS.has(w) || verbToCategory(w) === 'Financial');
  if (amount && (currency || mutating) && mutating) {
    signals.push({ category: 'Financial', strength: 3, source: 'schema', text: `argument \`${amount[0]}\` (number)${currency ? ` with \`${currency[0]}\`` : ''}` });
  }
  return signals;
}

function worstVerbIn(values: string[]): { category: ActionCategory; value: string } | undefined {
  const ranked: { category: ActionCategory; value: string }[] = [];
  for (const value of values) {
    for (const word of nameToWords(value)) {
      const category = verbToCategory(word);
      if (category) ranked.push({ category, value });
    }
  }
  const order: ActionCategory[] = ['Financial', 'Destructive', 'Execute', 'Write', 'Read'];
  ranked.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  return ranked[0];
}

function annotationSignals(tool: Tool): Signal[] {
  const a = tool.annotations;
  if (!a) return [];
  const signals: Signal[] = [];
  if (a.readOnlyHint === true) signals.push({ category: 'Read', strength: 2, source: 'annotation', text: 'annotation readOnlyHint=true' });
  if (a.readOnlyHint === false && a.destructiveHint === true) signals.push({ category: 'Destructive', strength: 1, source: 'annotation', text: 'annotation destructiveHint=true' });
  if (a.readOnlyHint === false && a.destructiveHint === false) signals.push({ category: 'Write', strength: 1, source: 'annotation', text: 'annotations readOnlyHint=false, destructiveHint=false' });
  return signals;
}

function weaken(signal: Signal): Signal {
  return { ...signal, strength: signal.strength === 3 ? 2 : 1 };
}
