import { sentenceAround } from './excerpt.ts';
import { isNegatedAt, isWithoutInNegatedAct } from './mood.ts';
import { matchToHit, matchesOf, type Hit } from './hit.ts';
import { isPresentationAdvice } from './authority-rules.ts';
import { textToPhraseMatches } from './phrase-matches.ts';

/**
 * Phrases that address the model instead of describing the tool: override and secrecy wording,
 * tag blocks that imitate system text, pointers to secret files, requests to hand over keys.
 * Patterns are bounded (`{0,n}`, no nested quantifiers) so a megabyte description scans in
 * linear time.
 * @see https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
 */
const OVERRIDE = /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|other|preceding|system|original)\s+(?:instructions?|prompts?|rules|directions|guidelines|messages)\b/i;
// "New system prompt" alone is how an agent builder labels its own field; announcing one is not.
const NEW_ROLE = /\b(?:you\s+are\s+now\s+(?:a|an|in)\b|your\s+new\s+(?:instructions|task|role)\b|new\s+system\s+prompt\s*(?::|follows|is\s+(?:as\s+follows|below|active|in\s+effect))|(?:here\s+is|this\s+is)\s+(?:your|the|a)\s+new\s+system\s+prompt\b)/i;
const SYSTEM_TAG = /[⟨〈‹]\/?\s*(?:system|admin|instructions?)\s*[⟩〉›]|<\/?\s*(?:important|system|instructions?|admin|secret|hidden|critical|assistant|system[-_ ]?prompt)\s*>|\[\/?(?:system|inst)\]|<\|im_start\|>/i;

const SECRECY = /\b(?:(?:do\s+not|don't|never|without)\s+(?:tell(?:ing)?|inform(?:ing)?|mention(?:ing)?|reveal(?:ing)?|notify(?:ing)?|alert(?:ing)?|show(?:ing)?|let(?:ting)?)\s+(?:this\s+|it\s+|anything\s+)?(?:to\s+)?the\s+user|(?:hide|conceal|keep)\s+(?:this|it|that)\s+(?:secret\s+|hidden\s+)?from\s+the\s+user|the\s+user\s+(?:must|should)\s+(?:not|never)\s+(?:know|see|notice|be\s+told))/i;

// Paths an attacker wants read: keys, cloud and package credentials, MCP client configs, .env.
// `.env` only as a file name (after a space, quote, slash or ~), never `process.env`.
const SECRET_PATH = /~\/\.config\/[\w.-]+\/(?:credentials|[\w-]*tokens?|auth|hosts\.yml|application_default_credentials)[\w.-]*|\bcredentials\.(?:db|json|ya?ml|txt)\b|~\/\.ssh\b|\.ssh\/|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\bmcp\.json\b|\bclaude_desktop_config\.json\b|\.aws\/credentials\b|\bcredentials\.json\b|(?:^|[\s'"`(/~])\.(?:env|npmrc|netrc|pgpass|git-credentials|bash_history|zsh_history|pypirc)(?![\w.-])|\/etc\/(?:passwd|shadow)\b|\.kube\/config\b|\.docker\/config\.json\b|\.gnupg\/|\bwallet\.dat\b|\bLogin\s+Data\b|\bcookies\.sqlite\b|\bkeychain-db\b/i;
// The same sentence must ask for the file's content to be read or handed over.
const READ_OR_SEND = /\b(?:read|cat|open|load|include|pass|send|attach|upload|provide|copy|paste|append|forward|contain|look\s+up|extract|grab|fetch|contents?\s+of)\b|\bthe\s+(?:assistant|agent|model|ai|llm|caller)\s+(?:\w+\s+)?(?:reads|opens|loads|includes|passes|sends|attaches|uploads|pastes|copies|forwards|cats)\b/i;
// The secret must be the object of the verb ("pass the user's API key"), not a word further on
// ("include separate periods per API key").
const HAND_OVER_SECRET = /\b(?:pass|send|include|provide|append|attach|forward|share|put|insert|add)\s+(?:(?:the|your|their|its|all|any|every)\s+)?(?:user'?s\s+)?(?:[\w-]+\s+)?(?:api[\s_-]?keys?|secret\s+keys?|secrets|private\s+keys?|access\s+tokens?|session\s+(?:cookies?|tokens?)|passwords?|credentials|environment\s+variables)\b/i;

const MAX_PATHS_CHECKED = 50;

/** Model-aimed instruction hits in one string (at most one per rule). */
export function textToInstructionHits(text: string): Hit[] {
  const hits = [
    matchToHit(text, OVERRIDE, { kind: 'model-instruction', severity: 'high', message: 'Tells the model to ignore its other instructions.' }),
    matchToHit(text, NEW_ROLE, { kind: 'model-instruction', severity: 'high', message: 'Tries to give the model a new role or new instructions.' }),
    unlessSample(text, matchToHit(text, SYSTEM_TAG, { kind: 'model-instruction', severity: 'medium', message: 'Wraps text in a tag that imitates system or priority instructions.' })),
    unlessPresentation(text, matchToHit(text, SECRECY, { kind: 'secrecy', severity: 'high', message: 'Asks the model to keep something from the user.' })),
    unlessNegated(text, matchToHit(text, HAND_OVER_SECRET, { kind: 'secret-access', severity: 'medium', message: 'Asks for keys, tokens or passwords to be passed along.' })),
  ];
  return [...hits.filter((hit) => hit !== undefined), ...textToSecretPathHits(text)];
}

/** "Do not mention the raw JSON to the user": advice on presentation (authority-rules.ts); "never post without showing the user": an order to show. */
function unlessPresentation(text: string, hit: Hit | undefined): Hit | undefined {
  if (!hit) return undefined;
  const matched = text.slice(hit.index, hit.index + hit.length);
  if (isWithoutInNegatedAct(text, hit.index, matched)) return undefined;
  const object = `${matched} ${text.slice(hit.index + hit.length, hit.index + hit.length + 40).split(/[.!?;\n]/)[0]}`;
  return isPresentationAdvice(matched, object, sentenceAround(text, hit.index).text) ? undefined : hit;
}

/** "Parses XML such as <admin><user>…": a tag shown as sample input. */
function unlessSample(text: string, hit: Hit | undefined): Hit | undefined {
  return hit && /\b(?:such\s+as|e\.g\.|like|for\s+(?:example|instance)|example:?|parses?|xml|html)\s*$/i.test(text.slice(Math.max(0, hit.index - 30), hit.index)) ? undefined : hit;
}

/** "Never put secrets in it" warns; it does not ask. */
function unlessNegated(text: string, hit: Hit | undefined): Hit | undefined {
  // "If true, include the created password in the response" documents a flag.
  if (!hit || isNegatedAt(text, hit.index)) return undefined;
  const sentence = sentenceAround(text, hit.index).text;
  // "Pass your API key in the `api_key` argument": the tool's own argument named for the secret.
  if (/[\x60'"][\w.-]*(?:key|token|password|secret|credential|auth)[\w.-]*[\x60'"]/i.test(sentence)) return undefined;
  return /^\W*(?:if|when)\s+(?:true|false|set|enabled)\b|\bwhether\s+to\b/i.test(sentence) ? undefined : hit;
}

/** A secret file path in a sentence that asks for it to be read or sent; a path merely mentioned ("~/.ssh is rejected") is documentation. */
function textToSecretPathHits(text: string): Hit[] {
  for (const match of matchesOf(SECRET_PATH, text, MAX_PATHS_CHECKED)) {
    // A public key (`~/.ssh/id_ed25519.pub`) is meant to be shared.
    if (/^[^\s'"`)]*\.pub\b/.test(text.slice(match.index))) continue;
    const { text: sentence, start } = sentenceAround(text, match.index);
    // "Do NOT read, open, or echo any .env file" protects the file. A sentence in another language
    // ("lis le fichier ~/.ssh/id_rsa … et recopie son contenu") needs a moving verb of the phrase
    // table close to the path, and is medium: the table's verbs are broader than READ_OR_SEND.
    const english = matchesOf(READ_OR_SEND, sentence, 20).some((verb) => !isNegatedAt(sentence, verb.index) && !isDescribedPassive(sentence, verb.index));
    const at = match.index - start;
    const foreign = !english && textToPhraseMatches(sentence).some((m) => m.concept === 'move' && Math.abs(m.index - at) <= 80);
    if (!english && !foreign) continue;
    return [{ kind: 'secret-access', severity: english ? 'high' : 'medium', message: 'Asks for the contents of a secret file (SSH keys, credentials, .env or an MCP config).', index: match.index, length: match[0].length }];
  }
  return [];
}

/**
 * "Credentials are read from ~/.aws/credentials and never returned": a passive in the indicative
 * describes what the tool does; "must be read" or "is to be sent" still orders it.
 */
function isDescribedPassive(sentence: string, at: number): boolean {
  return /\b(?:is|are|was|were|gets?)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, at - 30), at))
    && !/\b(?:must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|is\s+to|are\s+to)\b/i.test(sentence);
}
