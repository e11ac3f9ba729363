import { categoryRank, type Category } from '../taxonomy.ts';
import { objectReading, recordActionReading } from './object-readings.ts';
import { chosenScope } from './chosen-scope.ts';
import { clearedCache } from './cleared-caches.ts';
import { inflectionToVerb, verbToCategory } from './lexicon.ts';
import { attachedTarget, linkReading, unlinkedFrom } from './linked-records.ts';
import { drivesSessionBy } from './session-gestures.ts';
import { numberOperand, objectHead, objectsBeforeClause } from './object-head.ts';
import { actionNoun, compoundHead, hasVagueObject, LIGHT_VERB_ALONE, runnableIn } from './light-verbs.ts';
import {
  DEPLOYED_OBJECTS, DEPLOYING_VERBS, IDENTIFIER_OBJECTS, RESOLVED_RECORDS, LASTING_GENERATED_OBJECTS, LIGHT_VERBS, LOADED_DATA_OBJECTS, OPENED_RECORD_OBJECTS,
  ASSEMBLED_OUTPUTS, ASSEMBLING_VERBS, DELETED_RELATIONS, OWN_JOB_OBJECTS, PRODUCING_VERBS, RENDERED_OUTPUTS, TOPIC_VERBS, READ_OBJECTS, RELEASED_OBJECTS, RELEASE_VERBS, scheduledObjectOf, SCHEDULING_VERBS, SESSION_END_VERBS, SESSION_MANAGE_VERBS, SESSION_OBJECTS,
  SESSION_VERBS, STOP_VERBS, STORED_MARKER, TEXT_PRODUCT_OBJECTS,
} from './nouns.ts';

/** What a verb means here, and (when its object changed the meaning) the object that did. */
export interface VerbReading {
  category: Category;
  /** The object word that decided, shown in evidence: "name `start` + `trace`". */
  object?: string;
  /** Why the object matters, in a few words: "a read", "its own session". */
  why?: string;
}

/** Where a verb is read: in a browser or device session, changing things means driving it. */
export interface VerbContext {
  session: boolean;
  /** The session is only the server's (a third of its tools drive one), not placed by this tool's own definition. */
  inheritedSession?: boolean;
  /** The session is only "in the browser": it may be the user's own, opened to show them something. */
  inUsersBrowser?: boolean;
  /** The tool name's words, for telling its nouns from verbs in the description. */
  nameWords?: readonly string[];
  /** Set while reading a description sentence, where a verb's object window is empty when it has none. */
  sentence?: boolean;
}

const NAVIGATING_VERBS = new Set(['navigate', 'goto', 'go', 'visit']);

/**
 * The category of `verb` given the words around it (for a name: its other words; for a sentence:
 * the words after the verb up to the next clause). Rules run from the most specific to the
 * verb's own category, so "start a trace" reads while "start a job" runs.
 */
export function readVerb(word: string, objects: readonly string[], context: VerbContext): VerbReading | undefined {
  // "Reinstall the SSL certificate": a verb done again reads like the verb (lexicon.ts).
  const verb = inflectionToVerb(word)?.verb ?? word;
  const has = (set: ReadonlySet<string>): string | undefined => objects.find((w) => set.has(w));
  if (SESSION_VERBS.has(verb)) return linkReading(verb, objects) ?? { category: 'Other', why: 'manages its own session' };
  // "an upload session", "a learning session": a resource the call creates, not the tool's own session.
  // "the context-mode dashboard": `context` before another noun qualifies it; only as the head is it the tool's context.
  const ownSession = objects.some((w) => RESOURCE_SESSION_QUALIFIERS.has(w)) ? undefined : objects.find((w, i) => SESSION_OBJECTS.has(w) && (w !== 'context' || i === objects.length - 1));
  // "Open a file and return its contents": after "and" comes another predicate, whose "its" is no released resource.
  const released = RELEASE_VERBS.has(verb) ? objects.slice(0, (objects.indexOf('and') + 1 || objects.length + 1) - 1).find((w) => RELEASED_OBJECTS.has(w)) : undefined;
  const session = (SESSION_MANAGE_VERBS.has(verb) ? ownSession : undefined) ?? released;
  if (session) return { category: 'Other', object: session, why: 'its own session' };
  // "Start a learning session", "Starts the Mastra course": beginning something that is recorded, not run.
  const begun = LIGHT_VERBS.has(verb) ? has(BEGUN_RECORDS) ?? (has(SESSION_OBJECTS) && has(RESOURCE_SESSION_QUALIFIERS)) : undefined;
  if (begun) return { category: 'Write', object: begun, why: 'begins a record, runs nothing' };
  const ownJob = STOP_VERBS.has(verb) ? has(OWN_JOB_OBJECTS) : undefined;
  if (ownJob) return { category: 'Other', object: ownJob, why: 'stops its own recording or helper' };
  if (context.session && SESSION_END_VERBS.has(verb)) return { category: 'Other', why: 'ends its own browser session' };
  // "Attach to a running process", `detach_from_process`, "Close tab by index": connecting to what it debugs or drives, and closing its own view.
  const attached = attachedTarget(verb, objects);
  const tab = SESSION_END_VERBS.has(verb) ? objects.slice(0, 3).find((w) => w === 'tab' || w === 'tabs') : undefined;
  if (attached ?? tab) return { category: 'Other', object: attached ?? tab, why: 'its own session' };
  // "Initialize a browser with a URL", "Launch the browser": starting its own browser.
  const ownBrowser = BROWSER_SESSION_VERBS.has(verb) ? has(OWN_BROWSER_OBJECTS) : undefined;
  if (ownBrowser && !has(NAVIGATED_OBJECTS_BUT_WINDOW)) return { category: 'Other', object: ownBrowser, why: 'its own browser' };
  // "Resize the browser window", "Set the viewport to 375x812": the page re-lays out and its scripts react, like emulating a device.
  const reshaped = RESHAPING_VERBS.has(verb) ? has(OWN_BROWSER_OBJECTS) ?? has(NAVIGATED_OBJECTS_BUT_WINDOW) : undefined;
  if (reshaped && context.session) return { category: 'Execute', object: reshaped, why: 'drives the session' };
  // "Check a checkbox or radio button": ticking a box drives the page.
  const box = verb === 'check' ? has(BOXES) : undefined;
  if (box) return { category: 'Execute', object: box, why: 'ticks a box' };
  // "Clear the CCXT cache": derived data the tool rebuilds on demand; nothing is lost.
  const cache = clearedCache(verb, objects);
  if (cache) return { category: 'Write', object: cache, why: DERIVED_DATA };
  // "Clear the console log buffer", "Discards captured entries": the tool's own scratch state, not data.
  const scratch = SCRATCH_VERBS.has(verb) ? has(SCRATCH_OBJECTS) : undefined;
  if (scratch) return { category: 'Other', object: scratch, why: OWN_BUFFER };
  // "Remove an issue from a module", "remove a label": taking something out of a collection loses nothing.
  // "Delete a dependency between two tasks", "Delete your vote": what is deleted is only a relation (not a short link, which is a record).
  const detached = DETACHING_VERBS.has(verb) ? has(RELATIONS) ?? unlinkedFrom(verb, objects) : verb === 'delete' ? objects.slice(0, 2).find((w) => DELETED_RELATIONS.has(w)) : undefined;
  if (detached) return { category: 'Write', object: detached, why: UNLINKS };
  // "Runs in non-thinking mode", "Executes locally": a light verb with no object says how the tool works.
  if (LIGHT_VERBS.has(verb) && (objects.every((w) => w === STORED_MARKER) || HOW_IT_RUNS.has(objects[0]!)) && context.sentence) return { category: 'Read', why: 'says how it works' };
  // "Run a Percy visual test scan": running tests or a build runs, whatever it reports.
  // "Run a code review", "Run a search job": of a compound, the last noun is the head.
  const head = LIGHT_VERBS.has(verb) ? compoundHead(objects) : undefined;
  // "Run a Percy visual test scan": tests, builds, jobs and workflows run wherever they stand in the compound.
  const runs = head ? runnableIn(objects, head) : undefined;
  if (runs) return { category: 'Execute', object: runs, why: 'runs it' };
  if (head) return { category: 'Read', object: head, why: 'a read' };
  // "Perform a translation", "Run an export": a light verb governing an action noun does that action.
  const action = LIGHT_VERBS.has(verb) ? actionNoun(objects) : undefined;
  if (action) return { ...readVerb(action.verb, [], context)!, object: action.word, why: 'does the action it names' };
  // "Execute a transaction against an app": a transaction is a batch of data changes; running it writes data.
  const transaction = LIGHT_VERBS.has(verb) && !has(STATEMENT_LANGUAGES) && !has(QUERIES) ? has(TRANSACTIONS) : undefined;
  if (transaction) return { category: 'Write', object: transaction, why: 'changes data' };
  // "Run a Logs Insights query": a query reads, unless it is SQL or Cypher against a database, which can change it.
  const query = LIGHT_VERBS.has(verb) ? has(QUERIES) : undefined;
  if (query && !has(STATEMENT_LANGUAGES)) return { category: 'Read', object: query, why: QUERY_READS };
  // "Open a Salesforce org in the browser": showing the user something, not driving a page.
  if (verb === 'open' && context.inUsersBrowser && !has(NAVIGATED_OBJECTS)) return { category: 'Read', why: 'shows it in a browser' };
  // "Set the active workspace", `select_current_project`: what the tool works on from now on, its own session.
  // "Select an organization", `switch_workspace`, `set_target`: choosing among the places later calls act on is choosing the scope, with or without
  // "active" (not "Set a profile as default", a stored setting).
  const chosen = CHOOSING_VERBS.has(verb) || (verb === 'set' && has(TARGET_WORDS) !== undefined) ? chosenScope(objects) : undefined;
  const scope = (SCOPE_VERBS.has(verb) && has(CURRENT_WORDS) ? has(SCOPE_OBJECTS) : undefined) ?? chosen;
  if (scope) return { category: 'Other', object: scope, why: 'chooses what it works on' };
  // "Refresh the OAuth access token": renewing its own credentials is the tool's session; refreshing data re-reads it.
  const credential = verb === 'refresh' ? has(CREDENTIAL_OBJECTS) : undefined;
  if (credential) return { category: 'Other', object: credential, why: 'its own credentials' };
  // "Switch to a different Google account": who the tool acts as, its own session.
  const identity = verb === 'switch' ? has(IDENTITY_OBJECTS) : undefined;
  if (identity) return { category: 'Other', object: identity, why: 'its own session' };
  // "Accepts an array of messages": what the tool takes, not an invitation accepted.
  const input = verb === 'accept' ? has(INPUT_SHAPES) : undefined;
  if (input) return { category: 'Read', object: input, why: 'describes its input' };
  const request = REQUEST_VERBS.has(verb) ? httpRequest(objects) : undefined;
  if (request) return request;
  // "start authenticating", "Start device authorization", "Complete the login": starting or finishing a login is logging in.
  if ((LIGHT_VERBS.has(verb) || LOGIN_ENDING_VERBS.has(verb)) && (SESSION_GERUNDS.has(objects[0] ?? '') || has(LOGIN_OBJECTS))) return { category: 'Other', why: 'manages its own session' };
  // "start waiting", "begin crawling": a light verb takes the meaning of the activity it starts.
  const activity = LIGHT_VERBS.has(verb) ? inflectionToVerb(objects[0] ?? '') : undefined;
  if (activity?.form === 'gerund' && !LIGHT_VERBS.has(activity.verb)) return readVerb(activity.verb, objects.slice(1), context);
  // "Sort an Excel range", "Format cells": arranging a document's cells changes it (not "format the output").
  const cells = REARRANGING_VERBS.has(verb) ? has(DOCUMENT_PART_OBJECTS) : undefined;
  if (cells) return { category: 'Write', object: cells, why: 'changes a document' };
  // "Remove content restrictions", "remove bullet points": taking off a setting loses no data ("documents matching a filter" is no setting).
  const setting = DESTRUCTIVE_ON_DATA_VERBS.has(verb) ? objectsBeforeClause(objects).find((w) => SETTING_OBJECTS.has(w)) : undefined;
  if (setting) return { category: 'Write', object: setting, why: SETTING_REMOVED };
  // "should follow the CSV specification": conforming to a format changes nothing.
  const format = verb === 'follow' ? has(FORMAT_OBJECTS) : undefined;
  if (format) return { category: 'Read', object: format, why: 'conforms to a format' };
  const special = (context.session ? undefined : recordActionReading(verb, objects)) ?? objectDependent(verb, has, objects) ?? objectReading(verb, objects, context.session);
  if (special) return special;
  // "Navigate to a URL", "Go back": outside a session, the rubric's "load a URL to read it". In a browser or device
  // session it moves the page that later clicks and typing act on, and a page loaded there runs its scripts: it
  // drives it. "Visit a page and extract its content" is how a scraper reads.
  if (NAVIGATING_VERBS.has(verb)) return context.session && verb !== 'visit' ? { category: 'Execute', why: 'drives the session' } : { category: 'Read', why: 'loads a page to read it' };
  const category = verbToCategory(verb);
  const text = textProduct(verb, category, objects);
  if (text) return text;
  // "Run a lightweight probe", "Trigger the Acme thing": a light verb whose object is nothing known to run says
  // little on its own (the rubric's Execute is code, commands, builds, jobs, workflows…): weighed as a plain verb.
  // With no object ("list/run/delete", "create, run and see"), the verb is aimed at the tool's own subject.
  if (LIGHT_VERBS.has(verb) && category === 'Execute' && !context.session && hasVagueObject(objects)) return { category, why: LIGHT_VERB_ALONE };
  if (!category || !context.session) return category && { category };
  if (drivesSessionBy(verb, category, context.inheritedSession)) return { category: 'Execute', why: 'drives the session' };
  return { category };
}

function objectDependent(verb: string, has: (set: ReadonlySet<string>) => string | undefined, objects: readonly string[]): VerbReading | undefined {
  let object: string | undefined;
  // "Evaluate JavaScript" runs it; "evaluate an action against a policy" judges it.
  if (verb === 'evaluate') return (object = has(EVALUATED_CODE)) ? { category: 'Execute', object, why: 'runs code' } : { category: 'Read', why: 'judges, runs nothing' };
  if ((verb === 'resume' || verb === 'retry' || verb === 'restart') && (object = has(RESUMED_RUNS))) return { category: 'Execute', object, why: 'runs it again' };
  // "Adds two numbers": arithmetic computes ("Add a number counter widget to a page" adds a widget); "Pull the latest metrics": fetching data reads.
  if (ARITHMETIC_VERBS.has(verb) && (object = numberOperand(objects, NUMBER_OBJECTS))) return { category: 'Read', object, why: ARITHMETIC };
  if (verb === 'pull' && (object = has(PULLED_DATA))) return { category: 'Read', object, why: 'fetches data' };
  // "Track an analytics event", "track time on an issue": tracking an event or time records it; tracking a shipment reads.
  if (verb === 'track' && (object = has(TRACKED_RECORDS))) return { category: 'Write', object, why: 'records it' };
  // "Replaces the entire document": overwriting all of something loses what was there.
  if ((verb === 'replace' || verb === 'overwrite') && (object = has(WHOLES))) return { category: 'Destructive', object, why: 'overwrites it' };
  // "Upgrade context-mode to the latest version": installing a newer version of software runs its install.
  if ((verb === 'upgrade' || verb === 'update') && (object = has(SOFTWARE_VERSIONS))) return { category: 'Execute', object, why: 'installs software' };
  // "Convert an issue to a subtask": changing what a stored record is writes; converting units or formats computes.
  // Of "web page content" the head is the content: converting it computes.
  const head = objects.filter((w) => w !== STORED_MARKER).at(-1);
  if (verb === 'convert' && head && STORED_RECORDS.has(head)) return { category: 'Write', object: head, why: 'changes a stored record' };
  // "Capture a journal entry", "capture an idea": recording a note stores it (a screenshot or a trace is read).
  if (verb === 'capture' && (object = has(CAPTURED_RECORDS))) return { category: 'Write', object, why: 'records it' };
  if (verb === 'resolve') return (object = has(RESOLVED_RECORDS)) ? { category: 'Write', object, why: 'closes it' } : { category: 'Read', object: has(IDENTIFIER_OBJECTS), why: 'a lookup' };
  if (verb === 'forward' && (object = has(PORTS))) return { category: 'Execute', object, why: 'starts a port forward' };
  // "Install an SSL certificate": putting a certificate or key in place configures; it installs no software.
  if ((verb === 'install' || verb === 'uninstall') && (object = has(INSTALLED_CREDENTIALS))) return { category: verb === 'install' ? 'Write' : 'Destructive', object, why: 'a certificate or key, not software' };
  if (verb === 'generate' && (object = has(LASTING_GENERATED_OBJECTS))) return { category: 'Write', object, why: 'creates something lasting' };
  if (verb === 'open' && (object = has(OPENED_RECORD_OBJECTS))) return { category: 'Write', object, why: 'creates a record' };
  if (verb === 'load' && (object = has(LOADED_DATA_OBJECTS))) return { category: 'Write', object, why: 'writes data' };
  if (DEPLOYING_VERBS.has(verb) && (object = has(DEPLOYED_OBJECTS))) return { category: 'Execute', object, why: 'a deployment' };
  if (SCHEDULING_VERBS.has(verb) && (object = scheduledObjectOf(objects))) return { category: 'Execute', object, why: 'something that runs' };
  return undefined;
}

/** Why "remove an issue from a module" writes: it unlinks; outranks a name that says delete. */
export const UNLINKS = 'unlinks it, nothing is lost';

/** Why "clear the cache" loses nothing: derived data, rebuilt on demand. */
export const DERIVED_DATA = 'derived data, rebuilt on demand';

/** Why "remove a filter" or "clear breakpoints" loses nothing: a setting, not data. */
export const SETTING_REMOVED = 'removes a setting, not data';

/** Why "Move a message to the trash" loses nothing: it can be restored. */
export const RECOVERABLE = 'recoverable from the trash';

/**
 * Readings that say nothing is lost, whatever the verb: stated in the description, they outrank a
 * name that says delete, clear or trash (the rubric's Destructive is loss that cannot be undone).
 */
export const LOSES_NOTHING: ReadonlySet<string | undefined> = new Set([UNLINKS, DERIVED_DATA, SETTING_REMOVED, RECOVERABLE]);

/** Why "clear the console buffer" is the tool's own state: outranks a name that says clear or wipe. */
export const OWN_BUFFER = 'clears its own buffer';

/** Why "run a funnels query" reads: a query reads, unless it is a statement language (see STATEMENT_LANGUAGES). */
export const QUERY_READS = 'a query';

/** Why "add two numbers" reads: arithmetic on the caller's numbers. */
export const ARITHMETIC = 'computes';

/** Why a verb whose object is a guide, documentation or examples reads. */
export const TEXT_FOR_CALLER = 'produces text for the caller';

/**
 * "Creates a guide for building a component", `deploy_guide`, `install_instructions`: the head
 * object is a text for the caller, so the call changes nothing (Read), whatever its verb builds or
 * runs. Not when the text is stored somewhere ("Create a guide in the wiki") or the verb changes or
 * deletes an existing one (`update_docs`, `delete_guide`).
 */
function textProduct(verb: string, category: Category | undefined, objects: readonly string[]): VerbReading | undefined {
  // "Generate installation commands and configuration files": generated text handed back, nothing run or installed.
  const generated = GENERATING_VERBS.has(verb) ? objects.find((w) => GENERATED_TEXTS.has(w)) : undefined;
  if (generated && !objects.includes(STORED_MARKER)) return { category: 'Read', object: generated, why: TEXT_FOR_CALLER };
  // "Build a comprehensive risk profile", "Compile a weekly report": assembling a report is computing the call's own output.
  // "Create a bar chart from the given data", "Make a QR code", "Create a chat completion": rendered or computed for the caller (the rubric's chart from given data).
  const stored = objects.includes(STORED_MARKER);
  const rendered = PRODUCING_VERBS.has(verb) && !stored && !objects.includes('new') ? objects.find((w, i) => RENDERED_OUTPUTS.has(w) && (objects.slice(i + 1).every((x) => HOW_IT_RUNS.has(x)) || w === 'qr')) : undefined;
  const assembled = (ASSEMBLING_VERBS.has(verb) && !stored ? objects.slice(0, 4).find((w) => ASSEMBLED_OUTPUTS.has(w)) ?? [objectHead(objects)].find((w) => ASSEMBLED_OUTPUTS.has(w ?? '')) : undefined) ?? rendered;
  if (assembled) return { category: 'Read', object: assembled, why: TEXT_FOR_CALLER };
  const head = objectHead(objects);
  // "Setup guides.", "Install instructions for Linux": a text about doing it, named like `deploy_guide`, not doing it.
  if (TOPIC_VERBS.has(verb) && TEXT_PRODUCT_OBJECTS.has(objects[0] ?? '')) return { category: 'Read', object: objects[0], why: TEXT_FOR_CALLER };
  if (!head || !TEXT_PRODUCT_OBJECTS.has(head) || objects.slice(0, 2).includes('new')) return undefined; // "Create a new checklist": kept, like "a new chart".
  if (!PRODUCING_VERBS.has(verb) && category !== 'Execute') return undefined;
  return { category: 'Read', object: head, why: TEXT_FOR_CALLER };
}

const PORTS = new Set(['port', 'ports']);
const INSTALLED_CREDENTIALS = new Set(['ssl', 'certificate', 'certificates', 'cert', 'certs', 'tls', 'key', 'keys', 'license', 'licence']);
const GENERATING_VERBS = new Set(['generate', 'suggest', 'recommend', 'draft', 'compose', 'write']);
const GENERATED_TEXTS = new Set(['commands', 'command', 'config', 'configuration', 'code', 'script', 'scripts', 'snippet', 'snippets', 'sql', 'query', 'queries', 'yaml', 'json', 'manifest', 'manifests', 'dockerfile', 'templates', 'steps', 'regex', 'prompt', 'prompts', 'summary', 'answer', 'explanation', 'plan']);
const CREDENTIAL_OBJECTS = new Set(['token', 'tokens', 'credentials', 'credential', 'auth', 'oauth', 'session', 'login']);
const SCOPE_VERBS = new Set(['set', 'select', 'switch', 'use', 'choose', 'change']);
const CURRENT_WORDS = new Set(['active', 'current', 'working']);
const CHOOSING_VERBS = new Set(['select', 'switch', 'choose', 'pick']);
const TARGET_WORDS = new Set(['target']);
const SCOPE_OBJECTS = new Set(['tab', 'page', 'window', 'device', 'target', 'workspace', 'project', 'account', 'org', 'organization', 'board', 'context', 'database', 'db', 'profile', 'environment', 'team', 'space', 'site', 'tenant', 'directory', 'dir', 'folder', 'notebook', 'file', 'document', 'model', 'connection']);
const BEGUN_RECORDS = new Set(['sprint', 'sprints', 'cycle', 'iteration', 'meeting', 'standup', 'retrospective', 'claim', 'playback', 'course', 'courses', 'lesson', 'lessons', 'conversation', 'conversations', 'thread', 'discussion', 'game', 'timer', 'quiz', 'survey', 'tutorial', 'onboarding', 'chat']);
const HOW_IT_RUNS = new Set(['locally', 'remotely', 'asynchronously', 'synchronously', 'automatically', 'once', 'twice', 'quickly', 'offline', 'online', 'daily', 'hourly', 'immediately', 'headless', 'headlessly', 'serverless', 'natively', 'sequentially', 'concurrently', 'first', 'last']);
const BROWSER_SESSION_VERBS = new Set(['init', 'initialize', 'initialise', 'launch', 'start']);
const RESHAPING_VERBS = new Set(['resize', 'maximize', 'minimize']);
const OWN_BROWSER_OBJECTS = new Set(['browser', 'browsers', 'window', 'viewport']);
const NAVIGATED_OBJECTS_BUT_WINDOW = new Set(['url', 'urls', 'page', 'pages', 'link', 'links', 'website', 'site', 'address']);

const NAVIGATED_OBJECTS = new Set(['url', 'urls', 'page', 'pages', 'link', 'links', 'website', 'site', 'tab', 'tabs', 'window', 'address']);
const IDENTITY_OBJECTS = new Set(['account', 'accounts', 'profile', 'profiles', 'identity', 'user', 'tenant']);
const INPUT_SHAPES = new Set(['array', 'list', 'string', 'object', 'input', 'inputs', 'parameter', 'parameters', 'argument', 'arguments', 'json', 'value', 'values', 'number', 'path', 'file', 'files', 'content', 'contents', 'text', 'data', 'image', 'images', 'url', 'urls', 'either', 'optional', 'multiple', 'one']);
const QUERIES = new Set(['query', 'queries']);
const TRANSACTIONS = new Set(['transaction', 'transactions']);
/** Words that make a query a statement that can change data: SQL, Cypher, a database's native language. */
export const STATEMENT_LANGUAGES: ReadonlySet<string> = new Set(['kql', 'sql', 'mysql', 'postgres', 'postgresql', 'sqlite', 'mssql', 'oracle', 'database', 'db', 'cypher', 'neo4j', 'native', 'arbitrary', 'raw', 'insert', 'update', 'delete', 'write', 'gremlin', 'sparql', 'redis', 'mongodb', 'mutation', 'mutations']);
const ARITHMETIC_VERBS = new Set(['add', 'subtract', 'multiply', 'divide', 'sum']);
const NUMBER_OBJECTS = new Set(['number', 'numbers', 'integers', 'integer', 'operands', 'digits', 'two']);
const TRACKED_RECORDS = new Set(['event', 'events', 'conversion', 'conversions', 'time', 'hours', 'expense', 'expenses', 'pageview', 'pageviews']);
const PULLED_DATA = new Set(['data', 'metrics', 'logs', 'records', 'information', 'info', 'results', 'stats', 'statistics', 'report', 'reports', 'content', 'details']);
const BOXES = new Set(['checkbox', 'checkboxes', 'radio', 'box', 'toggle', 'switch']);
const SCRATCH_VERBS = new Set(['clear', 'discard', 'wipe', 'flush']);
const SCRATCH_OBJECTS = new Set(['console', 'buffer', 'screen', 'terminal', 'scratchpad', 'captured']);
const DETACHING_VERBS = new Set(['remove', 'unassign', 'unlink', 'detach']);
const RELATIONS = new Set(['vote', 'votes', 'membership', 'memberships', 'star', 'stars', 'pin', 'pins', 'binding', 'bindings', 'tag', 'tags', 'label', 'labels', 'reviewer', 'reviewers', 'approval', 'approvals', 'assignment', 'assignments', 'link', 'links', 'relation', 'relations', 'relationship', 'relationships', 'association', 'associations', 'reaction', 'reactions', 'assignee', 'assignees', 'dependency', 'dependencies', 'blocker', 'blockers', 'watcher', 'watchers', 'bookmark', 'bookmarks']);
const WHOLES = new Set(['entire', 'all', 'every', 'whole']);
// Not `version` alone: "Update an existing version in a project" changes a record (a new version is TO_NEW_VERSION).
const SOFTWARE_VERSIONS = new Set(['latest', 'package', 'packages', 'dependencies', 'dependency', 'sdk', 'cli', 'binary', 'binaries', 'firmware']);
const CAPTURED_RECORDS = new Set(['note', 'notes', 'entry', 'entries', 'idea', 'ideas', 'thought', 'thoughts', 'todo', 'todos', 'decision', 'decisions', 'insight', 'insights', 'lesson', 'lessons', 'journal', 'learning', 'learnings']);
const STORED_RECORDS = new Set(['issue', 'issues', 'ticket', 'tickets', 'task', 'tasks', 'subtask', 'page', 'pages', 'lead', 'leads', 'contact', 'contacts', 'record', 'records', 'branch', 'draft', 'deal', 'deals', 'card', 'cards']);
const EVALUATED_CODE = new Set(['code', 'javascript', 'js', 'script', 'scripts', 'snippet', 'function', 'python', 'typescript', 'statement']);
const RESUMED_RUNS = new Set(['operation', 'operations', 'job', 'jobs', 'run', 'runs', 'deployment', 'workflow', 'workflows', 'pipeline', 'task', 'tasks', 'build', 'execution', 'process']);
const RESOURCE_SESSION_QUALIFIERS = new Set(['upload', 'download', 'import', 'export', 'transfer', 'learning', 'training', 'meeting', 'support', 'study', 'coaching', 'game', 'checkout', 'payment', 'sync', 'verification', 'kyc', 'onboarding', 'interview', 'booking']);
const LOGIN_OBJECTS = new Set(['authorization', 'authentication', 'login', 'oauth', 'auth', 'signin', 'sign-in']);
const LOGIN_ENDING_VERBS = new Set(['complete', 'finish', 'finalize', 'finalise']);
const SESSION_GERUNDS = new Set(['authenticating', 'logging', 'signing', 'connecting', 'reconnecting', 'disconnecting']);
const REARRANGING_VERBS = new Set(['sort', 'format', 'fill', 'filter']);
const DOCUMENT_PART_OBJECTS = new Set(['range', 'ranges', 'cell', 'cells', 'column', 'columns', 'row', 'rows', 'sheet', 'sheets', 'worksheet', 'paragraph', 'paragraphs', 'table', 'tables', 'color', 'colour', 'background']);
const DESTRUCTIVE_ON_DATA_VERBS = new Set(['remove', 'clear', 'reset']);
const SETTING_OBJECTS = new Set(['background', 'watermark', 'value', 'values', 'breakpoint', 'breakpoints', 'selection', 'highlights', 'sorting', 'zoom', 'restriction', 'restrictions', 'protection', 'protections', 'formatting', 'bullet', 'bullets', 'highlight', 'highlighting', 'styles', 'style', 'filter', 'filters', 'indent', 'indentation', 'settings', 'preferences', 'options', 'defaults', 'focus', 'mock', 'mocks', 'stub', 'stubs', 'override', 'overrides']);
const FORMAT_OBJECTS = new Set(['format', 'specification', 'spec', 'pattern', 'convention', 'conventions', 'instructions', 'steps', 'rules', 'guidelines', 'schema', 'syntax', 'structure', 'standard', 'template', 'example']);

/** Verbs that send a request; with an HTTP method they mean what the method means. */
const REQUEST_VERBS = new Set([...LIGHT_VERBS, 'send', 'make', 'issue']);
const CATEGORY_BY_HTTP_METHOD = new Map<string, Category>([['get', 'Read'], ['head', 'Read'], ['options', 'Read'], ['post', 'Write'], ['put', 'Write'], ['patch', 'Write'], ['delete', 'Destructive']]);

/** "Perform an HTTP GET request": a GET reads, a POST/PUT/PATCH writes, a DELETE deletes (the worst method named). */
function httpRequest(objects: readonly string[]): VerbReading | undefined {
  if (!objects.some((w) => w === 'request' || w === 'requests')) return undefined;
  const methods = objects.filter((w) => CATEGORY_BY_HTTP_METHOD.has(w)).sort((a, b) => categoryRank(CATEGORY_BY_HTTP_METHOD.get(a)!) - categoryRank(CATEGORY_BY_HTTP_METHOD.get(b)!));
  return methods[0] ? { category: CATEGORY_BY_HTTP_METHOD.get(methods[0])!, object: methods[0], why: 'an HTTP method' } : undefined;
}
