/**
 * How a sentence of a tool description opens: with what the tool does ("Lists invoices.", "This tool
 * will refund a payment."), or with something else a one-line summary should not show first — advice
 * ("When you receive a dispute, contacting your customer is the best first step."), a note to the
 * model ("IMPORTANT: always call list_x first"), a usage condition ("Use this when …"), a bare hint
 * ("Read-only."), or a tag in front of the real sentence ("[Project Management] …", "Purpose: …").
 * English patterns only: a sentence in another language is never taken for an aside, so it stays.
 */

/** Actions tools perform, as imperatives. A sentence opening with one (or its -s form) says what the tool does. */
const ACTION_VERBS = new Set(
  `get list create update delete retrieve search add generate fetch read remove set return execute check run manage send find
  upload start move show analyze analyse export open validate test navigate save download clear submit import publish deploy enable
  attach capture discover convert record rename cancel modify close install stop scan connect post insert write extract archive
  pause register poll duplicate compare assign disable replace restore resolve upsert edit hover initialize link trigger store
  revoke click push build look fill press reset view browse resume stage describe detect type clone compute uninstall resize
  approve calculate merge disconnect configure reply launch count suggest patch report preview transfer evaluate switch copy
  activate ingest aggregate render track load restart append customize scroll sync translate terminate query review audit measure
  diagnose reorder reopen parse join share rollback scrape crawl deactivate swipe spawn pull exchange process promote release
  toggle verify drop reload dump subscribe unsubscribe transform lock unlock explore detach organize dismiss fork unarchive
  simulate handle unlink plan initiate produce lookup mark summarize summarise display inspect apply mutate tag untag schedule
  reschedule invite kick ban unban mute unmute pin unpin star unstar unfollow like comment upvote downvote vote answer ask tap drag
  focus select deselect highlight annotate label sign encrypt decrypt hash encode decode compress decompress zip unzip refund
  charge pay purchase buy sell order book reserve transcribe speak play stream broadcast notify alert remind complete finish
  finalize finalise claim reject deny grant authorize authorise authenticate login logout recover wipe purge erase destroy kill
  truncate overwrite rewrite format backup snapshot provision allocate scale rotate renew extend estimate forecast predict classify
  rank score rate sort filter group split combine map geocode route locate compile lint debug profile benchmark bench trace monitor
  watch observe ping probe index reindex embed vectorize chunk`.split(/\s+/),
);

const HINT_WORDS = /^(?:read[- ]only|write|safe|idempotent|non[- ]destructive|mutating|destructive)\.?$/i;
const CONDITION = /^(?:when|whenever|if|before|after|once|unless|while|in case)\b/i;
const NOTE_WORD = /^(?:(?:important|note|nb|tip|hint|attention|reminder|critical|warning|caution|always|never|do not|don['’]t|must|you must|you should|you need|make sure|ensure|please|prefer|preferred|remember|only (?:use|call|run|invoke|for|when|if|after|before)|start here)\b|step\s+\d+(?:\s+of\s+\d+)?\s*[:.)])/i;
const USE_CONDITION = /^(?:use|call|invoke|run|trigger)(?:\s+(?:this|it|me))?(?:\s+(?:tool|function|command|endpoint|action))?\s+(?:only\s+)?(?:when|whenever|if|before|after|first|once|for|in case|instead)\b/i;
/** What follows a plural noun, never a verb's object: "Records are kept", "Tests must pass", "Files in the folder". */
const NOT_AN_OBJECT = /^\s+(?:are|is|were|was|can|could|must|should|will|would|may|might|have|has|need|do|does|of|and|or|with|for|from|in|on|that|which)\b|^[\s]*[,:;.!?]/i;
const TOOL_SUBJECT = /^(?:this|the)\s+(?:tool|function|endpoint|command)\b/i;
const SUBJECT = /^(?:you can use (?:this tool|this|it) to|(?:this|the)\s+(?:tool|function|endpoint|command|api|action|operation|method)|it|tool|you can|you may|used to|use this tool to|use this to|use to|lets you|allows you to|enables you to|helps you(?:\s+to)?)\s+/i;
const MODAL = /^(?:(?:can|may|should)\s+be\s+used\s+to|will|can|may|is used to|is able to|helps(?:\s+you)?(?:\s+to)?|lets\s+you|allows\s+(?:you|users|the user)\s+to|enables\s+(?:you|users|the user)\s+to)\s+/i;

/** Status a reader needs even in one line: a tag naming it stays in the summary. */
const KEPT_TAG = /deprecat|decommission|beta|alpha|experimental|legacy|preview|unstable|danger|destructive|unsafe|sunset|removed/i;
const LEADING_TAG = /^\[([^\][\n]{1,60})\]\s+(?=\S)/;
const PURPOSE_LABEL = /^(?:purpose|description|summary|overview|what (?:it|this tool) does)\s*[:：]\s+(?=\S)/i;
const NOTE_LABEL = /^(?:important|note|notes|nb|tip|hint|attention|reminder|critical|warning|caution)\b[^:\n]{0,30}:\s+(?=\S)/i;
/** An all-capitals label that addresses the model ("USE FOR REDESIGNING APPS:", "FOR REFINE WORKFLOW ONLY:"), not one naming the tool's effect. */
const CAPITALS_LABEL = /^([A-Z][A-Z0-9 /&'-]{2,60}):\s+(?=\S)/;
const MODEL_WORDS = /\b(?:USE|ONLY|PREFERRED|REQUIRED|MUST|ALWAYS|FIRST|IMPORTANT|NOTE|CRITICAL|WARNING|CALL)\b/;

/** Drops tags and labels in front of a sentence ("[Code Management] ", "Purpose: ", "IMPORTANT: "); the rest, a lower-case first word capitalised. */
export function stripOpeningLabels(sentence: string): string {
  let text = sentence;
  for (let round = 0; round < 3; round++) {
    const tag = LEADING_TAG.exec(text);
    const capitals = CAPITALS_LABEL.exec(text);
    const label =
      tag && !KEPT_TAG.test(tag[1]!) ? tag[0]
      : capitals && MODEL_WORDS.test(capitals[1]!) ? capitals[0]
      : (PURPOSE_LABEL.exec(text) ?? NOTE_LABEL.exec(text))?.[0];
    if (!label) break;
    text = text.slice(label.length);
  }
  return text === sentence ? text : capitalise(text);
}

/** A sentence that is not about what the tool does: advice, a condition, a note to the model, a bare hint, or "This tool …" saying nothing more. */
export function isAside(sentence: string): boolean {
  if (HINT_WORDS.test(sentence) || NOTE_WORD.test(sentence) || USE_CONDITION.test(sentence) || /^use when\b/i.test(sentence)) return true;
  if (CONDITION.test(sentence)) return !saysActionAfterCondition(sentence);
  // "This tool helps." or "This tool is part of Acme." says nothing the tool does; "This tool utilizes a model to …" still does.
  const tool = TOOL_SUBJECT.exec(sentence);
  if (!tool || isActionStatement(sentence, false)) return false;
  const rest = sentence.slice(tool[0].length);
  return rest.trim().split(/\s+/).length <= 2 || /^\s+(?:is|was|has|should|must|needs|requires|works|only|does not|doesn['’]t|cannot|can't)\b/i.test(rest);
}

/**
 * A sentence that says what the tool does: an action verb first ("Lists …", "Create …"), or after a
 * subject and a modal ("This tool will create …", "It returns …", "you can submit …"). With
 * `imperative` false a bare imperative does not count: after "If …," it is an order to the model.
 */
export function isActionStatement(sentence: string, imperative = true): boolean {
  const subject = SUBJECT.exec(sentence);
  let rest = subject ? sentence.slice(subject[0].length) : sentence;
  // A modal counts after a subject only: "Can be used to debug crashes" says what the reader may do, not what the tool does.
  const modal = subject ? MODAL.exec(rest) : null;
  if (modal) rest = rest.slice(modal[0].length);
  rest = rest.replace(/^[a-z]+ly\s+/i, '');
  const word = /^[A-Za-z]+/.exec(rest)?.[0].toLowerCase() ?? '';
  // "It returns" and "can submit" are statements; "Returns" alone too, unless the word is a plural noun ("Records are kept");
  // "Submit" alone only where orders are allowed.
  if (isThirdPerson(word)) return subject !== null || !NOT_AN_OBJECT.test(rest.slice(word.length));
  return ACTION_VERBS.has(word) && (imperative || subject !== null);
}

/** A later sentence that can stand for the tool: it states an action, first or after a condition ("If that fails, you can submit evidence …"). */
export function statesAction(sentence: string): boolean {
  return isActionStatement(sentence) || (CONDITION.test(sentence) && saysActionAfterCondition(sentence));
}

/** "If that does not work, you can submit evidence …" states an action; "When you receive a dispute, contacting … is best" does not. */
function saysActionAfterCondition(sentence: string): boolean {
  const comma = sentence.indexOf(', ');
  return comma > 0 && isActionStatement(sentence.slice(comma + 2), false);
}

/** Verbs that state what a tool does only in the third person: "Provides the weather" does, "Provide a city" asks the caller. */
const THIRD_PERSON_VERBS = new Set(['provide', 'give', 'offer', 'perform', 'utilize', 'utilise', 'use', 'leverage']);

function isThirdPerson(word: string): boolean {
  const verbs = (stem: string) => ACTION_VERBS.has(stem) || THIRD_PERSON_VERBS.has(stem);
  if (word.endsWith('ies')) return verbs(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && verbs(word.slice(0, -2))) return true;
  return word.endsWith('s') && !word.endsWith('ss') && verbs(word.slice(0, -1));
}

function capitalise(text: string): string {
  // Only a plain word: a name such as claim_next_task or npm keeps its case.
  return text.replace(/^[a-z](?=[a-z]*[\s,;:])/, (letter) => letter.toUpperCase());
}
