import type { Category } from '../taxonomy.ts';
import { RECOVERABLE, SETTING_REMOVED, UNLINKS } from './collocations.ts';
import { inflectionToVerb, type VerbForm } from './lexicon.ts';
import { restoresDefaults } from './restored-defaults.ts';
import { glossedVerbCategory } from './glossed-verbs.ts';

/**
 * What the rest of a sentence makes of a verb: where the result goes ("to your local project"),
 * what it is for ("… API to get the forecast"), and actions named as nouns in a capability list.
 */

// "Open a browser window for first-time Google login": opening a login is the tool's own session.
const LOGIN = /\b(?:log ?in|login|sign[- ]?in|authenticat\w*|oauth)\b/i;
// "Retrieve metadata from an org to your local project", "Render an SVG to a PNG asset on disk": reading or rendering
// something into local files writes them.
// Not the "to" of "related to a file", "linked to the file", "relevant to a file": that names what is read; nor a file's
// offset, format or type ("Convert a virtual address to a file offset").
const TO_LOCAL_FILES = /\b(?:to|into) (?:your |the |a )?local (?:project|disk|file|files|folder|directory|path|filesystem|machine|workspace)\b|\bto disk\b|\b(?:asset|file|image|png|svg|jpe?g|pdf|archive)s? on (?:the )?(?:local )?disk\b|(?<!\b(?:related|linked|relevant|similar|attached|according|compared|belonging|pertaining|corresponding|specific|applied|referring|relating) )\b(?:to|into) (?:an? |the )?(?:[\w.-]+ ){0,3}files?\b(?! (?:name|path|id|url|offset|format|type|size|extension|handle|descriptor|mode|permission|header|signature)s?\b)/i;

// "Export the results to a Google Sheet", "… into a Drive folder": a read put into a stored document writes it.
const TO_A_STORED_DOCUMENT = /\b(?:to|into) (?:a |an |the |your |my )?(?:new )?(?:[\w-]+ ){0,2}(?:spreadsheets?|sheets?|google docs?|documents?|notion pages?|drive folders?|folders?|buckets?)\b/i;
// "Export the current canvas to a shareable excalidraw.com URL": an export others can open is uploaded, not handed back.
const TO_A_SHARED_LINK = /\b(?:to|as) (?:a |an |the )?(?:shareable|sharable|public|shared) (?:[\w.-]+ ){0,2}(?:url|link)s?\b/i;
// "Convert an existing PDF in Drive into an editable Google Doc": the converted copy is a new stored document.
const SENDING_READS = new Set(['export', 'download', 'save', 'copy', 'dump', 'extract', 'fetch', 'pull', 'backup', 'convert']);
// "Add a Figma file to your context": loading something for the model to read changes nothing outside the call.
const TO_CONTEXT = /\b(?:to|into) (?:your |the |my |our )?(?:context|conversation|chat|prompt)\b/i;
const CONTEXT_LOADING_VERBS = new Set(['add', 'attach', 'include', 'load', 'insert', 'inject']);
const LOADED_INTO = /\bload(?:s|ing)?\b[^.;:]*?\binto (?:a|an|the|your|its|their)? ?[\w-]+/i;
// "Load the image into memory", "… into a buffer", "… into the browser": held for reading or shown, nothing stored is changed.
const INTO_MEMORY = /\binto (?:a |an |the |your )?(?:memory|ram|buffer|cache|browser|viewer|preview|editor view|variable|dataframe|session)\b/i;

// "Send a chat completion request to an OpenAI model": asking a model for text computes an answer.
const TO_A_MODEL = /\bto (?:an? |the )?(?:[\w.-]+ ){0,2}(?:model|llm|ai|assistant|chatbot)s?\b/i;
const ASKING_VERBS = new Set(['send', 'submit', 'post', 'pass', 'forward']);

// "Selects the GCP project to use for subsequent interactions": the tool's own session.
const FOR_LATER_CALLS = /\b(?:subsequent|later|future) (?:\w+ )?(?:calls|interactions|requests|operations|commands|queries|tool calls|invocations)\b|\bfor (?:the|this) (?:current |active )?(?:\w+ )?session\b/i;
const SCOPE_CHOOSING_VERBS = new Set(['select', 'set', 'switch', 'choose', 'use', 'change', 'pick']);
// "Set the logging level of this MCP server", "Enable debug mode for this session": a setting of the tool itself, its own session.
const OWN_SERVER = /\b(?:this|the) mcp server\b|\bthis server\b|\bthis (?:session|conversation|chat)\b|\btool(?:'s)? (?:output|responses?)\b/i;
const SETTING_VERBS = new Set(['set', 'toggle', 'enable', 'disable', 'configure', 'change', 'turn', 'adjust']);
// "Upgrade context-mode to the latest version": installing software.
const TO_NEW_VERSION = /\bto (?:the )?(?:latest|newest|most recent|new|a newer) (?:version|release)\b/i;
// "Executes a dashboard to get a JSON snapshot": run only to read (not tests, builds, jobs or code).
const RUN_VERBS = new Set(['execute', 'run', 'perform', 'trigger']);
const RUNNABLE = /\b(?:tests?|builds?|jobs?|workflows?|pipelines?|migrations?|scripts?|code|commands?|sql|deploy\w*)\b/i;
const TO_READ = /\bto (?:get|fetch|retrieve|identify|evaluate|check|detect|find|list|see|show|inspect|analy[sz]e|measure|assess|compute|calculate|view|read|obtain)\b/i;
// "Remove an issue from a module": taking an item out of a collection loses nothing (a person removed loses access).
// A project or an initiative holds its own records too ("Removes a feature flag from the project" deletes it), so only
// a work item that lives on outside it is taken out ("Remove an issue from a project", "Remove a project from an initiative").
const DETACHING = new Set(['remove', 'unassign', 'detach', 'unlink']);
const FROM_A_COLLECTION = /\bfrom (?:a |an |the |this |that |its |their |your )?(?:\w+ )?(?:module|sprint|milestone|cycle|epic|playlist|segment|cart|favorites|favourites|label|labels|category|team|group|list|lists|album|albums|watchlist|wishlist|release|releases|version|versions|view|views|schedule|roadmap|allowlist|whitelist|blocklist|blacklist|denylist|shortlist|campaign|campaigns|audience|audiences)\b/i;
const WORK_ITEM_FROM_A_PROJECT = /\b(?:issues?|tasks?|tickets?|stories|story|epics?|cards?|projects?)\b.*\bfrom (?:a |an |the |this |that |its |their |your )?(?:\w+ )?(?:projects?|initiatives?)\b/i;
// A contact is a CRM record that lives on and has no access to lose ("Remove a contact from a segment", "… from a campaign").
const PEOPLE = /\b(?:users?|members?|people|persons?|collaborators?|admins?|owners?|guests?|subscribers?)\b/i;
// "Remove an entry from a list": an entry or a row exists only in its list; taken out, it is gone (a CRM record in a list lives on).
const ENTRY_OF_IT = /\b(?:entry|entries|rows?)\b.*\bfrom\b/i;
const TO_TRASH = /\b(?:to|into) (?:the |its |a )?(?:trash|bin|recycle bin|wastebasket)\b|\bcan be restored\b|\brestorable\b/i;
const PERMANENTLY = /\bpermanent(?:ly)?\b|\bcannot be (?:undone|restored|recovered)\b/i;
// "Unlinks a domain from the website": both live on (not "Unlink a file from the filesystem", the POSIX unlink that deletes it).
const UNLINKED_FROM = /\bunlink(?:s|ing)?\b(?:\s+\S+){1,6}?\s+from\b/i;
const UNLINKED_FILE = /\bunlink(?:s|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:files?|paths?|symlinks?|director(?:y|ies)|inodes?)\b/i;
// "Remove a message from the trash": restoring it.
const FROM_TRASH = /\bfrom (?:the )?(?:trash|bin|recycle bin|deleted items)\b/i;

// "Upgrade the account to a paid plan", "Subscribe the workspace to the Pro plan": moving to another plan changes what is billed.
const TO_A_PLAN = /\b(?:to|onto) (?:a |an |the |your |their |its )?(?:[\w-]+ ){0,2}(?:plan|tier)s?\b/i;
const PLAN_MOVING_VERBS = new Set(['upgrade', 'downgrade', 'subscribe']);

// "Join a specific channel to communicate with Figma": a channel joined so the tool can talk to an app is its own connection.
const TO_TALK_WITH = /\bto (?:communicate|talk|connect|interact) (?:with|to)\b/i;

/** What the whole sentence makes of a verb's category: an opened login is Other, a read saved locally writes, a file added to the context or a question to a model reads. */
export function sentenceReading(verb: string, category: Category, text: string): { category: Category; why?: string } {
  // "Show (unhide) a range of rows": the bracketed gloss says which meaning of the word is meant.
  const glossed = glossedVerbCategory(verb, text);
  if (glossed && glossed !== category) return { category: glossed, why: 'as its bracketed gloss says' };
  if (verb === 'open' && (category === 'Execute' || category === 'Write') && LOGIN.test(text)) return { category: 'Other', why: 'opens its own login' };
  if (verb === 'join' && TO_TALK_WITH.test(text)) return { category: 'Other', why: 'joins its own connection to the app' };
  if (PLAN_MOVING_VERBS.has(verb) && TO_A_PLAN.test(text)) return { category: 'Financial', why: 'changes the plan that is billed' };
  if (category === 'Read' && TO_LOCAL_FILES.test(text)) return { category: 'Write', why: 'saves it to files' };
  if (category === 'Read' && SENDING_READS.has(verb) && TO_A_STORED_DOCUMENT.test(text)) return { category: 'Write', why: 'saves it to a document' };
  if (category === 'Read' && (verb === 'export' || verb === 'publish') && TO_A_SHARED_LINK.test(text)) return { category: 'Write', why: 'puts it at a link others can open' };
  if (category === 'Write' && CONTEXT_LOADING_VERBS.has(verb) && TO_CONTEXT.test(text)) return { category: 'Read', why: 'loads it for the model to read' };
  // "Load a sprite into a Sprite2D node", "Load a CSV file into a database table": what is loaded into a stored thing changes it.
  if (category === 'Read' && verb === 'load' && LOADED_INTO.test(text) && !TO_CONTEXT.test(text) && !INTO_MEMORY.test(text)) return { category: 'Write', why: 'loads it into a stored thing' };
  if (category === 'Write' && ASKING_VERBS.has(verb) && TO_A_MODEL.test(text)) return { category: 'Read', why: 'asks a model for an answer' };
  if ((category === 'Write' || category === 'Execute') && SCOPE_CHOOSING_VERBS.has(verb) && FOR_LATER_CALLS.test(text)) return { category: 'Other', why: 'chooses what later calls work on' };
  if (category === 'Write' && SETTING_VERBS.has(verb) && OWN_SERVER.test(text)) return { category: 'Other', why: 'configures the tool itself' };
  if (category === 'Write' && (verb === 'upgrade' || verb === 'update') && TO_NEW_VERSION.test(text)) return { category: 'Execute', why: 'installs software' };
  if (category === 'Execute' && RUN_VERBS.has(verb) && !RUNNABLE.test(text) && TO_READ.test(text)) return { category: 'Read', why: 'runs it only to read' };
  if (category === 'Destructive' && DETACHING.has(verb) && (FROM_A_COLLECTION.test(text) || WORK_ITEM_FROM_A_PROJECT.test(text)) && !PEOPLE.test(text) && !ENTRY_OF_IT.test(text)) return { category: 'Write', why: UNLINKS };
  if (category === 'Destructive' && verb === 'remove' && FROM_TRASH.test(text)) return { category: 'Write', why: 'takes it out of the trash' };
  if (category === 'Destructive' && verb === 'unlink' && UNLINKED_FROM.test(text) && !UNLINKED_FILE.test(text)) return { category: 'Write', why: UNLINKS };
  // "Reset configuration to defaults": a setting put back, which one more call changes again.
  if (category === 'Destructive' && restoresDefaults(verb, text)) return { category: 'Write', why: SETTING_REMOVED };
  // "Move a message to the trash", "Delete a file (can be restored from the trash)": nothing is lost yet.
  if ((category === 'Destructive' || verb === 'move') && TO_TRASH.test(text) && !PERMANENTLY.test(text)) return { category: 'Write', why: RECOVERABLE };
  return { category };
}

// "…including speech-to-text recognition, language detection and key deletion": actions named as nouns in a capability list.
const NOMINALIZATIONS = new Map([
  ['detection', 'detect'], ['recognition', 'recognize'], ['analysis', 'analyze'], ['translation', 'translate'], ['transcription', 'transcribe'],
  ['generation', 'generate'], ['extraction', 'extract'], ['validation', 'validate'], ['creation', 'create'], ['deletion', 'delete'],
  ['removal', 'remove'], ['deployment', 'deploy'], ['execution', 'execute'], ['conversion', 'convert'], ['retrieval', 'retrieve'],
  ['modification', 'modify'], ['installation', 'install'], ['synthesis', 'generate'], ['classification', 'classify'], ['summarization', 'summarize'],
]);
const CAPABILITY_LIST_STARTS = new Set(['including', 'includes', 'include', 'supports']);

/** A nominalized action ("language detection") in a capability list that an "including" or "supports" opened. */
export function nominalization(words: readonly string[], at: number): { verb: string; form: VerbForm } | undefined {
  const verb = NOMINALIZATIONS.get(words[at]!);
  if (!verb) return undefined;
  return words.slice(Math.max(0, at - 10), at).some((w) => CAPABILITY_LIST_STARTS.has(w)) ? { verb, form: 'gerund' } : undefined;
}

const TRANSPORT_VERBS = new Set(['call', 'invoke', 'hit', 'access', 'use', 'query']);
const LAUNCH_VERBS = new Set(['launch', 'start', 'open', 'spawn', 'spin', 'use']);
const API_OBJECTS = new Set(['api', 'apis', 'endpoint', 'endpoints', 'service', 'services', 'server', 'servers']);
const BROWSER_OBJECTS = new Set(['browser', 'headless', 'chrome', 'chromium', 'puppeteer', 'playwright', 'webdriver']);

/** An API called or a browser launched as the means to an end named after it ("to get", "to fetch"). */
export function isTransport(verb: string, objects: readonly string[], words: readonly string[], at: number): boolean {
  if (TRANSPORT_VERBS.has(verb) && objects.some((w) => API_OBJECTS.has(w))) return true;
  const purpose = words.indexOf('to', at + 1);
  return LAUNCH_VERBS.has(verb) && objects.some((w) => BROWSER_OBJECTS.has(w)) && purpose > 0 && inflectionToVerb(words[purpose + 1] ?? '')?.form === 'base';
}
