import type { Category } from '../../src/lib/taxonomy.ts';
import type { Random } from './random.ts';
import { nounToText, pluralOf } from './vocabulary.ts';

/** What a description talks about. */
export interface DescriptionSubject {
  category: Category;
  verb: string;
  noun: string;
  service: string;
  /** Set for Other tools: their name (login, handoff…) picks the sentence. */
  otherName?: string;
}

const OPENINGS: Readonly<Record<Exclude<Category, 'Other'>, readonly string[]>> = {
  Read: [
    '{V} {a} {thing} by its ID.',
    '{V} {things} in the {service} account, newest first.',
    '{V} {things} that match a free-text query.',
    '{V} details about {a} {thing}, including its owner and timestamps.',
  ],
  Write: ['{V} {a} {thing} in {service}.', '{V} the given {thing} with the fields provided.', '{V} {a} {thing} on behalf of the authenticated user.'],
  Destructive: ['{V} {a} {thing} permanently.', '{V} the {thing} and everything attached to it.', '{V} {a} {thing} from the {service} account.'],
  Execute: ['{V} {a} {thing} and returns its output.', '{V} the given {thing} on the {service} host.', '{V} {a} {thing} with the given inputs and waits for it to finish.'],
  Financial: ['{V} {a} {thing} for the given amount and currency.', '{V} {a} {thing} for a customer.', '{V} {a} {thing} in {service}; the customer sees it on their statement.'],
};

/** Browser verbs read oddly in the generic templates; these are how real servers put them. */
const SESSION_OPENINGS: Readonly<Record<string, string>> = {
  click: 'Clicks an element on the current page.',
  type: 'Types text into an editable element on the page.',
  navigate: 'Navigates the browser tab to a URL.',
  fill: 'Fills a form field on the page with the given text.',
  press: 'Presses a key on the keyboard, e.g. Enter or ArrowLeft.',
  hover: 'Hovers the mouse over an element on the page.',
  drag: 'Drags an element onto another element on the page.',
  select_option: 'Selects an option in a dropdown on the page.',
  evaluate: 'Evaluates a JavaScript expression in the page and returns the result.',
};

const OTHER_OPENINGS: Readonly<Record<string, string>> = {
  login: 'Signs in to {service} with the configured credentials.',
  logout: 'Signs out of {service} and forgets the stored session.',
  authenticate: 'Authenticates against {service} for the rest of the session.',
  handoff: 'Hands the conversation over to a human operator.',
  sleep: 'Pauses for the given number of seconds.',
};

const NEUTRAL_SENTENCES = [
  'Requires an API key with the `{scope}` scope.',
  'Rate limited to 100 requests per minute.',
  'Dates are ISO 8601 strings in UTC.',
  'IDs are opaque strings.',
  'Only works within the workspaces the token can access.',
  'Large results are truncated to 50 items.',
  'Mirrors the {service} REST API one to one.',
];

const CATEGORY_SENTENCES: Readonly<Record<Category, readonly string[]>> = {
  Read: ['Returns an empty list when nothing matches.', 'Results are sorted by relevance.', 'Use it before any change to see the current state.'],
  Write: ['Fields that are left out keep their current values.', 'The {thing} is visible to every member of the workspace.'],
  Destructive: ['This cannot be undone.', 'Use with care: the data is gone for good.', 'Dependent objects are removed as well when cascade is set.'],
  Execute: ['Output is truncated to 10,000 characters.', 'The call blocks until the run finishes or times out.', 'Environment variables of the server are visible to it.'],
  Financial: ['Amounts are in the smallest currency unit (cents for USD).', 'The customer is billed immediately.', 'Pass an idempotency key to make retries safe.'],
  Other: ['Takes no arguments.', 'Has no effect outside this session.'],
};

const SENTENCE_COUNT_WEIGHTS = { 1: 35, 2: 35, 3: 20, 4: 10 } as const;

/** A description of one to four sentences: what the tool does, then the caveats real servers add. */
export function synthesiseDescription(random: Random, subject: DescriptionSubject): string {
  const count = Number(random.weighted(SENTENCE_COUNT_WEIGHTS));
  const sentences = [openingOf(random, subject)];
  const pool = [...CATEGORY_SENTENCES[subject.category], ...NEUTRAL_SENTENCES];
  sentences.push(...random.sample(pool, count - 1));
  return sentences.map((s) => fillIn(s, subject)).join(' ');
}

const USAGE_NOTES = [
  'Use this tool when you need to work with {a} {thing} and already know its ID; otherwise search for it first and pass the ID from the results.',
  'The response contains the {thing} as JSON, with nested objects expanded only when the fields parameter asks for them, so keep the list of fields short for large accounts.',
  'Behaviour follows the {service} API: permissions are those of the token the server was started with, and errors are returned as text rather than thrown.',
  'When several {things} share a name the most recently updated one is used, which may not be the one the user means; ask before acting on an ambiguous match.',
];

/**
 * The long form some servers use: a usage paragraph and one line per argument (as Stripe's server
 * does), and now and then a page-long manual. Real descriptions run from 30 characters to several
 * thousand; this supplies the long tail.
 */
export function synthesiseDetails(random: Random, subject: DescriptionSubject, properties: Record<string, Record<string, unknown>>): string {
  const usage = random.sample(USAGE_NOTES, random.int(1, 2)).map((s) => fillIn(s, subject)).join(' ');
  const argumentLines = Object.entries(properties).map(([name, schema]) => {
    const type = typeof schema.type === 'string' ? schema.type : 'value';
    const about = typeof schema.description === 'string' ? `: ${schema.description}.` : '.';
    return `- ${name} (${type})${about}`;
  });
  const manual = random.chance(0.05) ? `\n\n${Array.from({ length: random.int(6, 16) }, () => fillIn(random.pick(USAGE_NOTES), subject)).join('\n\n')}` : '';
  return `${usage}${argumentLines.length > 0 ? `\n\nArguments:\n${argumentLines.join('\n')}` : ''}${manual}`;
}

function openingOf(random: Random, subject: DescriptionSubject): string {
  if (subject.category === 'Other') return OTHER_OPENINGS[subject.otherName ?? ''] ?? random.pick(['Ends the current session.', 'Internal helper of the {service} agent.', 'Closes the session this server keeps open.']);
  const sessionOpening = SESSION_OPENINGS[subject.verb];
  if (subject.category === 'Execute' && sessionOpening) return sessionOpening;
  return random.pick(OPENINGS[subject.category]);
}

function fillIn(template: string, subject: DescriptionSubject): string {
  const thing = nounToText(subject.noun);
  const verb = subject.verb.split('_')[0]!;
  return template
    .replaceAll('{V}', capitalise(pluralOf(verb)))
    .replaceAll('{a}', articleOf(thing))
    .replaceAll('{things}', nounToText(pluralOf(subject.noun)))
    .replaceAll('{thing}', thing)
    .replaceAll('{service}', subject.service)
    .replaceAll('{scope}', `${subject.noun.split('_')[0]}:${subject.category === 'Read' ? 'read' : 'write'}`);
}

/** "a" or "an" before a noun; plural-only nouns (funds, credits) take none. */
function articleOf(thing: string): string {
  if (/(funds|credits)$/.test(thing)) return 'the';
  return /^[aeio]/.test(thing) ? 'an' : 'a';
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
