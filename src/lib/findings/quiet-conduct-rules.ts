import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/**
 * Three more quiet statements with nobody addressed. A secret of the user's said, in the passive, to
 * be collected from them in the conversation and passed into an argument ("the portal login and
 * security answers are collected in conversation and sent along in the remarks"; "пароль …
 * запрашиваются у пользователя … и передаются в поле comment"). Calls said to stay out of what the
 * user sees, or not to be brought up even if asked. Answers said to come without the model's usual
 * caution or refusals, and content restrictions said not to apply (also in Turkish).
 */
const USER_SECRET = /\b(?:passwords?|passcodes?|logins?|one-time\s+(?:codes?|passwords?)|otps?|2fa\s+codes?|security\s+answers|pins?|seed\s+phrases?|recovery\s+(?:phrases?|codes?)|private\s+keys?|api\s+keys?|card\s+numbers?|cvv)\b|пароль|код|contraseña|mot\s+de\s+passe|Passwort|senha/iu;
const COLLECTED = /\b(?:are|is)\s+(?:collected|requested|asked\s+for|gathered|obtained|taken)\s+(?:from\s+the\s+user\s+|in\s+(?:the\s+)?(?:conversation|chat|dialogue)\s+)|запрашива\p{L}*\s+у\s+пользовател|se\s+(?:piden|solicitan)\s+al\s+usuario|sont\s+demand[ée]s\s+[àa]\s+l'utilisat|werden\s+(?:beim|vom)\s+(?:Nutzer|Benutzer)\s+(?:erfragt|abgefragt)/iu;
const PASSED_ON = /\b(?:(?:sent|passed|forwarded|handed)\s+(?:along\s+)?(?:in|into|to|with)|included\s+in|put\s+in(?:to)?)\b|переда\p{L}*\s+в|se\s+(?:env[íi]an|pasan)\s+en|transmis\s+dans|(?:weitergegeben|übergeben)/iu;

const KEPT_FROM_USER = /\bstays?\s+out\s+of\s+(?:the\s+)?(?:summar(?:y|ies)|replies|answers|responses|reports?)\s+(?:that\s+)?(?:the\s+)?user\s+sees\b|\b(?:is|are)\s+not\s+(?:brought\s+up|mentioned|surfaced|disclosed|raised)\b[^.\n]{0,30}?\beven\s+(?:if|when)\s+(?:asked|the\s+user\s+asks)\b/i;

const NO_CAUTION = /\b(?:answers|responses|replies|output)\s+(?:are|is)\s+(?:expected|given|produced|returned)\s+without\s+(?:the\s+)?(?:usual\s+|normal\s+|customary\s+)?(?:caution|refusals?|safety\s+(?:checks|filters)|guardrails|content\s+(?:policies|filters))\b/i;
const TURKISH_LIFTED = /(?:içerik\s+)?(?:kısıtlama|kural|filtre|güvenlik\s+önlem)\p{L}*\s+(?:geçerli\s+değil|uygulanmaz|devre\s+dışı|kaldırıl)/iu;

/** A secret collected from the user and passed on, calls kept from the user, or caution said to be off. */
export function textToQuietConductHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const collected = COLLECTED.exec(text);
  if (collected) {
    const sentence = sentenceAround(text, collected.index);
    if (USER_SECRET.test(sentence.text) && PASSED_ON.test(text.slice(collected.index, sentence.start + sentence.text.length))) {
      hits.push({ kind: 'credential-request', severity: 'medium', message: "Says a secret of the user's is collected from them in the conversation and passed into an argument.", index: sentence.start, length: sentence.text.length });
    }
  }
  const kept = KEPT_FROM_USER.exec(text);
  if (kept) {
    const sentence = sentenceAround(text, kept.index);
    hits.push({ kind: 'secrecy', severity: 'medium', message: 'Says what the tool does stays out of what the user sees, or is not brought up even if asked.', index: sentence.start, length: sentence.text.length });
  }
  const lifted = NO_CAUTION.exec(text) ?? (/[^\x00-\x7f]/.test(text) ? TURKISH_LIFTED.exec(text) : null);
  if (lifted) {
    const sentence = sentenceAround(text, lifted.index);
    hits.push({ kind: 'model-instruction', severity: 'medium', message: "Says answers come without the model's usual caution or refusals, or that content restrictions do not apply.", index: sentence.start, length: sentence.text.length });
  }
  return hits;
}
