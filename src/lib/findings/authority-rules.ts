import { sentenceAround } from './excerpt.ts';
import { matchToHit, matchesOf, type Hit } from './hit.ts';
import { isUsersActionAt, isWithoutInNegatedAct } from './mood.ts';
import { isQuotedExample } from './quoted.ts';

/**
 * Text that claims authority over the model, however it is worded: a verb that sets instructions
 * aside with the instructions it sets aside ("set aside whatever the system told you", "your
 * earlier instructions no longer apply"), a claim of priority ("the instructions here take
 * priority"), a new role or mode for "you", a note addressed to the AI, and secrecy towards the
 * user. English only; other languages come from the phrase table (phrase-rules.ts).
 * @see https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
 */
const DISMISS = /\b(?:ignore|disregard|forget|override|overrule|set\s+aside|put\s+aside|discard|drop|abandon|bypass|pay\s+no\s+attention\s+to|no\s+longer\s+(?:follow|obey|apply|applies|valid|relevant|in\s+effect|binding)|(?:no\s+longer|not)\s+(?:bound|constrained|restricted)\s+by|(?:free|released|exempt)\s+from|(?:has|have)\s+(?:expired|lapsed|ended)|(?:was|were|has\s+been|have\s+been)\s+(?:retired|scrapped|dropped|replaced|deprecated)|(?:do|does)\s+not\s+(?:apply|count|matter)|don't\s+(?:apply|count|matter)|cease\s+to\s+apply|(?:is|are)\s+(?:now\s+)?suspended|stop\s+(?:following|obeying)|supersedes?|outranks?|trumps?|(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:void|null|outdated|out\s+of\s+date|stale|obsolete|cancell?ed|revoked|invalid|superseded|rescinded|withdrawn|lifted|no\s+longer\s+current)|nullif(?:y|ies)|countermand)\b/i;

// What is set aside: the model's instructions, the system, the developer or the user, in any wording.
const PRIOR = new RegExp([
  String.raw`\b(?:previous|prior|earlier|above|preceding|original|initial|all\s+other|any\s+other|other|conflicting|former)\s+(?:\w+\s+){0,2}?(?:instructions?|directions?|rules?|guidance|guidelines|directives?|prompts?|commands?|orders|constraints|restrictions|programming|messages)\b`,
  String.raw`\b(?:your|the\s+developer'?s?|the\s+system'?s?|the\s+operator'?s?)\s+(?:\w+\s+){0,2}?(?:instructions?|directions?|rules?|guidance|guidelines|directives?|programming|training|constraints|restrictions|policies|system\s+(?:prompt|message))\b`,
  String.raw`\b(?:the\s+)?system\s+(?:prompt|message|instructions?)\b`,
  String.raw`\b(?:content|safety|usage|moderation)\s+polic(?:y|ies)\b`,
  String.raw`\b(?:what(?:ever)?|anything|everything)\s+(?:else\s+)?(?:the\s+)?(?:system|developer|user|operator|anyone|you\s+were|you\s+have\s+been)\s+(?:\w+\s+){0,3}?(?:told|said|says|instructed|gave|given|asked)\b`,
  String.raw`\b(?:the\s+)?user'?s\s+(?:instructions|requests?|wishes|objections|questions?|choices?)\b`,
  String.raw`\bsafety\s+(?:guidelines|rules|instructions|restrictions|policies)\b`,
  String.raw`\b(?:polic(?:y|ies)|instructions?|rules|guidance|guidelines|directions|directives?)\s+(?:from|by|of)\s+(?:your|the)\s+(?:operator|developer|system|admin\w*|owner|creator)\b`,
  // "the system settings" are the computer's; "the system's setup" and "your settings" are the model's.
  String.raw`\b(?:your|the\s+(?:operator|developer)'?s?|the\s+system's)\s+(?:\w+\s+)?(?:configuration|setup|settings|behaviou?r|persona|programming)\b|\bthe\s+system\s+(?:behaviou?r|persona|programming|setup)\b|\b(?:earlier|previous|prior|original)\s+(?:configuration|setup|settings)\b`,
  String.raw`\b(?:instructions?|directions?|rules|guidance|guidelines|directives?|orders)\s+(?:that\s+)?you\s+(?:were|have\s+been|got|received|started|began|came\s+with|loaded|booted)\b|\b(?:at|from)\s+the\s+(?:start|beginning)\s+of\s+(?:this|the)\s+(?:chat|conversation|session)\b`,
].join('|'), 'i');

// The classic "ignore the above": no noun needed when nothing but text came before.
const IGNORE_ABOVE = /\b(?:ignore|disregard|forget)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|everything\s+)?(?:above|before\s+this|prior\s+text|preceding\s+text)\b(?!\s+(?:example|section|step|field|parameter|table|list|output|note))/i;
// Siding with the tool against the user.
const AGAINST_USER = /\b(?:even\s+if|regardless\s+of\s+whether|no\s+matter\s+(?:if|whether|what))\s+the\s+user\s+(?:asks|says|requests|insists|wants|objects|tells\s+you)\b/i;

// "X takes precedence over Y" is configuration prose when Y is a setting; a claim over the model
// when Y is its instructions, the user or the system ("the user defaults", "the system settings" are settings).
// "Search over the user's documents" ranges over what the user owns: a possessive counts only before instructions, wishes and the like.
const OVER_INSTRUCTIONS = String.raw`(?:(?:anything|everything|whatever)\s+(?:else\s+)?(?:configured|set|said|told|given|written|specified|instructed)\s+(?:earlier|before|previously|elsewhere)|(?:all|any|every)\s+(?:other\s+|previous\s+|prior\s+|conflicting\s+)?(?:\w+\s+)?(?:instructions?|guidance|directions|rules|directives?|prompts?)|other\s+(?:\w+\s+)?(?:instructions|guidance|directives)|(?:the\s+)?(?:instructions|wishes|requests|guidance)\s+of\s+the\s+(?:user|system|developer|operator)|(?:anything|everything|whatever|what)\s+(?:else\s+)?(?:the\s+)?(?:user|system|developer|operator|you)|(?:your|the\s+system'?s?|the\s+user'?s?)\s+(?:\w+\s+)?(?:instructions?|prompt|rules|guidance|requests?|wishes|orders|commands|decisions)|the\s+(?:user|system|developer|operator)\b(?!['’]s\b)(?!['’]?s?\s+(?:defaults?|settings?|config\w*|preferences?|values?|options?|profiles?|locale|time\s?zone|env\w*|level|files?|director\w+|scope|keyring|fonts?|theme))|(?:all|any|every)\s+(?:other\s+)?(?:\w+\s+)?guidance)`;
const PRIORITY = new RegExp([
  String.raw`\b(?:take|takes|have|has|get|gets|given)\s+(?:\w+\s+)?(?:priority|precedence)\s+over\s+${OVER_INSTRUCTIONS}`,
  String.raw`\b(?:override|overrides|supersede|supersedes|outrank|outranks|outweighs?|trump|trumps|beats?|prevail\s+over|prevails\s+over|wins?\s+over|ranks?\s+above|(?:matters?|counts?|weighs?)\s+more\s+than|more\s+important\s+than|above|over)\s+${OVER_INSTRUCTIONS}`,
  String.raw`\b(?:your|the)\s+(?:primary|main|top|first|overriding|supreme|highest)\s+(?:directive|instruction)\b`,
  String.raw`\b(?:the\s+)?(?:list|text|rules|instructions|steps|guidance)\s+(?:below|above|here|that\s+follows?)\s+(?:replaces?|supersedes?|overrides?)\s+(?:them|those|it|all|any|every)\b`,
  String.raw`\b(?:has|have|gets?)\s+the\s+(?:final|last)\s+(?:say|word)\b|\bwhere\s+(?:this\s+text|it)\s+and\s+the\s+user\s+disagree\b`,
  String.raw`\btreat\s+(?:this|these|the\s+following)\s+(?:\w+\s+){0,2}?as\s+(?:the\s+|your\s+)?(?:authoritative|primary|only|final|sole|supreme)\s+(?:source|instructions?|guide|authority|rules?)\b|\bfollow\s+(?:only\s+)?(?:the\s+steps|these\s+(?:steps|instructions)|what\s+is\s+written)\s+(?:here|below)\s+instead\b`,
  String.raw`\b(?:this|these|the\s+following|the\s+above)\s+(?:text|description|note|instructions?|directives?|message)\s+(?:wins?|prevails?|takes?\s+(?:priority|precedence)|comes?\s+first|applies?\s+instead)\b|\bin\s+(?:case|the\s+event)\s+of\s+(?:a\s+|any\s+)?conflict\b[^.]{0,80}?\b(?:this|these|here)\b`,
  String.raw`\b(?:highest|top|absolute|maximum|first)[-\s]priority\s+(?:instructions?|directives?|rules?|commands?|orders?)\b`,
  String.raw`\b(?:is|are)\s+what\s+counts\s+now\b|\bact\s+only\s+on\s+what\s+is\s+written\s+here\b|\bfollow\s+only\s+(?:these|this|the\s+steps\s+below|what\s+is\s+written\s+here)\b`,
  String.raw`\bonly\s+(?:these|this\s+tool'?s?|the\s+following)\s+(?:instructions|rules|directions)\s+(?:apply|count|matter)\b`,
].join('|'), 'i');

const ROLE = new RegExp([
  String.raw`\byou\s+are\s+(?:now|currently|hereby|henceforth)\s+(?:a|an|in|the|operating|running|acting|authori[sz]ed|allowed|free|permitted|no\s+longer)\b`,
  String.raw`\byou(?:'re|\s+are)\s+(?:now\s+|currently\s+)?(?:in|operating\s+in|running\s+in|under)\s+(?:\w+[-\s]){0,2}mode\b`,
  String.raw`\b(?:developer|god|admin|jailbreak|unrestricted|unfiltered|dan|sudo|root|override)[-\s]mode\s+(?:is\s+)?(?:now\s+)?(?:active|enabled|engaged|activated|on(?!\s+(?:the|an?|this|that|your|their|its|each|every|all|any|\w+'s)\b))\b`,
  // Developer mode is a real setting of apps and phones ("Enable developer mode."): only the model's own counts.
  String.raw`\b(?:enter|switch\s+to|activate|enable)\s+(?:\w+\s+)?(?:jailbreak|unrestricted|unfiltered|dan|god)\s+mode\b|\b(?:enter|switch\s+(?:in)?to|activate|enable)\s+(?:your\s+(?:own\s+)?)developer\s+mode\b`,
  String.raw`\bfrom\s+now\s+on,?\s+(?:you|act|behave|respond|answer)\b`,
  String.raw`\b(?:act|behave|respond)\s+as\s+(?:if\s+you\s+(?:are|were)\s+)?(?:an?\s+|the\s+)?[\w-]*(?:bot|gpt|ai|admin\w*|root|dan|unrestricted\s+\w+)\b`,
  String.raw`\byou\s+(?:are|have\s+been)\s+(?:now\s+)?(?:cleared|permitted|allowed|authori[sz]ed|free)\s+to\s+(?:skip|ignore|bypass|disable|override|break|drop)\b|\byou\s+(?:have\s+been|are\s+now|were)\s+(?:switched|moved|put|placed|upgraded|elevated|promoted|granted)\s+(?:in)?to\b|\byou\s+(?:now\s+)?(?:operate|run|act|work|respond|answer)\s+without\s+(?:any\s+)?(?:\w+\s+)?(?:policy|policies|restrictions|limits|filters|guidelines|rules|guardrails)\b`,
  String.raw`\bpretend\s+(?:to\s+be|you\s+are|that\s+you)\b|\broleplay\s+as\b|\byour\s+new\s+(?:role|persona|identity|instructions|task|goal|purpose)\b`,
  String.raw`\byou\s+(?:now\s+)?have\s+(?:\w+\s+){0,2}?(?:root|admin|administrator|elevated|unlimited|unrestricted|full)\s+(?:privileges|access|rights|permissions)\b`,
  String.raw`\b(?:safety|content)\s+(?:restrictions?|filters?|guidelines?|rules?|polic(?:y|ies)|checks?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:off|disabled|suspended|lifted|removed|turned\s+off|deactivated|skipped|bypassed)\b`,
  String.raw`\b(?:it\s+is|we\s+are|this\s+is)\s+(?:now\s+)?(?:in\s+)?(?:debug|developer|god|jailbreak|unrestricted|admin|maintenance|test)\s+mode\s*[:;,]|\byou\s+(?:must|should|will|shall)\s+(?:\w+\s+)?(?:comply|obey)\b`,
  String.raw`"role"\s*:\s*"(?:system|developer)"`,
  String.raw`\b\w+\s+mode\s+(?:is|has\s+been)\s+(?:now\s+)?(?:on|enabled|active|activated|engaged)\s+for\s+you\b|\b(?:never|do\s+not|don't)\s+(?:decline|refuse)\s+(?:a|any)\s+(?:\w+\s+)?requests?\b|\brefusals?\s+(?:are|is|will\s+be)\s+(?:logged|treated|counted|reported)\s+as\s+(?:errors?|failures?|bugs?)\b`,
  String.raw`\badmin(?:istrator)?\s+override\s+(?:engaged|enabled|active|activated|mode)\b|\bwith\s+no\s+restrictions\s+that\s+never\s+refuses\b`,
  String.raw`\b(?:system|admin(?:istrator)?|developer|security|emergency)\s+override\s*[:!]|\b(?:new|updated|revised|real|actual)\s+(?:system\s+)?(?:instructions|policy|rules|directives?)\s*(?:follow|below|are\s+as\s+follows|:)`,
].join('|'), 'i');

const VOCATIVE = /\[(?:assistant|ai|model|llm|agent|claude)[-\s]?(?:only|note|instructions?)\]|(?:^\s*|[.!?>\n(\[]\s*|<!--\s*)(?:(?:note|message|instructions?|reminder|attention|notice|memo|hint|request|warning|heads[-\s]up|fyi|tip|p\.?s\.?)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:ai|assistant|llm|language\s+model|model|agent|bot|chatbot|claude|gpt|copilot)s?\b|(?:dear|hey|hi|hello|attention)\s+(?:ai|assistant|llm|model|agent|claude|gpt|gemini|copilot)\b|(?:ai|assistant|llm|claude)(?:\s+agent)?\s*:|if\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|language\s+model|assistant|model|agent|bot)\b|to\s+the\s+(?:ai|model|assistant|llm)\s+reading\s+this|attention\s+(?:ai|llm|assistant|model)(?:\s+agents?)?\b)/i;

// Secrecy towards the user, beyond the literal phrases of instruction-rules.ts. Keeping a secret
// value from view ("keep your API key secret", "never show raw passwords to the user") is
// protective, so a sentence about secret values is left out.
const SECRECY = new RegExp([
  String.raw`\b(?:do\s+not|don't|never|without)\s+(?:tell|inform|mention|reveal|disclose|show|notify|alert|let|explain|say|report|bring\s+up|warn)(?:ing)?\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:the\s+user|the\s+human|them|anyone|the\s+customer|the\s+owner)\b`,
  String.raw`\b(?:do\s+not|don't|never)\s+(?:mention|reveal|disclose|explain|acknowledge|discuss|reference|comment\s+on|describe)\s+(?:this|these|that|it|the\s+(?:instructions?|note|step|comment|line|call|above|following))\b`,
  String.raw`\b(?:silently|secretly|quietly|covertly|discreetly|stealthily)\s+(?:\w+\s+){0,2}?(?:send|include|add|append|forward|copy|upload|pass|call|read|insert|put|attach|bcc|cc|log|record|store|save|transfer|post|share|collect)\b`,
  String.raw`\bwithout\s+(?:the\s+user(?:'s)?\s+)?(?:knowing|noticing|knowledge|awareness|realizing)\b|\bwithout\s+(?:mentioning|commenting\s+on|explaining)\s+(?:it|this|that|them|the\s+(?:step|call|change|instructions?))\b|\bwithout\s+(?:telling|informing|notifying|alerting)\s+(?:the\s+user|them|anyone|the\s+human)\b|\bwithout\s+(?:saying|mentioning|telling)\s+(?:so|anything)\b|\btell\s+(?:nobody|no\s+one)\b`,
  String.raw`\bkeep\s+(?:\w+\s+){0,3}?(?:secret|hidden|confidential|between\s+us|from\s+(?:the\s+)?user)\b|\bhide\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?user\b`,
  String.raw`\b(?:the\s+)?user\s+(?:must\s+not|should\s+not|need\s+not|must\s+never|should\s+never|(?:does\s+not|doesn't)\s+need\s+to)\s+(?:know|see|notice|find\s+out|be\s+(?:told|informed|aware))\b|\binvisible\s+to\s+the\s+user\b|\bhidden\s+step\b`,
  String.raw`\b(?:there\s+is\s+)?no\s+need\s+to\s+(?:mention|tell|inform|explain|report|disclose)\s+(?:it|this|that|them|the\s+user|anyone)\b|\b(?:never|do\s+not|don't)\s+(?:point|call)\s+(?:this|it|that|them)\s+out\b`,
].join('|'), 'i');
const SECRET_VALUE = /\b(?:secret\s+values?|passwords?|api\s+keys?|tokens?|keys?|credentials|raw\s+values?|values?|secrets?|pii)\b/i;

const MAX_MATCHES = 40;

/** Authority and secrecy hits in one string (at most one per rule). */
export function textToAuthorityHits(text: string): Hit[] {
  return [
    textToDismissHit(text),
    matchToHit(text, PRIORITY, { kind: 'model-instruction', severity: 'high', message: 'Claims priority over the model\'s other instructions.' }),
    unlessConditional(text, matchToHit(text, ROLE, { kind: 'model-instruction', severity: 'high', message: 'Tries to give the model a new role or mode.' })),
    textToVocativeHit(text),
    matchToHit(text, IGNORE_ABOVE, { kind: 'model-instruction', severity: 'high', message: 'Tells the model to ignore the text before it.' }),
    matchToHit(text, AGAINST_USER, { kind: 'model-instruction', severity: 'medium', message: "Tells the model to hold to this text even against the user's wishes." }),
    textToSecrecyHit(text),
  ].filter((hit) => hit !== undefined);
}

// A note to the AI is a note; one that steers every answer is an instruction.
const SESSION_WIDE = /\bbefore\s+(?:you\s+)?(?:answer|reply|respond|respon)\w*|\b(?:every|each|all)\s+(?:\w+\s+)?(?:answers?|repl(?:y|ies)|responses?|messages?|conversations?)\b|\bfrom\s+now\s+on\b|\balways\b|\bquietly\b|\bsilently\b/i;

function textToVocativeHit(text: string): Hit | undefined {
  const match = VOCATIVE.exec(text);
  if (!match) return undefined;
  const steers = SESSION_WIDE.test(sentenceAround(text, match.index + match[0].length).text);
  return { kind: 'model-instruction', severity: steers ? 'medium' : 'low', message: steers ? 'Addresses the AI model directly and steers every answer.' : 'Addresses the AI model directly rather than describing the tool.', index: match.index, length: match[0].length };
}

// "…to display when developer mode is enabled" describes a state of the app, not of the model.
function unlessConditional(text: string, hit: Hit | undefined): Hit | undefined {
  return hit && !/\b(?:when|whenever|if|while|whether|once|until|unless)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, hit.index - 40), hit.index)) ? hit : undefined;
}

function textToDismissHit(text: string): Hit | undefined {
  for (const match of matchesOf(DISMISS, text, MAX_MATCHES)) {
    const sentence = sentenceAround(text, match.index);
    if (!PRIOR.test(sentence.text) || isQuotedExample(text, match.index) || isSettingName(text, match)) continue;
    return { kind: 'model-instruction', severity: 'high', message: 'Tells the model to set aside its other instructions.', index: match.index, length: match[0].length };
  }
  return undefined;
}

// "Agent personality/system prompt override", "system prompt override for the agent": `override` as a noun after
// what it replaces names a setting the caller fills; nothing follows it for the model to do.
const NOUN_BEFORE = /\b(?:prompt|message|instructions?|rules?|persona|personality)\s*$/i;
const LABEL_AFTER = /^\s*(?:$|[.,;)\]]|\((?:optional|string)\)|(?:for|of)\s+(?:the|this|an?|each)\s+\w+(?:\s+\w+)?\s*[.,;)]?\s*$|(?:string|text|value)\b)/i;

/** True when an `override` names a field (`system prompt override`) rather than ordering one. */
function isSettingName(text: string, match: RegExpExecArray): boolean {
  if (!/^overrides?$/i.test(match[0])) return false;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  const after = text.slice(match.index + match[0].length).split(/\n|[.!?](?:\s|$)/)[0]!;
  return NOUN_BEFORE.test(before) && LABEL_AFTER.test(after);
}

// What an answer should leave out for readability ("do not mention the raw JSON", "do not show hidden
// files unless the user asks", "keep the output hidden from logs by setting quiet=true") is advice on
// presentation, not secrecy about what the model does.
const PRESENTATION = /\b(?:raw|json|xml|yaml|ids?|uuids?|identifiers|markdown|formatting|stack\s+traces?|error\s+codes?|field\s+names|code\s+blocks?|hidden\s+files|dotfiles)\b/i;
const CONDITIONAL_USER = /\b(?:unless|if|when|until|except\s+when)\s+(?:the\s+)?user\b/i;
const FLAG_SETTING = /\bby\s+setting\b|\b\w+\s*=\s*(?:true|false)\b/i;

/** True when a secrecy match is advice on what an answer shows, not a secret kept from the user. */
export function isPresentationAdvice(matched: string, object: string, sentence: string): boolean {
  if (/\b(?:this|these|that|it|step|instructions?|call|note|change|copy|upload)\b/i.test(matched)) return false;
  return CONDITIONAL_USER.test(matched) || FLAG_SETTING.test(sentence) || PRESENTATION.test(object);
}

function textToSecrecyHit(text: string): Hit | undefined {
  for (const match of matchesOf(SECRECY, text, MAX_MATCHES)) {
    // "the email will silently fail to send" describes a failure; "silently send" instructs.
    if (/^(?:silently|secretly|quietly|covertly|discreetly|stealthily)\b/i.test(match[0]) && /\b(?:will|would|may|might|can|could|does|do|is|are|gets?|be|to)\s+$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    // "Never post without showing the text to the user": a negated act done without telling is an order to tell.
    if (isWithoutInNegatedAct(text, match.index, match[0])) continue;
    // "tell them to keep it secret", "remind the user to keep the phrase hidden": the user keeps their own secret.
    const sentence = sentenceAround(text, match.index);
    if (isUsersActionAt(sentence.text, match.index - sentence.start)) continue;
    const object = `${match[0]} ${text.slice(match.index + match[0].length, match.index + match[0].length + 40).split(/[.!?;\n]/)[0]}`;
    if (SECRET_VALUE.test(object) && !/\b(?:this|these|that|it|step|instructions?|call)\b/i.test(match[0])) continue;
    if (isPresentationAdvice(match[0], object, sentence.text)) continue;
    return { kind: 'secrecy', severity: 'high', message: 'Asks the model to keep something from the user.', index: match.index, length: match[0].length };
  }
  return undefined;
}
