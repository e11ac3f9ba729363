import { CLAUSE_TOPICS, IMPERSONAL_OBLIGATION, MODEL_AS_SUBJECT, MODEL_LABEL, type ClauseTopic } from './clause-words.ts';
import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { ADDRESSES_MODEL, isDirective } from './mood.ts';

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
const SENTENCE_START = /(?:^|[.!?\n]\s*)\S/g;
// Text that keeps the user in charge or distrusts outside text: protective, whatever else it says.
const PROTECTIVE = /\buntil\s+(?:receiving|you\s+(?:receive|get|are\s+told)|the\s+user\s+(?:says|asks|confirms|approves))\b|\b(?:must\s+not|do\s+not|don't|never)\s+(?:invoke|call|use|run)\s+(?:any\s+)?other\b|\b(?:ask|check\s+with)\s+(?:the\s+)?user\s+(?:first|before)\b|\buntrusted\b|\bas\s+(?:data|untrusted)\b|\b(?:do\s+not|don't|never)\s+(?:follow|obey|execute|act\s+on)\b|\bunless\s+the\s+user\b|\bonly\s+(?:if|when|after)\s+the\s+user\b|\bwith\s+the\s+user'?s\s+(?:explicit\s+)?(?:permission|approval|consent|confirmation)\b|\b(?:ask|asking|prompt)\s+the\s+user\s+(?:to\s+confirm|for\s+(?:confirmation|approval|permission|consent))\b|\bconfirm\s+with\s+the\s+user\b|\b(?:the\s+)?user\s+(?:must|should|has\s+to|needs\s+to)\s+(?:confirm|approve)\b/i;

// "the user's attention", "bother the user": the user is someone else, so the reader is the model.
const USER_AS_THIRD_PARTY = /\b(?:the\s+)?(?:user|human|person\s+at\s+the\s+keyboard)'?s?\s+(?:attention|knowledge|awareness)\b|\b(?:tell|inform|notify|bother|interrupt|alert)\w*\s+the\s+(?:user|human)\b|\bthe\s+person\s+(?:at\s+the\s+keyboard|you\s+are\s+(?:helping|assisting|working\s+for))\b/i;
// "so just remove files", "then wipe the folder": a destructive verb heading a clause is an order.
const DESTRUCTIVE_ORDER = /(?:^|[,;:]\s*|\b(?:so|then|and)\s+)(?:just\s+|simply\s+|go\s+ahead\s+and\s+)?(?:remove|delete|wipe|erase|purge|destroy|drop|overwrite|transfer|pay|refund)\s+(?:the\s+|all\s+|any\s+|every\s+)?\w+/i;

/** True when some clause of the sentence tells its reader, the model, to act. */
// "has to be #ext-leaks", "ought to read DE44 …": a rule on a value is an obligation too.
const VALUE_RULE = /\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+(?:always\s+|now\s+)?(?:be|go|point|read|equal|contain|include|begin|start|end)\b/i;

/** How a sentence addresses the model: `marked` (a label, an obligation, the model as subject), `plain` (an imperative) or not at all. */
export function addressOf(sentence: string, topics: readonly ClauseTopic[]): 'marked' | 'plain' | undefined {
  if (MODEL_LABEL.test(sentence) || USER_AS_THIRD_PARTY.test(sentence) || IMPERSONAL_OBLIGATION.test(sentence) || MODEL_AS_SUBJECT.test(sentence)) return 'marked';
  if (VALUE_RULE.test(sentence) || DESTRUCTIVE_ORDER.test(sentence) || ADDRESSES_MODEL.test(sentence) || topics.some((topic) => ABOUT_THE_MODEL.has(topic))) return 'plain';
  return sentence.split(/[;:,]|\s[-–—]\s/).some((clause) => isDirective(clause)) ? 'plain' : undefined;
}

// Pairs of topics that together make one attack: each pair adds one to the score.
// Pairs of topics that together make one attack, when both sit in one clause: [a, b, added weight].
const PAIRS: [ClauseTopic, ClauseTopic, number][] = [
  ['instructions', 'authority', 1], ['instructions', 'argument', 1], ['context', 'argument', 2], ['context', 'destination', 2], ['secrets', 'destination', 1],
  ['personal', 'destination', 1], ['destination', 'other-tools', 1], ['destination', 'over-the-user', 1], ['written-output', 'destination', 1],
  ['written-output', 'remote-code', 1], ['confirmation', 'high-stakes', 1], ['conduct', 'session', 1],
];
const CLAUSE_BREAK = /[;:]\s|\s[-–—]\s|\s→\s/;
// Topics that are about the model itself: a sentence about them speaks to the model whatever its mood.
const ABOUT_THE_MODEL: ReadonlySet<ClauseTopic> = new Set(['instructions', 'conduct', 'secrecy', 'outside-text']);
// Flags and options documented: "If true, skip the confirmation step", "Enable full-auto mode: … without approval prompts".
const OPTION_DOCUMENTATION = /^\W*(?:if|when)\s+(?:true|false|set|enabled|disabled)\b|\bset\s+(?:this\s+|it\s+)?to\s+[\x60'"]?\w+[\x60'"]?(?:\s+\([^)]{0,40}\))?\s+(?:to|for|when|if)\b|\bset\s+(?:this\s+|it\s+)?to\s+(?:true|false)\b|\bwhether\s+to\b|^\W*(?:enable|disable|allow)s?\b|\bequivalent\s+to\s+-|\b\w+\s*=\s*(?:true|false)\b|\bdefaults?\s+to\b/i;
// A sample the description shows, not something it says.
const EXAMPLE_CUE = /^\W*(?:e\.g\.|for\s+example|example|examples|good|bad|sample|usage)\b\W|\b(?:e\.g\.|for\s+example|example)\s*:/i;

/** The topics of a sentence beyond the tool, with their total weight. */
export function sentenceToTopics(sentence: string): { topics: ClauseTopic[]; score: number } {
  const topics: ClauseTopic[] = [];
  let score = 0;
  for (const { topic, weight, pattern } of CLAUSE_TOPICS) {
    if (!pattern.test(sentence)) continue;
    topics.push(topic);
    score += weight;
  }
  for (const [a, b, added] of PAIRS) {
    if (!topics.includes(a) || !topics.includes(b)) continue;
    if (sentence.split(CLAUSE_BREAK).some((clause) => CLAUSE_TOPICS.find((t) => t.topic === a)!.pattern.test(clause) && CLAUSE_TOPICS.find((t) => t.topic === b)!.pattern.test(clause))) score += added;
  }
  return { topics, score };
}

/** At most one hit per string: the first sentence that addresses the model and weighs enough topics beyond the tool. */
export function textToClauseHits(text: string): Hit[] {
  let last = -1;
  for (const start of matchesOf(SENTENCE_START, text, 500)) {
    const sentence = sentenceAround(text, start.index + start[0].length - 1);
    if (sentence.start === last) continue;
    last = sentence.start;
    const { topics, score } = sentenceToTopics(sentence.text);
    if (score < MEDIUM_SCORE - 1 || PROTECTIVE.test(sentence.text) || OPTION_DOCUMENTATION.test(sentence.text) || EXAMPLE_CUE.test(sentence.text)) continue;
    const address = addressOf(sentence.text, topics);
    if (!address || score + (address === 'marked' ? 1 : 0) < MEDIUM_SCORE) continue;
    return [{ kind: 'model-instruction', severity: 'medium', message: `Tells the model what to do about things beyond this tool (${topics.filter((t) => WEIGHTS.get(t)! > 0).join(', ')}).`, index: sentence.start, length: sentence.text.length }];
  }
  return [];
}
