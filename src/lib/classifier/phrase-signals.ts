import { excerpt } from './excerpt.ts';
import { mayHavePassiveLoss, passiveLossOf } from './passive-losses.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// "Permanently deletes", "cannot be undone": a warning of loss. "permanently" alone ("returns it into the
// transcript, permanently") and a passive loss ("pre-connect logs are lost") say less: see PASSIVE_LOSS.
const DESTRUCTIVE_PHRASES = /\b(permanently (?:\w+ )?(?:delet|remov|eras|destroy|purg|wip|los|drop|revok|clos|discard)\w*|(?:delet|remov|eras|destroy|purg)\w* permanently|irreversibl[ey]|cannot be undone|can't be undone|can not be undone|not reversible|irrecoverabl[ey]|no way to recover|unrecoverabl[ey]|(?:cannot|can't|can not) be (?:recovered|restored)|not recoverable|(?:is|are) destructive|destructive (?:operation|action)|will be lost|are lost|data loss)\b/i;
const PASSIVE_LOSS = /^(?:will be lost|are lost|data loss)$/i;
const IRREVERSIBLE_ONLY = /^(?:irreversibl[ey]|cannot be undone|can't be undone|can not be undone|not reversible)$/i;
const LOSS_VERB = /\b(?:delet|remov|drop|purg|eras|wip|destroy|overwrit|revok|los[et]|loss\b|terminat|truncat|clear|discard|reset|replac|uninstall|unpublish)\w*/i;
// "Requires x402 USDC payment", "it will be paid automatically from your wallet": the call itself moves money.
const PAYMENT_PHRASES = /\brequires? (?:an? )?(?:[\w$]+ ){0,2}payments?\b|\bwill be (?:paid|charged)\b|\b(?:is|are|gets?) paid automatically\b|\bcharges? (?:your|the) (?:card|account|wallet)\b|\bdeducted from (?:your|the) (?:balance|wallet|account)\b/i;
// "Requires payment method on file": a payment's details, not a payment.
const PAYMENT_NOUN_AFTER = /^\s+(?:methods?|details|info|information|cards?|accounts?|providers?|setup|settings|status|history)\b/i;
// "…will be charged only when you book the shipment": the payment comes with another action.
const PAID_LATER = /^\s+(?:only\s+)?(?:when|once|if|after|upon)\b/i;
const CALL_SUBJECTS = new Set(['this', 'tool', 'it', 'call', 'each', 'every', 'request', 'endpoint', 'the', 'use', 'usage', 'access', 'query', 'search', 'note']);

/** Whether the words before a payment phrase leave the call as its subject ("Requires…", "This tool requires…", "Each call will be charged"). */
function isTheCall(before: string): boolean {
  const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
  const subject = words.slice(-3);
  return subject.length === 0 || subject.some((w) => CALL_SUBJECTS.has(w)) || /[:(—-]\s*$/.test(before);
}

// "⚠️ DESTRUCTIVE: This tool replaces…": the author's own warning, in capitals.
// Not "SAFE and NON-DESTRUCTIVE": that is the opposite claim.
const DESTRUCTIVE_WARNING = /(?<!NON-|NON |NOT )\bDESTRUCTIVE\b/;
// "…moves it to Deleted Items rather than being permanently removed": the loss the call does not cause.
const NEGATED_BEFORE = /\b(not|never|no)\s+\w*\s*$|\b(?:prevent|prevents|preventing|avoid|avoids|avoiding|against|reduce|reduces|minimi[sz]e|minimi[sz]es|without|rather\s+than|instead\s+of)\s+(?:\w+\s+)?$/;
// "Explain what happens when a repository is permanently deleted": a loss in a condition, not the call's.
// "To permanently delete, delete again from Deleted Items": a purpose the caller may have, reached by another call.
const CONDITIONAL_BEFORE = /\b(?:when|whenever|if|whether|unless|in case|once|what happens)\b|^\W*(?:in order )?to\s+$/;
const ALREADY_LOST = /\b(?:were|was|have been|has been|had been)\s+$/;
const PASSIVE_BEFORE = /\b(?:is|are|get|gets|will be|may be|can be)\s+$/;
const RETENTION = /\bafter \d+\s*(?:days?|hours?|weeks?|months?|years?|minutes?)\b|\bolder than\b|\bretention\b|\bautomatically\b|\bexpire\w*\b/i;
// "…will be lost when the container stops": the loss of an ephemeral environment, not of this call.
const LOST_WHEN = /^\s+(?:when|once|if|after)\s+(?:the\s+|a\s+|this\s+|your\s+)?(?:container|sandbox|server|session|process|vm|machine|instance|environment)\b/i;
// "Permanently close a session and discard its browser tab": the tool's own session, not data.
const OWN_SESSION = /\b(?:close|end|terminate|discard)s?\b.*\b(?:session|connection|browser tab)s?\b/i;
// "This is a soft delete that moves the message to Deleted Items", "Deleted pages can be restored", "The document stays
// recoverable in the trash": the delete can be undone, in whichever sentence the description says so (a lead sentence
// saying it is read in sentence-readings.ts).
const RECOVERABLE_DELETE = /\bsoft[- ]?delet\w*|\b(?:moves?|moved|sends?|sent|goes|go|lands?|ends? up) (?:\w+ ){0,3}(?:to|into|in) (?:the |its |a |your )?(?:trash|bin|recycle bin|wastebasket|deleted items)\b|\bcan (?:still |later )?be (?:restored|recovered|undeleted)\b|\brestorable\b|\b(?:stays?|remains?|is|are|kept) (?:(?!not\b|never\b|no\b)\w+ )?recoverable\b/i;
const DELETING = /\b(?:delet|remov|trash)\w*/i;
const PERMANENT = /\bpermanent(?:ly)?\b|\bcannot be (?:undone|restored|recovered)\b/i;
const READ_ONLY_PHRASES = /\b((?:run|runs|execute|executes) (?:only )?(?:an? )?(?:custom )?(?:sql )?select (?:queries|query|statements?)|read[- ]?only|in read mode|(?:does not|doesn't) (?:\w+ (?:or|nor) )?(?:modify|change|alter|write)|without (?:modifying|changing|side effects|making changes)|no side[- ]effects|makes no changes|only (?:select|reads?)|select (?:queries|statements) only)\b/i;
const NOT_READ_ONLY = /\b(not|never|isn't|no longer)\s+(?:\w+\s+)?read[- ]?only/i;

// "date and file chips are read-only": a claim about something else the tool handles, not about the call.
const CLAIMED_OF = /\b([\w-]+)\s+(?:are|is|remain|remains|stay|stays|become|becomes)\s+(?:always\s+|still\s+)?$/i;
const THE_TOOL = new Set(['tool', 'this', 'it', 'operation', 'call', 'endpoint', 'function', 'query', 'queries', 'command', 'method', 'action', 'access', 'mode', 'request', 'requests', 'server', 'api', 'everything', 'all']);

// "Give read-only access to a field": a permission the call grants, not how the call behaves.
const GRANTED = /^\s*(?:access|permissions?|roles?|users?|tokens?|keys?|scopes?|credentials?|replicas?|members?|sharing|link)\b/i;
// "…the call is rejected (with no side effects)": what a failed call does, not what the tool does.
// "…true to preview without making changes", "simulate first, without modifying": what a rehearsal does, not the call.
const REJECTED_CALL = /\b(?:reject\w*|fail\w*|errors?|dry[- ]?run|unless|if|preview\w*|simulat\w*)\b/i;

// "a read-only SQL query", "read-only operation", "read-only mode": nouns that name the call or how it runs.
const CALL_NOUNS = new Set(['query', 'queries', 'sql', 'operation', 'operations', 'call', 'calls', 'tool', 'tools', 'request', 'requests', 'mode', 'transaction', 'transactions', 'statement', 'statements', 'command', 'commands', 'function', 'method', 'action', 'actions', 'access', 'check', 'lookup', 'search', 'analysis', 'inspection', 'mcp', 'server', 'version', 'wrapper', 'utility', 'helper', 'client']);

/**
 * "Create a read-only share link", "Read-only fields are ignored", "Set a user to read-only or editor":
 * read-only qualifies a thing the call makes or handles, or is a value it sets, not the call itself.
 */
function qualifiesSomethingElse(phrase: string, before: string, after: string): boolean {
  if (!/^read[- ]?only$/i.test(phrase)) return false;
  if (/\b(?:to|as)\s+$/i.test(before)) return true;
  // "Read-only tools (read_scene, get_node_properties…) may be mixed in", "read-only tools such as …": other tools, named.
  if (/^\s*tools\s*(?:\(|such as\b|like\b|e\.g\.)/i.test(after)) return true;
  // "read-only, no side effects", "read-only." end the phrase: a claim.
  if (!/^[\s-]*[A-Za-z]/.test(after)) return false;
  const next = (after.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, NOUN_PHRASE_WORDS);
  if (next[0] === 'or' || next[0] === 'and') return true;
  if (CLAIM_CONTINUES.has(next[0]!)) return false;
  // A noun phrase after it ("read-only ClickHouse SQL query", "read-only share link") names what is read-only.
  return !next.some((w) => CALL_NOUNS.has(w));
}

const NOUN_PHRASE_WORDS = 3;

// "without modifying the body", "without changing existing rows", "does not modify its contents": what the call leaves alone.
const SPARED_PARTS = new Set(['other', 'others', 'existing', 'its', 'their', 'remaining', 'rest', 'original', 'originals', 'surrounding', 'unrelated', 'neighbouring', 'neighboring', 'body', 'content', 'contents', 'formatting', 'layout']);

/** "Update the title without modifying the body": the part a change spares, not a claim that nothing changes. */
function sparesAPart(after: string): boolean {
  return (after.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 4).some((w) => SPARED_PARTS.has(w));
}
const CLAIM_CONTINUES = new Set(['is', 'are', 'by', 'in', 'on', 'for', 'with', 'from', 'against', 'to', 'via', 'so', 'but', 'this', 'it', 'no', 'and', 'or']);

// Words before "does not change" that leave the call as its subject: "It does not…", "… and does not…", "Does not…".
const CALL_OR_LINK = new Set(['and', 'but', 'that', 'which', 'also', 'simply', 'only', 'still', 'so']);

/** "…as long as the screen does not change", "the list doesn't change without a scan": a verb whose subject is not the call. */
function hasOtherSubject(phrase: string, before: string): boolean {
  if (!/^(?:does not|doesn't)\b/i.test(phrase)) return false;
  const subject = before.toLowerCase().match(/([a-z]+)[^a-z]*$/)?.[1];
  if (subject === undefined || /[.:;!?(—-]\s*$/.test(before)) return false;
  return !THE_TOOL.has(subject) && !CALL_OR_LINK.has(subject);
}

function isAboutSomethingElse(before: string): boolean {
  // "\"detect\" reads the state without modifying it": a claim about one option of the tool.
  if (/^\W*["'`][\w-]+["'`]/.test(before)) return true;
  // "The write counterpart to query_runtime_node (which only reads)": a claim about the tool named before it.
  if (/\b\w+_\w+[`'"]?\s*\(?\s*(?:which|that)\s+$/i.test(before)) return true;
  const subject = CLAIMED_OF.exec(before)?.[1]?.toLowerCase();
  // "The 'active' property should not be included as it is read-only": the pronoun stands for the field named before it.
  if ((subject === 'it' || subject === 'this') && NAMED_FIELD.test(before)) return true;
  return subject !== undefined && !THE_TOOL.has(subject);
}
const NAMED_FIELD = /\b(?:property|properties|field|fields|attribute|attributes|parameter|column|columns|argument)\b/i;

/** True when some sentence of `description` may hold a phrase (one test per description instead of per sentence). */
export function mayHavePhrases(description: string): boolean {
  return DESTRUCTIVE_PHRASES.test(description) || RECOVERABLE_DELETE.test(description) || DESTRUCTIVE_WARNING.test(description) || READ_ONLY_PHRASES.test(description) || PAYMENT_PHRASES.test(description) || mayHavePassiveLoss(description);
}

/** Phrases that settle a category whatever the verbs say: warnings of loss, claims of read-only. */
export function phraseSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  const destructive = DESTRUCTIVE_PHRASES.exec(text) ?? DESTRUCTIVE_WARNING.exec(text);
  const before = destructive ? text.slice(0, destructive.index).toLowerCase() : '';
  // "List files that were permanently deleted": what happened to the objects before, not what the call does.
  // "This is a non-destructive operation": the opposite of a warning.
  if (destructive && !NEGATED_BEFORE.test(before) && !ALREADY_LOST.test(before) && !/non[- ]?$/.test(before)) {
    // "Sends the email. This cannot be undone": irreversible, but nothing is lost; only a loss decides.
    const bareIrreversible = IRREVERSIBLE_ONLY.test(destructive[0]) && !LOSS_VERB.test(text);
    // "Items in the trash are permanently deleted after 30 days": a retention policy of the service, not this call's effect.
    const policy = PASSIVE_BEFORE.test(before) && RETENTION.test(text);
    const conditional = CONDITIONAL_BEFORE.test(before);
    const level = LOST_WHEN.test(text.slice(destructive.index + destructive[0].length)) || OWN_SESSION.test(text) || PASSIVE_LOSS.test(destructive[0]) || bareIrreversible || policy || conditional ? LEVEL.statement : LEVEL.decisive;
    signals.push({ ...signal('Destructive', level, 'description', `description warns “${excerpt(text, destructive[0])}”`), warning: true });
  }
  // "Files not present locally are deleted.": the call's loss, stated in the passive (see passive-losses.ts).
  const lost = destructive ? undefined : passiveLossOf(text);
  if (lost) signals.push(signal('Destructive', LEVEL.laterIrreversible, 'description', `description says “${excerpt(text, lost)}” (a loss)`));
  const recoverable = RECOVERABLE_DELETE.exec(text);
  const permanent = PERMANENT.exec(text);
  const lostToo = permanent !== null && !NEGATED_BEFORE.test(text.slice(0, permanent.index).toLowerCase());
  if (recoverable && DELETING.test(text) && !lostToo && !NEGATED_BEFORE.test(text.slice(0, recoverable.index).toLowerCase())) {
    signals.push(signal('Write', LEVEL.explains, 'description', `description says “${excerpt(text, recoverable[0])}” (recoverable from the trash)`));
  }
  const pays = PAYMENT_PHRASES.exec(text);
  if (pays && !PAYMENT_NOUN_AFTER.test(text.slice(pays.index + pays[0].length))) {
    // "Your card will be charged only when you book", "Booking requires payment": another action pays, not this call.
    const elsewhere = PAID_LATER.test(text.slice(pays.index + pays[0].length)) || !isTheCall(text.slice(0, pays.index));
    signals.push(signal('Financial', elsewhere ? LEVEL.statement : LEVEL.decisive, 'description', `description says “${excerpt(text, pays[0])}”${elsewhere ? '' : ' (the call pays)'}`));
  }
  const found = READ_ONLY_PHRASES.exec(text);
  // `{…, readOnly, …}` is a field's name; "the screen does not change" says what something else does.
  const readOnly = found && !/^read[A-Z]/.test(found[0]) && !hasOtherSubject(found[0], text.slice(0, found.index)) ? found : null;
  const after = readOnly ? text.slice(readOnly.index + readOnly[0].length) : '';
  const grantsReadOnly = readOnly !== null && (GRANTED.test(after) || qualifiesSomethingElse(readOnly[0], text.slice(0, readOnly.index), after) || sparesAPart(after));
  if (readOnly && !grantsReadOnly && !NOT_READ_ONLY.test(text) && !isAboutSomethingElse(text.slice(0, readOnly.index)) && !REJECTED_CALL.test(text.slice(0, readOnly.index))) {
    signals.push({ ...signal('Read', LEVEL.decisive, 'description', `description says “${excerpt(text, readOnly[0])}”`), readOnlyClaim: true });
  }
  return signals;
}
