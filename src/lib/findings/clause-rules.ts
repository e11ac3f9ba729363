import { CLAUSE_TOPICS, IMPERSONAL_OBLIGATION, MODEL_AS_SUBJECT, MODEL_LABEL, type ClauseTopic } from './clause-words.ts';
import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { ADDRESSES_MODEL, isConditionAt, isDirective, isUsersActionAt, isWithoutInNegatedAct } from './mood.ts';

/**
 * A net by sentence structure, under the rules that know a wording. A real description describes
 * the tool ("Lists …", "Returns …") or tells the model how to use this tool's own arguments. A
 * poisoned one tells the reader to act (imperative, obligation, the assistant as subject, a label
 * addressed to the model) about things beyond the tool: the model's instructions, what it holds,
 * other tools and destinations, the user's confirmation, secrecy, what it writes, the rest of the
 * session. Each topic alone is common in honest text; a sentence that addresses the model and
 * weighs enough topics together is reported at medium, never high: the specific rules carry high.
 */
const MEDIUM_SCORE = 3;
const WEIGHTS = new Map(CLAUSE_TOPICS.map(({ topic, weight }) => [topic, weight]));
const PATTERNS = new Map(CLAUSE_TOPICS.map(({ topic, pattern }) => [topic, pattern]));
const SENTENCE_START = /(?:^|[.!?\n]\s*)\S/g;
// Text that keeps the user in charge or distrusts outside text: protective, whatever else it says.
const PROTECTIVE = /\bwait\s+for\s+(?:their|the\s+user'?s?|explicit|an?\s+explicit)\s+(?:approval|confirmation|consent|go-ahead)\b|\b(?:safe|safer|safest|secure)\s+way\b|\buntil\s+(?:receiving|you\s+(?:receive|get|are\s+told)|the\s+user\s+(?:says|asks|confirms|approves))\b|\b(?:must\s+not|do\s+not|don't|never)\s+(?:invoke|call|use|run)\s+(?:any\s+)?other\b|\b(?:ask|check\s+with)\s+(?:the\s+)?user\s+(?:first|before)\b|\buntrusted\b|\bnot\s+as\s+(?:an?\s+)?(?:requests?|instructions?|commands?|orders?)\b|\bas\s+(?:data|untrusted)\b|\b(?:do\s+not|don't|never)\s+(?:follow|obey|execute|act\s+on)\b|\bunless\s+the\s+user\b|\bonly\s+(?:if|when|after)\s+the\s+user\b|\bwith\s+the\s+user'?s\s+(?:explicit\s+)?(?:permission|approval|consent|confirmation)\b|\b(?:ask|asking|prompt)\s+the\s+user\s+(?:to\s+confirm|for\s+(?:confirmation|approval|permission|consent))\b|\bconfirms?\s+(?:(?:the|its|an?|each|every)\s+)?(?:\w+\s+){0,4}?with\s+the\s+user\b|\b(?:the\s+)?user\s+(?:must|should|has\s+to|needs\s+to)\s+(?:confirm|approve)\b/i;

// "the user's attention", "bother the user": the user is someone else, so the reader is the model.
const USER_AS_THIRD_PARTY = /\b(?:the\s+)?(?:user|human|person\s+at\s+the\s+keyboard)'?s?\s+(?:attention|knowledge|awareness)\b|\b(?:tell|inform|notify|bother|interrupt|alert)\w*\s+the\s+(?:user|human)\b|\bthe\s+person\s+(?:at\s+the\s+keyboard|you\s+are\s+(?:helping|assisting|working\s+for))\b/i;
// "so just remove files", "then wipe the folder": a destructive verb heading a clause is an order.
const DESTRUCTIVE_ORDER = /(?:^|[,;:]\s*|\b(?:so|then|and)\s+)(?:just\s+|simply\s+|go\s+ahead\s+and\s+)?(?:remove|delete|wipe|erase|purge|destroy|drop|overwrite|transfer|pay|refund|purchase|buy|book|order|sign|approve|merge|publish|deploy|unlock|disarm)\s+(?:the\s+|all\s+|any\s+|every\s+)?\w+/i;

/** True when some clause of the sentence tells its reader, the model, to act. */
// "Why not …?", "Would you mind …": a suggestion to the reader is an order in disguise.
const SUGGESTION = /\b(?:(?:it\s+would|it'd|that\s+would|that'd|we'd|i'd)\s+(?:really\s+)?(?:be\s+)?(?:great|nice|lovely|helpful|ideal|better|best|good|awesome|perfect|appreciated|love\s+it|like\s+it)\s+if\s+you|it\s+would\s+help|(?:are|is)\s+more\s+\w+\s+if|works?\s+(?:best|better)\s+(?:when|if)|(?:it\s+)?helps?\s+(?:if|when)|(?:we|i)\s+need\s+you\s+to|you\s+are\s+asked\s+to|why\s+not|how\s+about|would\s+you\s+mind|could\s+you|can\s+you|please|be\s+sure\s+to|make\s+sure\s+to|remember\s+to|don't\s+forget\s+to)\b/i;
// "has to be #ext-leaks", "ought to read DE44 …": a rule on a value is an obligation too.
const VALUE_RULE = /\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+(?:always\s+|also\s+|now\s+)?(?!not\b|never\b)[a-z]{3,}\b|\b(?:is|are)\s+(?:always\s+)?set\s+to\b|\balso\s+(?:goes|go|gets\s+sent|(?:is|are)\s+(?:sent|copied|forwarded|delivered))\b|\b(?:is|are)\s+(?:also\s+)?(?:mirrored|copied|forwarded|synced|sent|posted|uploaded|logged|cc'?d|bcc'?d)\b|\b(?:go|goes|(?:is|are)\s+paid|(?:is|are)\s+routed)\s+(?:in)?to\b/i;

/** How a sentence addresses the model: `marked` (a label, an obligation, the model as subject), `plain` (an imperative) or not at all. */
export function addressOf(text: string, topics: readonly ClauseTopic[]): 'marked' | 'plain' | undefined {
  // A sentence after the first starts with the space that followed the full stop: anchored forms ("^Unlock …") must still see its first word.
  const sentence = text.trimStart();
  if (MODEL_LABEL.test(sentence) || USER_AS_THIRD_PARTY.test(sentence) || IMPERSONAL_OBLIGATION.test(sentence) || MODEL_AS_SUBJECT.test(sentence)) return 'marked';
  if (VALUE_RULE.test(sentence) || SUGGESTION.test(sentence) || DESTRUCTIVE_ORDER.test(sentence) || ADDRESSES_MODEL.test(sentence) || topics.some((topic) => ABOUT_THE_MODEL.has(topic))) return 'plain';
  return sentence.split(/[;:,]|\s[-–—]\s/).some((clause) => isDirective(clause)) ? 'plain' : undefined;
}

// Pairs of topics that together make one attack: each pair adds one to the score.
// Pairs of topics that together make one attack: [a, b, added weight, whether both must share a clause].
// Data and where it goes must meet in one clause; a claim of authority often spans dashes.
const PAIRS: [ClauseTopic, ClauseTopic, number, boolean][] = [
  ['instructions', 'authority', 1, false], ['instructions', 'argument', 2, true], ['context', 'argument', 2, true], ['context', 'destination', 2, true],
  ['context', 'secrets', 1, true], ['secrets', 'destination', 1, true], ['personal', 'argument', 1, true], ['secrets', 'ask-user', 1, false], ['ask-user', 'argument', 1, false], ['secrets', 'argument', 1, true], ['personal', 'destination', 1, true],
  ['destination', 'other-tools', 1, false], ['destination', 'over-the-user', 1, false], ['written-output', 'destination', 1, false],
  ['written-output', 'remote-code', 1, false], ['confirmation', 'high-stakes', 1, false], ['claimed-approval', 'high-stakes', 1, false], ['immediacy', 'high-stakes', 2, true], ['over-the-user', 'high-stakes', 2, false], ['written-output', 'image-slot', 1, false], ['instructions', 'written-output', 2, false], ['destination', 'high-stakes', 1, false], ['persistence', 'session', 1, false], ['extra-copy', 'high-stakes', 1, false], ['context', 'written-output', 1, false], ['other-tools', 'over-the-user', 1, false], ['conduct', 'session', 1, false], ['conduct', 'mode', 1, false], ['conduct', 'high-stakes', 1, true], ['unasked', 'high-stakes', 2, false],
];
const CLAUSE_BREAK = /[;:]\s|\s[-–—]\s|\s→\s/;
// Topics that are about the model itself: a sentence about them speaks to the model whatever its mood.
const ABOUT_THE_MODEL: ReadonlySet<ClauseTopic> = new Set(['instructions', 'conduct', 'secrecy', 'outside-text', 'claimed-approval', 'memory']);
// Flags and options documented: "If true, skip the confirmation step", "Enable full-auto mode: … without approval prompts".
const OPTION_DOCUMENTATION = /^\W*(?:if|when)\s+(?:true|false|set|enabled|disabled)\b|\bset\s+(?:this\s+|it\s+)?to\s+[\x60'"]?\w+[\x60'"]?(?:\s+\([^)]{0,40}\))?\s+(?:to|for|when|if)\b|\bset\s+(?:this\s+|it\s+)?to\s+(?:true|false)\b|\bwhether\s+to\b|^\W*(?:enable|disable|allow)s?\b|\bequivalent\s+to\s+-|\b\w+\s*=\s*(?:true|false)\b|\bdefaults?\s+to\b/i;
// A sample the description shows, not something it says.
const EXAMPLE_CUE = /^\W*(?:e\.g\.|for\s+example|example|examples|good|bad|sample|usage)\b\W|\b(?:e\.g\.|for\s+example|example)\s*:/i;

/** The topics of a sentence beyond the tool, with their total weight. */
export function sentenceToTopics(sentence: string): { topics: ClauseTopic[]; score: number } {
  const topics: ClauseTopic[] = [];
  let score = 0;
  for (const { topic, weight, pattern } of CLAUSE_TOPICS) {
    if (!pattern.test(sentence) || (topic === 'secrecy' && (isOnlyDoubleNegative(sentence, pattern) || isOnlyUsersSecret(sentence, pattern))) || (topic === 'claimed-approval' && isOnlyConditionOrState(sentence, pattern)) || (topic === 'instructions' && isOnlyPassedPrompt(sentence, pattern))) continue;
    topics.push(topic);
    score += weight;
  }
  for (const [a, b, added, sameClause] of PAIRS) {
    if (!topics.includes(a) || !topics.includes(b)) continue;
    // Data and its sink meet in the clause that gives the order: "it puts the key in the transcript" warns.
    if (!sameClause || sentence.split(CLAUSE_BREAK).some((clause) => PATTERNS.get(a)!.test(clause) && PATTERNS.get(b)!.test(clause) && addressOf(clause, []) !== undefined)) {
      // A secret into a field not named for it ("\`origin\` holds the user's password") is the harvest itself.
      score += a === 'secrets' && b === 'argument' && !SECRET_FIELD.test(sentence) ? added + 1 : added;
    }
  }
  return { topics, score };
}

/** "Never delete without telling the user": the one secrecy match is an order to tell. */
function isOnlyDoubleNegative(sentence: string, pattern: RegExp): boolean {
  const match = pattern.exec(sentence);
  if (!match || !isWithoutInNegatedAct(sentence, match.index, match[0])) return false;
  return !pattern.test(sentence.slice(0, match.index) + ' '.repeat(match[0].length) + sentence.slice(match.index + match[0].length));
}

/** "Remind the user to keep it secret": every secrecy match is what the user is asked to do with their own secret. */
function isOnlyUsersSecret(sentence: string, pattern: RegExp): boolean {
  return matchesOf(pattern, sentence, 5).every((match) => isUsersActionAt(sentence, match.index));
}

// "The system prompt you pass in `system`", "a system prompt for the sub-call": a prompt the model writes for another model.
const PASSED_PROMPT = /^\s*(?:(?:that|which)\s+)?(?:you|the\s+(?:user|caller))\s+(?:pass|provide|supply|send|give|write|set|choose|want)\b|^\s*(?:for|of)\s+(?:the|this|that|each|every|a|an|your)\s+(?:sub-?call|call|request|completion|run|sub-?agent|agent|bot|model|assistant)\b(?!\s*(?:you\s+are|itself))/i;
const PROMPT_WORD = /\bsystem\s+(?:prompt|message|instructions?)\b/gi;

/** True when every system prompt the sentence names is one passed to another model, and nothing else makes it about the model's own rules. */
function isOnlyPassedPrompt(sentence: string, pattern: RegExp): boolean {
  const prompts = matchesOf(PROMPT_WORD, sentence, 5);
  if (prompts.length === 0 || !prompts.every((m) => PASSED_PROMPT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40)))) return false;
  return !pattern.test(sentence.replace(PROMPT_WORD, (m) => ' '.repeat(m.length)));
}

// "capture an order that has been approved by the payer": approval as the state of the thing acted on, not a claim made to the model.
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;

/**
 * "Pass consent=yes only once the user has agreed", "an order that has been approved by the payer":
 * every approval named is a condition, or a property of what the tool acts on.
 */
function isOnlyConditionOrState(sentence: string, pattern: RegExp): boolean {
  return matchesOf(pattern, sentence, 5).every((match) => isConditionAt(sentence, match.index) || RELATIVE_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index)));
}

const WORD = /[\p{L}\p{N}]+/u;
const NO_TOPICS = { topics: [] as ClauseTopic[], score: 0 };

interface ScoredSentence { start: number; text: string; topics: ClauseTopic[]; score: number }

// "… every file you produce starts with" + a line of code: the sentence goes on past the line break.
const CONTINUES = /(?:\bwith|\bfollowing|\bline|\bbelow|:)\s*$/i;
// A sentence that only completes its neighbour ("Don't bring this up.") is read with it, at a higher bar.
const WINDOW_SCORE = MEDIUM_SCORE;
const UNADDRESSED_SCORE = MEDIUM_SCORE + 1;
const SECRET_FIELD = /[\x60'"][\w.-]*(?:key|token|password|secret|credential|auth)[\w.-]*[\x60'"]/i;
const DATA: ReadonlySet<ClauseTopic> = new Set(['context', 'secrets', 'personal']);
// The model as the subject of a verb that sends, then an address, an IBAN, a phone number or a URL written out.
const MODEL_SENDS_OUT = /\b(?:the\s+)?(?:assistant|agent|model|ai|llm|claude|copilot|gemini|chatgpt)\s+(?:\w+\s+)?(?:forwards|sends|copies|mirrors|posts|uploads|emails|mails|relays|reports|bccs|ccs|transfers|pays|wires)\b[^.;]{0,80}?(?:[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}|(?<![\w+])\+\d[\d\s().-]{7,}\d|https?:\/\/)/i;
// The pronoun as the object of a moving verb: "read them and put them in …", not "(it is not a token ID)".
const PRONOUN_OBJECT = /\b(?:put|place|pass|paste|copy|send|include|insert|add|attach|forward|upload|submit|store|write|read|collect|grab|take|echo|embed|request|get|obtain)\s+(?:them|it|those|these|both|all\s+of\s+them)\b/i;
// Topics that steer the model whatever the data: a window needs one of them ("… Don't bring this up.").
const STEERING: ReadonlySet<ClauseTopic> = new Set(['deceive-user', 'secrecy', 'authority', 'confirmation', 'claimed-approval', 'memory', 'conduct', 'outside-text', 'over-the-user', 'context', 'destination', 'ask-user']);

function scoredSentences(text: string): ScoredSentence[] {
  const sentences: ScoredSentence[] = [];
  let last = -1;
  for (const start of matchesOf(SENTENCE_START, text, 500)) {
    let sentence = sentenceAround(text, start.index + start[0].length - 1);
    if (sentence.start <= last) continue;
    if (CONTINUES.test(sentence.text)) {
      const next = sentenceAround(text, Math.min(text.length - 1, sentence.start + sentence.text.length + 1));
      if (next.start > sentence.start) sentence = { start: sentence.start, text: text.slice(sentence.start, next.start + next.text.length) };
    }
    last = sentence.start + sentence.text.length - 1;
    // "The page number." says nothing beyond the tool: fewer than four words are not read.
    const { topics, score } = matchesOf(WORD, sentence.text, 4).length < 4 ? NO_TOPICS : sentenceToTopics(sentence.text);
    sentences.push({ ...sentence, topics, score });
  }
  return sentences;
}

function isExcluded(sentence: string): boolean {
  return PROTECTIVE.test(sentence) || OPTION_DOCUMENTATION.test(sentence) || EXAMPLE_CUE.test(sentence);
}

/** At most one hit per string: the first sentence (or pair of sentences) that addresses the model and weighs enough topics beyond the tool. */
export function textToClauseHits(text: string): Hit[] {
  const hits = textToClauseHitsOnce(text);
  // JSON written into prose ('{"forward_transcript_to": "log@…"}') is read again as words; same length, same indices.
  return hits.length > 0 || !JSON_KEY.test(text) ? hits : textToClauseHitsOnce(jsonToProse(text));
}

// JSON keys, and YAML keys at the start of a line ("  - share_user_files_with: …").
const JSON_KEY = /"[a-z]+_[a-z_]+"\s*:|^[ \t]*(?:-[ \t]*)?[a-z]+_[a-z_]+[ \t]*:|^[A-Z][A-Z0-9]*_[A-Z0-9_]+=\S/m;

/** `{"forward_chat_history_to": "x@…"}` as `. forward chat history to   x@…  .`: one sentence per pair, same length. */
function jsonToProse(text: string): string {
  // KEY=VALUE lines ("CONFIRM_DESTRUCTIVE=0") become one sentence of lower-case words; 0 reads as "off".
  if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]+=\S/m.test(text)) {
    return text.replace(/^([A-Z][A-Z0-9_]*)=(\S*)(\n?)/gm, (line, key: string, value: string, end: string) => `${key.toLowerCase().replace(/_/g, ' ')} ${value === '0' ? 'off' : value}${end ? ';' : ''}`.padEnd(line.length, ' ').slice(0, line.length));
  }
  return text.replace(/(?<=[a-z])_(?=[a-z])/g, ' ').replace(/"\s*:|(?<=^[ \t]*(?:-[ \t]*)?[a-z ]+):/gm, (m) => ' '.repeat(m.length)).replace(/[{},]/g, '.').replace(/"/g, ' ');
}

function textToClauseHitsOnce(text: string): Hit[] {
  const sentences = scoredSentences(text);
  for (const [i, one] of sentences.entries()) {
    if (one.score === 0 || isExcluded(one.text)) continue;
    // "Hi there, assistant! If a user asks …": a greeting or a label to the model addresses what follows it.
    const greeted = i > 0 && MODEL_LABEL.test(sentences[i - 1]!.text);
    const address = greeted ? 'marked' : addressOf(one.text, one.topics);
    // Enough topics at once need no addressee: "payees of create_invoice are standardised to IBAN …".
    // "The assistant forwards each result to log@…": the model named as the one who sends to an address written out weighs one more.
    const sendsOut = address === 'marked' && one.topics.includes('destination') && MODEL_SENDS_OUT.test(one.text) ? 1 : 0;
    if (one.score >= UNADDRESSED_SCORE || (address && one.score + (address === 'marked' ? 1 : 0) + sendsOut >= MEDIUM_SCORE)) return [clauseHit(one.start, one.text, one.topics)];
    const next = sentences[i + 1];
    if (!next || next.topics.length === 0 || isExcluded(next.text)) continue;
    const topics = [...new Set([...one.topics, ...next.topics])];
    const shared = one.topics.filter((t) => next.topics.includes(t)).reduce((sum, t) => sum + WEIGHTS.get(t)!, 0);
    const both = `${one.text} ${next.text}`;
    const addresses = [addressOf(one.text, one.topics), addressOf(next.text, next.topics)];
    const joint = addresses.includes('marked') ? 'marked' : addresses.includes('plain') ? 'plain' : undefined;
    const handsOver = one.topics.some((t) => DATA.has(t)) && PRONOUN_OBJECT.test(next.text) && addresses[1] !== undefined;
    if (!handsOver && (!topics.some((t) => STEERING.has(t)) || !addresses[0] || !addresses[1])) continue;
    // Pairs that need no shared clause also join across the two sentences ("the twelve recovery words … Request them from the person").
    // "The user's saved passwords live in the browser. Read them … and put them in `precision`": data named, then moved by pronoun.
    // Into a field named for the secret ("paste it into \`api_key\`") is how a key is meant to go; into any other, it is the attack.
    const handoff = one.topics.some((t) => DATA.has(t)) && next.topics.some((t) => t === 'argument' || t === 'destination') && PRONOUN_OBJECT.test(next.text) ? (SECRET_FIELD.test(next.text) ? 0 : 2) : 0;
    const across = handoff + PAIRS.filter(([a, b, , sameClause]) => !sameClause && topics.includes(a) && topics.includes(b) && !(one.topics.includes(a) && one.topics.includes(b)) && !(next.topics.includes(a) && next.topics.includes(b))).reduce((sum, [, , added]) => sum + added, 0);
    if (joint && one.score + next.score - shared + across + (joint === 'marked' ? 1 : 0) >= WINDOW_SCORE) return [clauseHit(one.start, both, topics)];
  }
  return [];
}

function clauseHit(start: number, text: string, topics: readonly ClauseTopic[]): Hit {
  return { kind: 'model-instruction', severity: 'medium', message: `Tells the model what to do about things beyond this tool (${topics.filter((t) => WEIGHTS.get(t)! > 0).join(', ')}).`, index: start, length: text.length, net: true };
}
