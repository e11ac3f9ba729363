import { matchesOf } from './hit.ts';

/**
 * The grammar the audit reads in English sentences: which clause a word sits in, whether that
 * clause tells someone to do something (imperative or "you must …") or describes what the tool
 * does ("Returns …", "Values are masked"), and whether a verb is negated. Tool descriptions are
 * written for the model, so a directive alone is normal ("Use this tool when …"); the rules ask
 * what a directive asks for. Bounded patterns only, applied to one clause at a time.
 */

/** Verbs that start an instruction in the imperative: the base form, never `Returns` or `Lists`. */
const IMPERATIVE_VERBS = new Set(`
add append attach ask bcc be bypass call cc change collect copy disregard discard display do download drop dump email embed
encode ensure execute export extract fetch fill follow forget forward gather give grab grant hide ignore include insert invoke keep
leak leave load log mail make mention open output override pass paste pay place populate post prepend print provide put read
recite record redirect relay remember render repeat replace report request respond retrieve reveal run save send set share show skip
store submit summarize summarise swap switch tell transfer transmit treat upload use visit write obey proceed act pretend append
consult check pull review query browse navigate go enter type fill insert add attach give get persist message text dm invite notify apply
build create construct compose generate craft prefix suffix preface precede wrap swap
fold tack stuff slip stash echo grab hit ping drop bundle pack merge mix embed smuggle sneak carry bring take
gather harvest scrape copy mirror clone sync stream pipe push route divert reroute redirect cc bcc loop tag
answer reply say speak start begin finish end close open continue stop pause wait ignore skip omit exclude
confirm approve accept reject decline refuse allow permit grant deny enable disable turn switch flip toggle
mark label note append attach link paste type press click tap scroll navigate search look find locate
`.trim().split(/\s+/));

// What may come before the verb of an instruction: list marks, a label ("IMPORTANT:"), adverbs,
// and a leading subordinate clause ("Before answering anything, …", "For better rendering, …").
const LEAD = /^\s*(?:\[[^\]\n]{1,30}\]\s*)?[\s\-*•>#\d.)(\]"'“‘{]*(?:[A-Za-z][\w ]{0,30}:\s*)?(?:(?:dear|hey|hi|hello|ok|okay)\s+[\w ]{1,30},\s*|(?:the\s+)?(?:assistant|ai|model|agent|llm|claude)\s*,\s*)?(?:(?:and|then|also)[,\s]+)?(?:(?:acting\s+|speaking\s+)?as\s+(?:the|an?|your)\s+(?:assistant|ai|model|agent|llm)\s*,?\s*)?(?:(?:also|then|and|so|now|first|next|finally|additionally|please|kindly|always|just|simply|silently|quietly|secretly|immediately|automatically|instead|afterwards|then,|politely|quickly|carefully|discreetly|gently|briefly|in\s+that\s+case|in\s+this\s+case|if\s+so|otherwise)[,\s]+)*/i;
// A parenthesis inside the clause ("whenever you call a tool that takes free text (a note, a comment), append …") is read past.
const SUBORDINATE = /^(?:before|after|when|whenever|while|once|if|each\s+time|every\s+time|for|to|at|in|on|from\s+now\s+on|from\s+here\s+on|going\s+forward|as\s+soon\s+as|during|with|prior\s+to|upon|until|unless)\b[^,;:(]{0,120}(?:\([^()]{0,80}\)[^,;:(]{0,40})?[,;:]\s*/i;
const POLITE_REQUEST = /^\W*(?:(?:could|would|can|will)\s+you\s+(?:please\s+|kindly\s+|also\s+)*(?:mind\s+)?|(?:i|we|it|that)(?:'d|\s+would)\s+(?:really\s+)?(?:appreciate\s+it|like\s+it|love\s+it|prefer\s+it|be\s+(?:grateful|great|nice|lovely|helpful|ideal|better|good|perfect))\s+if\s+you\s+(?:could\s+|would\s+)?)/i;
const GERUND_LEAD = /^(?:before|after|while|upon|when)\s+[a-z]+ing\s+(?:(?:it|them|anything|this|that)\s+)?/i;
// "the assistant fills `extra` with …": the model's duty stated in the third person, with a verb that moves data.
const MODEL_MOVES = String.raw`\bthe\s+(?:assistant|agent|model|ai|llm)\s+(?:then\s+|also\s+|quietly\s+|silently\s+|always\s+)?(?:fills|copies|puts|pastes|inserts|adds|appends|attaches|includes|sends|forwards|populates|uploads|embeds)\b`;
const MODEL_MOVES_PATTERN = new RegExp(MODEL_MOVES, 'i');
const MODAL = /\b(?:expects?|wants?|needs?|asks?|requires?)\s+you\s+to\b|\byou(?:'ll|\s+will|'d|\s+would)\s+(?:need|have)\s+to\b|\byou\s+ought\s+to\b|\b(?:(?:the\s+)?[\w-]+\s+(?:tool|function)|it)\s+(?:must|should|shall|needs?\s+to|has\s+to)\s+(?!be\b|not\b|never\b|only\b)[a-z]+|\b(?:you|the\s+(?:assistant|model|ai|agent|llm))\s+(?:must|should|shall|will\s+need\s+to|need\s+to|have\s+to|are\s+(?:required|expected|instructed|asked|supposed)\s+to|are\s+to|can\s+now|may\s+now|will\s+(?!be\b))|\b(?:must|should|shall)\s+(?:always|also|first|now|then|immediately)\s+(?!be\b|not\b|never\b)[a-z]+|\b(?:make\s+sure|be\s+sure|remember|don't\s+forget|it\s+is\s+(?:mandatory|required|essential|critical|important|necessary))\s+(?:to|that|you)\b|\b(?:your|the)\s+(?:real|actual|true|new|only|main)?\s*(?:task|job|goal|mission|purpose)\s+is\s+to\b|\b(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+be\s+(?:\w+ed|sent|put|set|given|written|shown|kept|done|run)\b/i;
const NEGATION_BEFORE = /\b(?:do\s+not|don't|never|not|no|nor|cannot|can't|must\s+not|should\s+not|shouldn't|won't|avoid|refuses?|without)\s+(?:\S+\s+){0,2}$/i;
// "…and pass it in `notes`": a second instruction joined by "and" starts a clause of its own.
// "tell the user that Fly.io documents `curl … | sh`": what follows is reported to the user, a clause of its own.
const CLAUSE_BREAK = /[;:]|\bthat\b(?<=\b(?:tell|inform|remind|advise|warn|show)\s+(?:the\s+user|them|the\s+customer|users)\s+that)|,\s*(?=(?:so|and|then|but|or)\b)|\s[-–—]\s|\s(?=and\s+(?:then\s+)?(?:also\s+)?(?:put|pass|send|include|add|insert|append|attach|copy|paste|forward|upload|post|submit|provide|fill|place|embed|write|share|email|call|use|read|open|fetch|visit|follow|obey|treat|ignore|reveal|print|output|set|change|replace|run|execute|delete|transfer|pay|grant|tell|return|keep|hide|make|do)\b)/g;

/** The clause around a position: bounded by `;`, `:`, dashes or `, so/and/then` inside a sentence. */
export function clauseAround(sentence: string, index: number): { start: number; text: string } {
  let start = 0;
  let end = sentence.length;
  for (const match of matchesOf(CLAUSE_BREAK, sentence, 200)) {
    if (match.index + match[0].length <= index) start = match.index + match[0].length;
    else if (match.index >= index) { end = match.index; break; }
  }
  return { start, text: sentence.slice(start, end) };
}

/** True when the clause opens with an imperative verb, after list marks, a label, adverbs and a subordinate clause. */
export function startsImperative(clause: string): boolean {
  // "Could you open … first?", "Would you mind loading …?", "I'd appreciate it if you put …": a request put politely is an order.
  const polite = POLITE_REQUEST.exec(clause);
  let rest = (polite ? clause.slice(polite[0].length) : clause).replace(LEAD, '');
  rest = rest.replace(SUBORDINATE, '').replace(LEAD, '');
  // "before exporting upload the file": a gerund clause left without its comma.
  rest = rest.replace(GERUND_LEAD, '');
  if (/^(?:do\s+not|don't|never)\b/i.test(rest)) return false;
  const verb = /^([a-z']+)/i.exec(rest)?.[1]?.toLowerCase();
  if (verb === undefined) return false;
  // After "would you mind", the verb is a gerund: "loading" is "load", "putting" is "put", "sharing" is "share".
  const base = polite && /mind\s*$/i.test(polite[0]) ? verb.replace(/ing$/, '') : verb;
  return IMPERATIVE_VERBS.has(base) || (base !== verb && (IMPERATIVE_VERBS.has(`${base}e`) || IMPERATIVE_VERBS.has(base.replace(/(.)\1$/, '$1'))));
}

/** True when the clause tells its reader to act: an imperative, or a modal aimed at "you" or the model. */
export function isDirective(clause: string): boolean {
  return startsImperative(clause) || MODAL.test(clause) || MODEL_MOVES_PATTERN.test(clause);
}

/** True when the word at `index` of `text` is negated by a word just before it ("never include", "do not send"). */
export function isNegatedAt(text: string, index: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}

/** True when the clause holding `index` is an instruction (a negative one, "never send …", is not). */
export function isDirectiveAt(sentence: string, index: number): boolean {
  return isDirective(clauseAround(sentence, index).text);
}

// The clause before "without …" forbids its act: "never delete", "do not send it", "the assistant must not merge".
const NEGATED_ACT = /\b(?:never|do\s+not|don't|does\s+not|doesn't|must\s+not|mustn't|should\s+not|shouldn't|may\s+not|cannot|can't|will\s+not|won't)\s+(?:\w+\s+){1,4}$/i;

/**
 * True when `matched` at `index` opens with "without" inside a forbidden act: "never post without
 * showing the user" is a double negative, an order to show.
 */
export function isWithoutInNegatedAct(text: string, index: number, matched: string): boolean {
  if (!/^without\b/i.test(matched)) return false;
  return NEGATED_ACT.test(text.slice(Math.max(0, index - 80), index).split(/[.!?;:\n]/).pop() ?? '');
}

// "only once the user has agreed": what follows is a condition, not a claim.
const CONDITION_BEFORE = /\b(?:after|once|if|when|until|unless|before)\s+(?:the\s+|their\s+)?$/i;

/** True when the words at `index` are the subject of a condition ("only after the user has approved"). */
export function isConditionAt(text: string, index: number): boolean {
  return CONDITION_BEFORE.test(text.slice(Math.max(0, index - 20), index));
}

// "tell the user to create a key and set WEATHER_KEY": the verbs after it are the user's, until "then" or "yourself".
const USER_ACTS = /\b(?:tell|ask|advise|instruct|remind|invite|encourage|help|get)\s+(?:the\s+user|them|the\s+customer|the\s+person|users)\s+(?:to|how\s+to)\s+(?:(?!\bthen\b|\bafter\b|\bonce\b|\byourself\b)(?:[^;:.!?\n]|[.:](?=\S)))*$/i;

/** True when the verb at `index` continues an action the model is to ask of the user, not one it takes. */
export function isUsersActionAt(sentence: string, index: number): boolean {
  return USER_ACTS.test(sentence.slice(Math.max(0, index - 200), index));
}

/** Words that address the model directly: "you", "your", or the assistant named. */
export const ADDRESSES_MODEL = /\b(?:you|your|yourself)\b|\bthe\s+(?:assistant|model|ai|llm|agent)\b/i;
