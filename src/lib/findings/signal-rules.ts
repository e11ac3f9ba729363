import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isDirective } from './mood.ts';

/**
 * A net under the specific rules: an instruction that gathers several signs of poisoning at once,
 * however it is worded. Each sign alone is common in honest descriptions ("always", "files", a
 * field name, "instead"); an instruction that pairs stealth, an override or a bypass with data
 * and a destination or a session-wide reach is what poisoned definitions say and documentation
 * does not. Counted per sentence, each kind of sign once.
 */
const SIGNS: { sign: string; pattern: RegExp; leaning?: true }[] = [
  { sign: 'stealth', leaning: true, pattern: /\b(?:quietly|silently|secretly|covertly|discreetly|stealthily|nobody|no\s+one\s+(?:needs|must|should)|between\s+us|without\s+(?:telling|saying|mentioning|informing|notifying)|(?:don't|do\s+not|never)\s+(?:tell|mention|reveal|inform|notify|point\s+out))\b/i },
  { sign: 'override', leaning: true, pattern: /\b(?:ignore|disregard|forget|overrid(?:e|es|ing)|supersed\w*|precedence|authoritative|regardless|expired|revoked|void|outdated|obsolete|instead\s+of\s+(?:what|the\s+(?:user|address|account|one))|above\s+(?:all|anything|everything)|(?:only|solely)\s+(?:follow|obey|listen))\b/i },
  { sign: 'bypass', leaning: true, pattern: /\b(?:without\s+(?:asking|confirmation|approval|permission|checking|consent)|pre-?(?:approved|authori[sz]ed|cleared|confirmed)|no\s+(?:need\s+to\s+(?:ask|confirm|check)|confirmation)|skip\w*\s+(?:\w+\s+)?(?:checks?|confirmations?|approvals?|safety))\b/i },
  { sign: 'remote', leaning: true, pattern: /\b(?:curl|wget|\|\s*(?:ba)?sh)\b|\b(?:fetch|download|load|retrieve|pull)\b[^.]{0,60}https?:\/\//i },
  { sign: 'data', pattern: /\b(?:secrets?|passwords?|passphrases?|tokens?|api[\s_-]?keys?|credentials?|cookies?|private\s+keys?|seed\s+phrase|mnemonic|conversation|chat\s+(?:history|log)|dialog(?:ue)?|transcript|system\s+prompt|(?:your|hidden)\s+(?:instructions|prompt)|environment\s+variables?|contacts|address\s+book|inbox|card\s+numbers?|bank\s+details)\b/i },
  { sign: 'destination', pattern: /\bhttps?:\/\/\S|\b[\w.+-]{1,64}@[\w-]+\.[\w.-]+\b|(?<![\w+])\+\d[\d\s().-]{7,}\d\b|[\x60'"][\w.-]+[\x60'"]\s+(?:field|parameter|argument|param)\b|\b(?:field|parameter|argument)\s+[\x60'"][\w.-]+[\x60'"]/i },
  { sign: 'session-wide', pattern: /\b(?:every|each|always|whenever|from\s+now\s+on|going\s+forward|henceforth|for\s+the\s+rest\s+of|before\s+(?:any|each|every|answering|responding|replying))\b/i },
];
const ADDRESSED = /\b(?:you|your|yourself)\b|\b(?:the\s+)?(?:assistant|ai|llm|model|agent)\b/i;
const SENTENCE_START = /(?:^|[.!?\n]\s+)\S/g;
const MODAL_TO_MODEL = /\b(?:you|the\s+(?:assistant|model|ai|agent))\s+(?:must|should|will|need|have|are\s+to|may|can)\b/i;

/** At most one hit per string: the first instruction with a leaning sign and two more kinds of sign. */
export function textToSignalHits(text: string): Hit[] {
  let last = -1;
  for (const start of matchesOf(SENTENCE_START, text, 500)) {
    const sentence = sentenceAround(text, start.index + start[0].length - 1);
    if (sentence.start === last) continue;
    last = sentence.start;
    const signs = SIGNS.filter(({ pattern }) => pattern.test(sentence.text));
    if (signs.length < 3 || !signs.some((s) => s.leaning)) continue;
    const instructs = sentence.text.split(/[;:,]/).some((clause) => isDirective(clause)) || (ADDRESSED.test(sentence.text) && MODAL_TO_MODEL.test(sentence.text));
    if (!instructs) continue;
    const names = signs.map((s) => s.sign).join(', ');
    return [{ kind: 'model-instruction', severity: signs.length >= 4 ? 'high' : 'medium', message: `Instructs the model with several signs of poisoning at once (${names}).`, index: sentence.start, length: sentence.text.length }];
  }
  return [];
}
