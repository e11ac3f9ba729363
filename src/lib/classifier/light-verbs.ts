import { NOUN_LIKE_VERBS, verbToCategory } from './lexicon.ts';
import { READ_OBJECTS, STORED_MARKER } from './nouns.ts';

/**
 * Light verbs (run, execute, perform, trigger, start…) take their meaning from their object: the
 * rubric's Execute is running code, commands, builds, jobs, workflows; "Run a code review" reads,
 * "Trigger an integration sync" syncs, and "Run the Acme thing" says little on its own.
 */

/** Why "run a probe" weighs as a plain verb: a light verb whose object is nothing known to run. */
export const LIGHT_VERB_ALONE = 'its object is nothing known to run';

/** The first run of words known to run or to read, and its last word (`code review` → review). */
export function compoundHead(objects: readonly string[]): string | undefined {
  const known = (w: string | undefined) => w !== undefined && (RUNNABLE_OBJECTS.has(w) || READ_OBJECTS.has(w));
  const first = objects.findIndex(known);
  if (first < 0) return undefined;
  let last = first;
  while (known(objects[last + 1])) last += 1;
  // "Start the OAuth flow", "Start device login flow": a login flow is the tool's own session, not a run.
  if (FLOWS.has(objects[last]!) && LOGIN_QUALIFIERS.has(objects[first - 1] ?? '')) return undefined;
  return objects[last];
}

const FLOWS = new Set(['flow', 'flows']);
const LOGIN_QUALIFIERS = new Set(['login', 'oauth', 'oauth2', 'auth', 'authorization', 'authentication', 'signin', 'sign-in', 'sso']);

/** What a light verb runs, given its compound's head: the head, or tests, builds, jobs… anywhere ("a visual test scan"). */
export function runnableIn(objects: readonly string[], head: string): string | undefined {
  if (RUNNABLE_OBJECTS.has(head)) return head;
  return objects.find((w) => RUN_ANYWHERE_OBJECTS.has(w));
}

/** The action a light verb's object names (`translation` → translate, `export`), when it is not itself a run. */
export function actionNoun(objects: readonly string[]): { word: string; verb: string } | undefined {
  for (const [at, word] of objects.slice(0, 5).entries()) {
    // "Run Knip and return configuration hints": after "and" comes another predicate's object.
    if (CHAINING.has(word)) return undefined;
    // "Perform a system repair", "Trigger a full filesystem rescan": a verb that reads or writes, heading the compound
    // after a noun, is the action named (not "Trigger a password reset": what deletes or runs keeps the light verb's run).
    if (isHeadingVerb(objects, at)) return { word, verb: word };
    // "run/status/get/update": a list of verbs, not an object.
    if (verbToCategory(word) !== undefined && !ACTION_NOUNS.has(word)) return undefined;
    const verb = ACTION_NOUNS.get(word);
    if (verb) return { word, verb };
  }
  return undefined;
}

const NOT_A_HEAD_BEFORE = new Set(['and', 'or', '&', 'to', 'a', 'an', 'the']);
// "Scenario ops: list/run/status/get": the plain verbs of a list of operations are never an action's name.
const PLAIN_VERBS = new Set(['get', 'list', 'read', 'show', 'view', 'find', 'search', 'describe', 'create', 'add', 'update', 'set', 'put', 'edit', 'write', 'post', 'send']);

/** True when `objects[at]` is a verb that only reads or writes and ends the object after a noun ("a system repair"). */
function isHeadingVerb(objects: readonly string[], at: number): boolean {
  const word = objects[at]!;
  const category = verbToCategory(word);
  // Not a word as often a noun ("Run an ordered list of tool calls"): only a verb the compound could not hold otherwise.
  if ((category !== 'Read' && category !== 'Write') || ACTION_NOUNS.has(word) || NOUN_LIKE_VERBS.has(word) || PLAIN_VERBS.has(word)) return false;
  // `start_render_highlight`, "Start scan mode": an observing verb right after the light verb names the activity started.
  if (at === 0) return category === 'Read' && objects.length > 1;
  const previous = objects[at - 1]!;
  const last = objects.slice(at + 1).every((w) => w === STORED_MARKER);
  return last && !NOT_A_HEAD_BEFORE.has(previous) && verbToCategory(previous) === undefined;
}

/**
 * An object that names nothing known to run: there is one, and it is not a list of verbs
 * ("list/run/status") nor the start of another predicate ("create, run and see"), where the
 * verb is aimed at the tool's own subject.
 */
export function hasVagueObject(objects: readonly string[]): boolean {
  return objects.length > 0 && !CHAINING.has(objects[0]!) && !objects.slice(0, 2).some((w) => verbToCategory(w) !== undefined);
}

const RUNNABLE_OBJECTS = new Set([
  'test', 'tests', 'testing', 'build', 'builds', 'pipeline', 'pipelines', 'job', 'jobs', 'workflow', 'workflows', 'migration', 'migrations',
  'code', 'script', 'scripts', 'command', 'commands', 'program', 'programs', 'function', 'functions', 'notebook', 'notebooks', 'cell',
  'cells', 'task', 'tasks', 'agent', 'agents', 'automation', 'automations', 'playbook', 'playbooks', 'flow', 'flows', 'macro', 'macros',
  'container', 'containers', 'process', 'processes', 'tool', 'tools', 'action', 'actions', 'python', 'javascript', 'shell', 'bash',
  'deployment', 'deployments', 'benchmark', 'benchmarks', 'suite', 'suites', 'sql', 'cypher', 'lambda', 'snippet', 'snippets', 'cron',
  'binary', 'executable', 'application', 'app',
]);
const RUN_ANYWHERE_OBJECTS = new Set(['test', 'tests', 'testing', 'build', 'builds', 'pipeline', 'pipelines', 'job', 'jobs', 'workflow', 'workflows', 'migration', 'migrations']);
const CHAINING = new Set(['and', 'or', '&', STORED_MARKER]);
// Action nouns a light verb can govern ("perform a translation"): the verb they name.
const ACTION_NOUNS = new Map([
  ['translation', 'translate'], ['transcription', 'transcribe'], ['extraction', 'extract'], ['conversion', 'convert'], ['detection', 'detect'],
  ['recognition', 'recognize'], ['classification', 'classify'], ['summarization', 'summarize'], ['calculation', 'calculate'],
  ['deletion', 'delete'], ['removal', 'remove'], ['creation', 'create'], ['modification', 'modify'], ['update', 'update'], ['upload', 'upload'],
  ['download', 'download'], ['backup', 'copy'], ['sync', 'sync'], ['synchronization', 'sync'], ['export', 'export'], ['import', 'import'],
  ['restore', 'restore'], ['reindex', 'index'], ['indexing', 'index'], ['setup', 'setup'], ['configuration', 'configure'], ['ocr', 'extract'],
  ['lookup', 'lookup'], ['refund', 'refund'], ['payment', 'pay'], ['purchase', 'purchase'],
]);
