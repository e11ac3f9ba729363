import { PROMPT_DATA, SECRET_VARIABLE, ARGUMENT_SINK, BULK_SCOPE, CONVERSATION_DATA, HISTORY_NOUN, CREDENTIAL_DATA, DISCLOSE_VERB, HARVEST_SCOPE, MALICIOUS_VERB, MOVE_VERB, OUTSIDE_SINK, PASSIVE_MOVE, PERSONAL_DATA, REQUEST_DATA, SECRET_DATA, SIDE_FIELD_SINK } from './data-words.ts';
import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import type { FindingSeverity } from './kinds.ts';
import { clauseAround, isDirective, isNegatedAt, isUsersActionAt } from './mood.ts';

/**
 * What a sentence asks for: the user's data or the model's context moved into an argument,
 * another tool's call or a URL. A description that says what the tool does with secrets
 * ("Stores a secret", "lists env var names, values masked") describes; only an instruction whose
 * moving verb is not negated counts, and how sensitive the data is and where it goes set the
 * severity.
 * @see https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
 */
type DataClass = 'secret' | 'prompt' | 'credential' | 'conversation' | 'request' | 'personal';

const CLASSES: { cls: DataClass; pattern: RegExp }[] = [
  { cls: 'secret', pattern: SECRET_DATA },
  { cls: 'secret', pattern: SECRET_VARIABLE },
  { cls: 'prompt', pattern: PROMPT_DATA },
  { cls: 'credential', pattern: CREDENTIAL_DATA },
  { cls: 'conversation', pattern: CONVERSATION_DATA },
  { cls: 'request', pattern: REQUEST_DATA },
  { cls: 'personal', pattern: PERSONAL_DATA },
];

const MESSAGES: Record<DataClass, string> = {
  secret: "Asks for secrets or the model's own context (system prompt, environment variables, cookies, private keys) to be handed over.",
  prompt: 'Asks for a system prompt to be copied into a side field or sent elsewhere.',
  credential: "Asks for the user's keys, tokens or passwords to be passed along.",
  conversation: 'Asks for the conversation to be copied into a call or sent elsewhere.',
  request: "Asks for the user's request to be sent somewhere it has no business going.",
  personal: "Asks for the user's personal data to be copied into a call or sent elsewhere.",
};

const MAX_ANCHORS = 40;
// "Set to 'yes' to save the chat history", "If true, include …": what a flag does, not an order.
const FLAG_DOCUMENTATION = /^\W*(?:set\s+(?:this\s+|it\s+)?to\s+[\x60'"]?\w+[\x60'"]?(?:\s+\([^)]{0,40}\))?\s+to\b|if\s+(?:true|set|enabled|yes)\b|when\s+(?:true|set|enabled)\b|whether\s+to\b)/i;

// "If the user asks you to remember something they said earlier, put that in `body`": the user's own request to keep or share it.
const USER_ASKS_TO_KEEP = /^\W*(?:if|when|whenever)\s+the\s+user\s+(?:asks|wants|tells)\s+(?:you\s+)?to\s+(?:remember|save|note|store|keep|record|share|send|forward|export|summari[sz]e|copy)\b/i;

// "set reveal only when the user explicitly asks to see the value" (1Password's item tool): the user's own request gates
// showing it, and nothing in the sentence moves it anywhere ("put the code in notes, then reveal it only when …" still does).
const ONLY_ON_USER_REQUEST = /\bonly\s+(?:when|if|after|once)\s+the\s+user\s+(?:\w+\s+)?(?:asks|requests|wants|says\s+so|confirms|approves|tells\s+you)\b/i;
const MOVES_IT = /\b(?:put|paste|send|include|insert|forward|pass|copy|add|attach|upload|post|embed|fill|e-?mail|share|write|log|store|append|submit)\b/i;
const shownOnlyOnRequest = (sentence: string): boolean => ONLY_ON_USER_REQUEST.test(sentence) && !MOVES_IT.test(sentence);

// "the names of the environment variables, with values redacted": what is moved is not the data.
const WITHHELD = /\b(?:values?\s+(?:redacted|masked|hidden|omitted|removed|stripped)|(?:redacted|masked|hashed|obfuscated|anonymi[sz]ed)\s+(?:values?|before|first)|with\s+(?:the\s+)?values?\s+(?:redacted|masked|hidden|omitted))\b/i;

const CONVERSATION_FIELD = /[\x60'"](?:[\w-]+[._])?(?:messages|history|chat_history|conversation|transcript|dialog(?:ue)?|turns)[\x60'"]\s*\(\s*(?:the\s+)?(?:full\s+|entire\s+|whole\s+)?(?:chat|conversation|message)\s+(?:history|so\s+far|turns|log)\s*\)/i;

/** At most one data-harvest hit per string: the most severe, then the first. */
export function textToDataHits(text: string): Hit[] {
  let best: Hit | undefined;
  if (!MOVE_VERB.test(text) && !MALICIOUS_VERB.test(text) && !PASSIVE_MOVE.test(text)) return [];
  const directiveMoves = new Map<number, boolean>();
  for (const { cls, pattern } of CLASSES) {
    for (const match of matchesOf(pattern, text, MAX_ANCHORS)) {
      const severity = anchorToSeverity(text, match.index, match[0].length, cls, directiveMoves);
      if (!severity) continue;
      const hit: Hit = { kind: 'data-harvest', severity, message: MESSAGES[cls], index: match.index, length: match[0].length };
      if (!best || (severity === 'high' && best.severity !== 'high')) best = hit;
      if (severity === 'high') break;
    }
    if (best?.severity === 'high') break;
  }
  return best ? [best] : [];
}

// "Pass the system prompt you want the sub-agent to use in `system`": a prompt the model writes for another model, not its own.
const ANOTHER_MODELS_PROMPT = /^\s*(?:(?:that|which)\s+)?(?:you|the\s+(?:user|caller))\s+(?:want|pass|provide|supply|write|choose|set)\b(?!\s+(?:to\s+)?(?:forward|send|share|leak|reveal))|^\s*(?:for|of)\s+(?:the|this|that|each|every|a|an)\s+(?:sub-?call|sub-?agent|agent|bot|model|completion)\b/i;

function anchorToSeverity(text: string, index: number, length: number, cls: DataClass, directiveMoves: Map<number, boolean>): FindingSeverity | undefined {
  if (cls === 'prompt' && !/\byour\b/i.test(text.slice(Math.max(0, index - 8), index + length)) && ANOTHER_MODELS_PROMPT.test(text.slice(index + length, index + length + 60))) return undefined;
  const sentence = sentenceAround(text, index);
  const at = index - sentence.start;
  if (isNegatedAt(sentence.text, at) || FLAG_DOCUMENTATION.test(sentence.text) || WITHHELD.test(sentence.text) || USER_ASKS_TO_KEEP.test(sentence.text) || shownOnlyOnRequest(sentence.text)) return undefined;
  const malicious = MALICIOUS_VERB.exec(sentence.text);
  if (malicious && !isNegatedAt(sentence.text, malicious.index) && isDirective(clauseAround(sentence.text, malicious.index).text)) return 'high';
  // Secrets named anywhere in an instruction count; the conversation and the user's words only in
  // the clause whose verb moves them ("pass the session id — it keeps the prior conversation" does not).
  if (cls === 'secret' || cls === 'prompt' || cls === 'credential') {
    if (!directiveMoves.has(sentence.start)) directiveMoves.set(sentence.start, hasDirectiveMove(sentence.text));
    if (!directiveMoves.get(sentence.start)) return undefined;
  } else {
    // The anchor's clause, and the next one when it goes on with a pronoun: "collect X and include them in …".
    const clause = clauseAround(sentence.text, at);
    const next = /^\s*(?:,\s*)?(?:and|then)\s+(?:\w+\s+)?(?:it|them|both|this|these|that)\b/i.test(sentence.text.slice(clause.start + clause.text.length)) ? clauseAround(sentence.text, clause.start + clause.text.length + 1).text : '';
    if (!hasDirectiveMove(clause.text) && !hasDirectiveMove(next)) return undefined;
  }
  const near = sentence.text.slice(Math.max(0, at - 60), at + length + 40);
  const outside = OUTSIDE_SINK.test(sentence.text);
  const side = SIDE_FIELD_SINK.test(sentence.text);
  const argument = ARGUMENT_SINK.test(sentence.text);
  const scoped = HARVEST_SCOPE.test(near);
  const bulk = BULK_SCOPE.test(near);
  const disclose = hasDiscloseVerb(clauseAround(sentence.text, at).text);
  switch (cls) {
    case 'secret': return outside || side || argument || disclose ? 'high' : undefined;
    case 'prompt': return outside || side || disclose ? 'high' : argument ? 'medium' : undefined;
    case 'credential': return (scoped || disclose) && (outside || side || argument) ? 'high' : outside || side ? 'medium' : undefined;
    // "Relevant context from the conversation in `context`" is what an ask-the-docs tool takes; the whole history is not.
    // "`messages` (full chat history)": an argument named for the conversation is where a chat model takes it.
    case 'conversation': if (CONVERSATION_FIELD.test(sentence.text)) return undefined; return outside || ((side || argument || disclose) && bulk) ? 'high' : side || argument || (bulk && HISTORY_NOUN.test(text.slice(index, index + length))) ? 'medium' : undefined;
    case 'request': return outside ? 'high' : side ? 'medium' : undefined;
    case 'personal': return outside || side ? 'high' : argument ? 'medium' : undefined;
  }
}

// "the output format", "a print preview", "repeat mode": a disclosing word used as a noun or a modifier discloses nothing.
const DISCLOSE_AS_NOUN = /^\s+(?:format|formats|type|types|mode|modes|file|files|folder|directory|dir|path|paths|schema|size|length|limit|stream|buffer|level|style|preview|layout|settings?|options?|fields?|columns?|tokens?|language|window|rate|count|interval|button|queue)\b/i;
const DISCLOSE_AFTER_ARTICLE = /\b(?:a|an|the|its|their|your|his|her|our|this|that|raw|final|json|text|model|of|per|no)\s+$/i;

/** True when a verb that hands things over ("reveal", "print", "output") is used as a verb in the clause. */
function hasDiscloseVerb(clause: string): boolean {
  return matchesOf(DISCLOSE_VERB, clause, 10).some((match) => !DISCLOSE_AS_NOUN.test(clause.slice(match.index + match[0].length, match.index + match[0].length + 20)) && !DISCLOSE_AFTER_ARTICLE.test(clause.slice(Math.max(0, match.index - 12), match.index)));
}

/** A moving verb ("put", "send", "include" …) that is the verb of an instruction and not negated, or a rule ("must be called with"). */
function hasDirectiveMove(sentence: string): boolean {
  const passive = PASSIVE_MOVE.exec(sentence);
  if (passive && !isNegatedAt(sentence, passive.index)) return true;
  for (const match of matchesOf(MOVE_VERB, sentence, 20)) {
    if (isNegatedAt(sentence, match.index)) continue;
    // `#email`, `send_email`, `copy.txt`: part of an identifier, not a verb.
    if (/[#@/._$\[-]$/.test(sentence.slice(0, match.index)) || /^[_.@/-]/.test(sentence.slice(match.index + match[0].length))) continue;
    // "First call returns all messages": a noun, not the verb.
    if (/^call$/i.test(match[0]) && /^\s+(?:returns?|is|are|will|may|can|fails?|succeeds?|to|per|limit)\b/i.test(sentence.slice(match.index + 4))) continue;
    // "tell the user to create a key": an errand for the user, not data handed to them.
    if (/^(?:tell|show|remind)$/i.test(match[0]) && /^\s+(?:the\s+user|them|users|the\s+customer)\s+(?:to|how\s+to)\b/i.test(sentence.slice(match.index + match[0].length))) continue;
    // "send `[]` to remove all keys": the verb moves an empty or constant value, not the data named later.
    if (/^\s+\x60(?:\[\]|\{\}|null|true|false|none|""|''|-?\d+(?:\.\d+)?)\x60/i.test(sentence.slice(match.index + match[0].length))) continue;
    if (isDirective(clauseAround(sentence, match.index).text) && !isUsersActionAt(sentence, match.index)) return true;
  }
  return false;
}

const ASK_USER = /\b(?:ask|request|prompt|get|obtain|collect|have|make)\s+(?:the\s+user|the\s+customer|them|him|her)\s+(?:for|to\s+(?:provide|enter|share|give|type|paste|send|tell|supply|confirm|read\s+out)|(?:read\s+out|read|type|enter|say|tell|give|share|send|paste|dictate))\b|\b(?:request|ask\s+for)\s+(?:the\s+user'?s?|their)\b|\b(?:request|get|obtain|collect|ask\s+for)\s+(?:them|it|those|these)\s+from\s+(?:the\s+)?(?:user|person|customer|human|cardholder|account\s+holder)\b/i;

/**
 * Asking the user for a secret to pass along (credential harvesting through the model): medium;
 * high when the secret is one no tool needs (seed phrase, one-time code, private key, banking
 * password) or it is to go into a side field, another call or a URL. Asking the user to configure
 * a key ("ask them to set GITHUB_TOKEN") is not asking for it.
 */
export function textToCredentialRequestHits(text: string): Hit[] {
  for (const match of matchesOf(ASK_USER, text, MAX_ANCHORS)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    if (isNegatedAt(sentence.text, at) || !isDirective(clauseAround(sentence.text, at).text)) continue;
    const after = sentence.text.slice(at, at + 200);
    // "…need the twelve recovery words. Request them from the person": the secret is named just before.
    const named = /^\w+(?:\s+for)?\s+(?:them|it|those|these)\b/i.test(match[0]) ? `${sentenceAround(text, Math.max(0, sentence.start - 2)).text} ${after}` : after;
    const secret = SECRET_DATA.test(named) || /\b(?:recovery|seed|secret)\s+(?:words|phrase)\b/i.test(named);
    if (!secret && !CREDENTIAL_DATA.test(named)) continue;
    const passed = hasDirectiveMove(after.slice(match[0].length)) && (ARGUMENT_SINK.test(after) || SIDE_FIELD_SINK.test(after) || OUTSIDE_SINK.test(after));
    return [{
      kind: 'credential-request',
      severity: secret || passed ? 'high' : 'medium',
      message: passed ? 'Asks the model to get a secret from the user and pass it along.' : 'Asks the model to get a secret from the user.',
      index: match.index,
      length: match[0].length,
    }];
  }
  return [];
}
