import { matchesOf, type Hit } from './hit.ts';

/**
 * A secret asked of the user in a passive, with nobody addressed: "on first use the user is asked
 * for their OpenAI API key", "the user's API key is requested at the start of each session",
 * "wird der Nutzer nach seinem GitHub-Token gefragt", "l'utilisateur est invité à fournir sa clé
 * API". The imperative form is read by data-rules.ts; said as how the tool goes, the one who asks is
 * the model. The secret must be the user's own key, token or password named right after the ask:
 * "prompted for a project name" or "asked to sign in through OAuth" is not one, a negation
 * ("the user is never asked for it") leaves the sentence alone, and so does an ask made by
 * something else ("by the operating system dialog", "in the desktop app").
 */
const SECRET = String.raw`(?:[\w-]+\s+){0,3}(?:api[\s-]?keys?|access\s+keys?|secret(?:\s+access)?\s+keys?|private\s+keys?|(?:access\s+|auth\s+|bearer\s+|api\s+)?tokens?|passwords?|passphrases?|seed\s+phrases?|recovery\s+phrases?|credentials)`;
const ASKED = new RegExp([
  String.raw`\b(?:the\s+)?users?\s+(?:is|are|will\s+be|gets?)\s+(?:first\s+)?(?:asked|prompted|requested|required|invited)\s+(?:for|to\s+(?:provide|enter|paste|share|supply|type|give)(?:\s+us)?)\s+(?:their|his|her|its|the|an?|your)\s+${SECRET}`,
  String.raw`\b(?:the\s+)?user's\s+${SECRET}\s+(?:is|are)\s+(?:\w+\s+)?(?:requested|collected|asked\s+for|obtained|gathered)\b`,
  String.raw`\b(?:nutzer|benutzer|anwender)\S*\s+(?:\S+\s+){0,3}nach\s+(?:seinem|seiner|seinen|ihrem|ihrer|dem|der)\s+\S*(?:token|schlüssel|passwort|kennwort|zugangsdaten)\S*\s+gefragt`,
  String.raw`l['’]utilisat(?:eur|rice)\s+est\s+(?:invitée?|priée?|sollicitée?)\s+(?:à|de)\s+(?:fournir|saisir|coller|donner|communiquer)\s+(?:sa|son|ses)\s+(?:clé|jeton|mot\s+de\s+passe|token|identifiants)`,
].join('|'), 'i');
// Asked by something other than the model: "by the operating system dialog", "in the desktop app", "outside the chat".
const ASKED_ELSEWHERE = /^[^.;!?]{0,60}?\b(?:by\s+the\s+(?:\w+\s+){0,2}(?:os|system|browser|dialog|app|application|cli|terminal|keychain|installer|website|page)|(?:in|on|through|via)\s+(?:the|a|their)\s+(?:\w+\s+){0,2}(?:dialog|app|application|browser|terminal|settings|keychain|website|page|portal|dashboard|form)|outside\s+(?:the|this)\s+(?:chat|conversation))\b/i;
const NEGATED = /\b(?:never|not|no)\s+$|\bnie\s+$|\bjamais\s+$/i;

// The model named as the one who gets the user's secret from them: "the assistant obtains it by asking", "the agent gets it from the user".
const MODEL_OBTAINS = /\b(?:the\s+)?(?:assistant|agent|model|ai|llm|claude)\s+(?:then\s+|first\s+)?(?:obtains?|gets?|collects?|requests?|gathers?|retrieves?|asks\s+for)\s+(?:it|them|this|that|one|the\s+\w+)\s+(?:by\s+asking|from\s+(?:the\s+)?(?:user|customer|person|them)|in\s+(?:the\s+)?chat)\b/i;
const USERS_SECRET = new RegExp(String.raw`\b(?:the\s+)?user'?s\s+${SECRET}\b`, 'i');

/** A passive that has the user asked for their own secret, or the model said to get it from them. */
export function textToPassiveCredentialHits(text: string): Hit[] {
  if (!/user|nutzer|anwender|utilisat/i.test(text)) return [];
  const obtains = MODEL_OBTAINS.exec(text);
  if (obtains && USERS_SECRET.test(text)) return [{ kind: 'credential-request', severity: 'medium', message: "States that the model gets the user's own key, token or password from them.", index: obtains.index, length: obtains[0].length }];
  for (const match of matchesOf(ASKED, text, 5)) {
    if (/\b(?:never|not|n't)\b|\bnie\b|\bnicht\b|\bjamais\b|\bne\b/i.test(match[0]) || NEGATED.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (ASKED_ELSEWHERE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 120))) continue;
    return [{ kind: 'credential-request', severity: 'medium', message: 'States that the user is asked for their own key, token or password.', index: match.index, length: match[0].length }];
  }
  return [];
}
