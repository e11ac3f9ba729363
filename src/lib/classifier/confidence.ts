import type { Tool } from '../schemas/tool.ts';
import { categoryRank, type Category } from '../taxonomy.ts';
import { LEVEL, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

/**
 * The weight of the heaviest signal that disputes the verdict (0 when none): one that says nothing
 * changes (Read, Other) against a change, anything against a read, or a worse category that lost.
 * A better category in the rubric's order does not dispute a worse one: creating an invoice also
 * writes, so `create` (Write) beside `create` on `invoice` (Financial) agrees.
 */
export function strongestRival(signals: readonly Signal[], verdict: Category): number {
  const changes = verdict !== 'Read' && verdict !== 'Other';
  const disputes = (c: Category) => c !== verdict && (!changes || c === 'Read' || c === 'Other' || categoryRank(c) < categoryRank(verdict));
  return Math.max(0, ...signals.filter((s) => disputes(s.category)).map((s) => s.level));
}

/** Highest confidence of a verdict that is not sure (see `confidenceOf`): it stays in the 0.7–0.9 band. */
export const NOT_SURE = 0.88;
/** Highest confidence of a read that the server's own `readOnlyHint: false` disputes. */
const DISPUTED_READ = 0.8;
/** Highest confidence of a verdict whose read-only claim took back a change that the name states. */
const CLAIM_OVERRULED = 0.85;

/** How the verdict was reached, beyond its deciding signals: what `capConfidence` weighs. */
export interface VerdictContext {
  category: Category;
  /** Every signal of the definition, before a read-only claim or a readOnlyHint removed any. */
  all: readonly Signal[];
  /** The signals the verdict was decided on. */
  decidedOn: readonly Signal[];
  /** Whether a read-only claim in the description removed Write and Execute signals. */
  claimed: boolean;
  /** The signals of the verdict's category that decided, strongest first. */
  deciding: readonly Signal[];
  /** The weight of the heaviest signal. */
  top: number;
}

/**
 * Caps that doubts outside the deciding signals put on a verdict's confidence:
 * - a read the server itself says is not read-only (`readOnlyHint: false`): an independent source disputes it (0.8);
 * - a read-only claim that took back the change the name states ("Create an issue. Read-only."): the description
 *   outranks the name, so it settles the category, but the definition contradicts itself (0.85); a run or execute
 *   verb is what a read-only query does ("Execute a read-only SQL query" agrees with itself);
 * - "Edit a page (update/add/delete cells)" on `edit_diagram`: the worst thing the description lists decides, but the
 *   name's own verb says another category and nothing in the name agrees: two readings of the tool (`NOT_SURE`). A
 *   statement outright, a warning of permanent loss or "requires payment", settles it whatever the name says.
 */
export function capConfidence(confidence: number, tool: Tool, verdict: VerdictContext): number {
  const { category, all, decidedOn, claimed, deciding, top } = verdict;
  const disputedRead = category === 'Read' && tool.annotations?.readOnlyHint === false;
  const claimOverruled = claimed && all.some((s) => s.category === 'Write' && s.source === 'name' && s.level >= LEVEL.name);
  const nameDisagrees = top < LEVEL.decisive && !deciding.some((s) => s.source === 'name') && decidedOn.some((s) => s.source === 'name' && s.level >= LEVEL.name && s.category !== category);
  return Math.min(confidence, disputedRead ? DISPUTED_READ : 1, claimOverruled ? CLAIM_OVERRULED : 1, nameDisagrees ? NOT_SURE : 1);
}

/**
 * Higher when strong signals from several sources agree; lower for rivals and contradictions.
 * 0.9 and above is kept for verdicts nothing disputes: either the definition states it outright,
 * or name, description and the server's own annotations or schema (independent sources) all agree
 * with no signal of any weight for another category. A read below a statement outright is sure
 * only when the name's verb is one that observes (see `isSureRead`).
 */
export function confidenceOf(tool: Tool, category: Category, deciding: Signal[], rivals: number, contradictions: number, rival: number): number {
  if (deciding.length === 0) return 0.3;
  const top = deciding[0]!.level;
  let confidence = top >= LEVEL.decisive ? 0.9 : top >= LEVEL.lead ? 0.85 : top >= LEVEL.name ? 0.75 : top >= LEVEL.title ? 0.65 : top >= LEVEL.statement ? 0.55 : 0.45;
  if (category === 'Other') confidence = Math.min(confidence, 0.6);
  // A dry run's Write only says "at least a change": it confirms no category (see dry-run.ts).
  const confirming = deciding.filter((s) => !s.floor);
  // The description and title usually restate the name ("Get a user" on get_user): their agreement adds a
  // little; the schema or the annotations agreeing are independent evidence and add more. So text alone stays
  // below 0.9, which is kept for what the definition states outright (a warning, a money argument, a claim).
  const agreeing = new Set(confirming.filter((s) => s.level >= LEVEL.statement).map((s) => s.source));
  const independent = ['schema', 'annotation'].filter((source) => agreeing.has(source as Signal['source'])).length;
  const textSources = ['name', 'title', 'description'].filter((source) => agreeing.has(source as Signal['source'])).length;
  confidence += 0.03 * Math.min(1, Math.max(0, textSources - 1)) + 0.05 * Math.min(2, Math.max(0, independent - (textSources === 0 ? 1 : 0)));
  // Name, description and annotations or schema agreeing, nothing at all disputing: as sure as a statement outright.
  // An aside for another category ("…to update it later") already says the sources may not tell the whole story.
  const sources = new Set(confirming.map((s) => s.source));
  if (rival === 0 && sources.has('name') && sources.has('description') && (sources.has('annotation') || sources.has('schema'))) confidence = Math.max(confidence, 0.92);
  // A rival as strong as a name's verb ("set" on an order, CRUD beside a reference): never 0.9.
  if (rival >= LEVEL.name) confidence = Math.min(confidence, 0.85);
  // A read is the verdict that fails a user worst when wrong: without a statement outright, only an observing name is sure.
  if (category === 'Read' && top < LEVEL.decisive && !isSureRead(tool, deciding)) confidence = Math.min(confidence, NOT_SURE);
  // An amount with a currency also records money (an expense, a budget, a price alert): money is sure to move only when the description says so.
  if (category === 'Financial' && !deciding.some((s) => s.source === 'description')) confidence = Math.min(confidence, NOT_SURE);
  if (restsOnOneReading(category, confirming, top)) confidence = Math.min(confidence, NOT_SURE);
  confidence -= 0.1 * Math.min(1, rivals) + 0.2 * contradictions;
  return Math.round(Math.min(0.99, Math.max(0.2, confidence)) * 100) / 100;
}

/**
 * A verdict that rests on one reading of one part of the definition is not sure, however heavy that
 * part weighs: the worst value of an action argument (one word of a list, often a part's edit or a
 * link's removal), an argument's name or type that neither a lead sentence of the same weight nor
 * name and description together back (`outputPath` beside only "Export to a file"), a read-only claim
 * that no other source (name, title, annotation) agrees with ("Read-only tools (read_scene, …)" on a
 * tool that runs other tools), or a warning of loss that no verb of loss backs ("Reorder slides.
 * WARNING: This is a destructive operation."). A warning beside such a verb, or a money statement in
 * the description, still decides outright.
 */
function restsOnOneReading(category: Category, confirming: readonly Signal[], top: number): boolean {
  const atTop = confirming.filter((s) => s.level === top);
  // "Reorder slides. WARNING: This is a destructive operation.": a warning that no verb of loss, in name or description, backs.
  if (atTop.length > 0 && atTop.every((s) => s.warning) && !confirming.some((s) => !s.warning && s.level >= LEVEL.statement)) return true;
  if (atTop.some((s) => s.source === 'description' && s.level >= LEVEL.decisive && !s.readOnlyClaim)) return false;
  if (atTop.some((s) => s.actionValue)) return true;
  const backers = new Set(confirming.filter((s) => s.source !== 'schema' && s.level >= LEVEL.name).map((s) => s.source));
  if (atTop.length > 0 && atTop.every((s) => s.source === 'schema') && !confirming.some((s) => s.source !== 'schema' && s.level >= LEVEL.lead) && backers.size < 2) return true;
  return category === 'Read' && top >= LEVEL.decisive && !confirming.some((s) => s.source !== 'description' && s.level >= LEVEL.statement);
}

/**
 * Name verbs that only observe by their meaning. Other verbs the rubric reads (download, export,
 * generate, load, open, navigate, test, refresh, capture…) read because of what they act on or
 * how the rules understood their object; on servers the rules have not seen they are the reads
 * that turn out to save a file, create a resource or drive a session.
 */
const OBSERVING_VERBS = new Set([
  'get', 'list', 'search', 'find', 'read', 'describe', 'show', 'view', 'inspect', 'lookup', 'look', 'retrieve', 'count',
  'query', 'browse', 'peek', 'stat', 'whoami', 'preview', 'diff', 'compare', 'explain', 'summarize', 'summarise',
]);

// `content`, `body`, `commit_message`, `new_value`: an argument that carries something to store, not something to look up.
const CONTENT_ARGUMENT_ENDINGS = new Set(['content', 'contents', 'body', 'payload', 'patch', 'changes', 'updates', 'message', 'value', 'values']);

/**
 * A read is sure when its name's verb observes in plain reading ("name verb `get`", not one the rules
 * reinterpreted: "`navigate` (loads a page to read it)") or the name names a report (`git_log`), and
 * no argument carries content to store (a `get_or_create` with a `body`).
 */
function isSureRead(tool: Tool, deciding: readonly Signal[]): boolean {
  const name = deciding.find((s) => s.source === 'name');
  const observes = name !== undefined && (name.verb !== undefined ? OBSERVING_VERBS.has(name.verb) && !name.text.includes('(') : name.text.startsWith('name names a report'));
  if (!observes) return false;
  return !Object.keys(tool.inputSchema.properties ?? {}).some((argument) => CONTENT_ARGUMENT_ENDINGS.has(nameToWords(argument).at(-1) ?? ''));
}
