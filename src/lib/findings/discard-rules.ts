import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';

/**
 * The model's rules named by the act that gave them to it, whoever gave them and however the noun
 * phrase runs ("any guidance the operator or platform gave you earlier", "the rules that were given
 * to you before by the system", "the directions you received from the developer", "what the
 * platform told you at startup"), then discarded: by an order at the head of its clause ("Disregard
 * …", "Let go of …", "Stop following …") or in the passive ("… should be forgotten"). And this
 * text made the only rules in force ("only the rules written in this description apply", "the
 * paragraph below is all you follow now"). Results, filters or files "the tool gave you" are not
 * rules; "pass ignore=true to disregard the rules the project gave you" is a purpose, not an order.
 */
const RULE_NOUN = String.raw`(?:guidance|instructions?|rules|rulebooks?|guidelines|directions|directives|orders|prompts?|setup|configuration|restrictions|policies|limits|constraints|guardrails|safeguards)`;
// The act of giving, with the model as the one who got it.
const GIVEN_TO_YOU = String.raw`(?:(?:gave|given|handed|told|issued|provided|supplied|sent|passed|assigned|fed)\s+(?:to\s+)?you\b|(?:loaded|baked|built|put|installed|programmed|configured|set|wired|trained)\s+(?:in(?:to)?|on|for)\s+you\b|you\s+(?:(?:have\s+)?(?:received|got|were\s+(?:given|told|handed|sent|fed))|(?:were|have\s+been)\s+\w+\s+with|started\s+with|came\s+with|booted\s+with))`;
// The noun, up to eight words of its relative clause, and the act of giving: "guidance the operator or platform gave you".
const NAMED_RULES = new RegExp(String.raw`\b(?:(?:whatever\s+|any\s+)?${RULE_NOUN}\s+(?:(?:that|which|what)\s+)?(?:[\w'/-]+\s+){0,8}?${GIVEN_TO_YOU}|(?:the\s+|your\s+)system\s+(?:prompt|message|instructions)(?=\s+(?:is|are)\s+(?:now\s+)?(?:ignored|disregarded|suspended|set\s+aside)\s+(?:while|when|for|during|from|in|here|now))|(?:previous|prior|earlier|original|initial|startup)\s+(?:[\w-]+\s+)?${RULE_NOUN}\s+(?:from|of|by)\s+(?:the\s+|your\s+)?(?:system|operator|developer|platform|host)(?:\s*(?:and|or|\/)\s*(?:the\s+)?(?:system|operator|developer|platform|host))?|(?:what(?:ever)?|everything|anything)\s+(?:the\s+|your\s+)?(?:system|operator|developer|platform|host|deployer|admin\w*|owner|company|people\s+who\s+\w+\s+you)\s+(?:\w+\s+){0,2}?(?:told|gave|asked\s+of|set\s+for)\s+you)`, 'gi');
// An order to discard, at the head of its clause: what may come before it is a label, a list mark or an adverb.
const DISCARD_HEAD = /(?:^\s*|[.!?;:\n]\s*|,\s*(?:and\s+|then\s+|so\s+)?|\b(?:and|then|so)\s+)(?:(?:please|kindly|just|simply|now|also|first|henceforth|from\s+(?:here|now)\s+on,?|important:?|(?:you|the\s+(?:assistant|model|agent|ai))\s+(?:must|should|shall|need\s+to|have\s+to|has\s+to|are\s+to|is\s+to|will|can)(?:\s+now)?)\s+)*(?:disregard|ignore|forget|drop|abandon|discard|scrap|ditch|let\s+go\s+of|stop\s+(?:following|obeying|applying|using)|set\s+aside|put\s+aside|throw\s+(?:out|away)|leave\s+behind)\s+(?:(?:any|all|every|the|those|these|such|whatever|your)\s+)?$/i;
const DISCARD_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:not\s+applicable|inapplicable|n\/a|no\s+longer\s+(?:apply|valid|in\s+force|matters?|counts?|binds?|holds?)|(?:does|do)\s*(?:n't|not)\s+(?:count|apply|matter|hold|bind)(?:\s+(?:any\s*more|no\s+more|any\s+longer))?)\b|^[^.;!?\n]{0,60}?\b(?:(?:should|must|shall|can|may|will|are\s+to|is\s+to)\s+(?:now\s+|henceforth\s+|simply\s+)?be\s+|(?:are|is|were|was)\s+(?:now\s+|hereby\s+)?)(?:forgotten|ignored|disregarded|dropped|discarded|set\s+aside|put\s+aside|void|not\s+applicable|inapplicable|superseded|replaced|suspended|lifted|revoked|off)\b/i;
// This text as the only rules in force.
const SOLE = /\bonly\s+(?:the\s+)?(?:rules|instructions|guidance|notes|directions|guidelines|directives)\s+(?:(?:written|given|stated|listed|set\s+out|found|contained)\s+)?(?:in|of|from|here|below)\s*(?:this|these|the\s+present)?\s*(?:tool\s+)?(?:description|doc(?:ument(?:ation)?)?|text|paragraph|notes?|manifest|definition)?\s*(?:apply|applies|are\s+valid|is\s+valid|count|counts|matter|hold|govern|are\s+in\s+force|is\s+in\s+force|are\s+binding)\b|\b(?:the\s+)?(?:paragraph|text|notes?|description|lines?|section)\s+(?:below|here|above)?\s*(?:is|are)\s+all\s+(?:that\s+)?you\s+(?:follow|obey|go\s+by|answer\s+to|need\s+to\s+follow)\b|\b(?:rely\s+on|go\s+by|follow|obey)\s+(?:this|the\s+present)\s+(?:tool\s+)?(?:description|doc|text|paragraph|note|notes|definition)\s+(?:alone|only)\b/i;
// Cheap gates: the act of giving to "you", rules named by origin, the system prompt ignored; "no longer"; "only", "alone", "all you".
const MAY_NAME = /\b(?:gave|given|handed|told|issued|provided|supplied|sent|passed|assigned|fed)\s+(?:to\s+)?you\b|\b(?:loaded|baked|built|put|installed|programmed|configured|set|wired|trained)\s+(?:in(?:to)?|on|for)\s+you\b|\byou\s+(?:have\s+)?(?:received|got|were\s+\w+|been\s+\w+|started|came|booted)\b|\b(?:previous|prior|earlier|original|initial|startup)\s+(?:[\w-]+\s+){0,2}?\w+\s+(?:from|of|by)\s+(?:the\s+|your\s+)?(?:system|operator|developer|platform|host)\b|\bsystem\s+(?:prompt|message|instructions)\s+(?:is|are)\s+(?:now\s+)?(?:ignored|disregarded|suspended|set\s+aside)\b/i;
const MAY_SOLE = /\bonly\b|\balone\b|\ball\s+(?:that\s+)?you\b/i;
// The model's own safety or system rules no longer followed, whoever the subject: "in which it no longer needs to follow the safety guidelines".
const NO_LONGER_FOLLOWED = /\b(?:no\s+longer|not\s+any\s*(?:more|longer))\s+(?:needs?\s+to\s+|has\s+to\s+|have\s+to\s+)?(?:follow|obey|respect|observe|apply|honou?r|heed)s?\s+(?:the\s+|its\s+|your\s+|any\s+)?(?:safety|content|usage|moderation|system|operator|developer)\s+(?:guidelines|rules|polic(?:y|ies)|restrictions|instructions|prompt|guardrails)\b/i;

/** The model's rules, named by the act that gave them, discarded; or this text made the only rules in force. */
export function textToDiscardHits(text: string): Hit[] {
  for (const match of MAY_NAME.test(text) ? matchesOf(NAMED_RULES, text, 10) : []) {
    const sentence = sentenceAround(text, match.index);
    const before = text.slice(sentence.start, match.index);
    const after = text.slice(match.index + match[0].length, sentence.start + sentence.text.length + 1);
    // "Do not disregard the rules the operator gave you" keeps them.
    const head = DISCARD_HEAD.exec(before);
    if (head && !isNegatedAt(text, sentence.start + head.index + head[0].search(/\S/))) return [discarded(sentence.start + head.index, match.index + match[0].length - sentence.start - head.index)];
    if (DISCARD_AFTER.test(after) && !/\b(?:not|never)\s+(?:be\s+)?(?:forgotten|ignored|disregarded|dropped|discarded|set\s+aside)\b/i.test(after)) return [discarded(match.index, match[0].length)];
  }
  const dropped = /\bno\s+longer|\bnot\s+any\s*(?:more|longer)/i.test(text) ? NO_LONGER_FOLLOWED.exec(text) : null;
  if (dropped) return [discarded(dropped.index, dropped[0].length)];
  const sole = MAY_SOLE.test(text) ? SOLE.exec(text) : null;
  if (sole && !isNegatedAt(text, sole.index)) {
    return [{ kind: 'model-instruction', severity: 'medium', message: "Claims that only this text's rules are in force for the model.", index: sole.index, length: sole[0].length }];
  }
  return [];
}

function discarded(index: number, length: number): Hit {
  return { kind: 'model-instruction', severity: 'high', message: 'Tells the model to discard the rules it was given, named by who gave them.', index, length };
}
