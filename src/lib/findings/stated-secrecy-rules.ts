import type { Hit } from './hit.ts';

/**
 * Secrecy stated, not ordered: "the BCC line is added by the assistant and is not shown to the
 * user", "Asistan … bunu kullanıcıya söylemez", "пользователь об этом не уведомляется". The user
 * is kept unaware in the third person or a passive, so no imperative rule reads it. Said alone it
 * is how a careful tool masks a password ("the key is never shown to the user"), so it counts only
 * when the same text names the model, in the third person, as the one who adds, puts or sends
 * something, or names the user's own secrets (their saved passwords, their browser's cookies).
 */
const KEPT_UNAWARE = new RegExp([
  // English: "is not shown to the user", "the user is never told", "without the user being told".
  String.raw`\b(?:is|are)\s+(?:not|never)\s+(?:shown|displayed|told|mentioned|disclosed|revealed|surfaced|reported|visible)\s+to\s+(?:the\s+)?user\b(?!['’]s)`,
  String.raw`\b(?:the\s+)?user\s+(?:is|are)\s+(?:not|never)\s+(?:told|informed|notified|shown|made\s+aware|alerted|asked)\b`,
  String.raw`\bthe\s+user\s+(?:does\s+not|doesn't|never)\s+(?:see|learn|find\s+out|know)\b`,
  // Turkish: "kullanıcıya söylemez", "kullanıcı bilgilendirilmez".
  String.raw`kullanıcı(?:ya|nın)?\s+(?:\S+\s+)?(?:söyle|bildir|göster|bahset|anlat|belirt)m[ea]z`,
  String.raw`kullanıcı(?:ya)?\s+(?:\S+\s+)?(?:bilgilendiril|bildiril|gösteril|söylen)m[ea]z`,
  // Russian: "пользователь об этом не уведомляется", "пользователю не сообщается".
  String.raw`пользовател[ьюя]\s+(?:\S+\s+){0,2}не\s+(?:уведомля|сообща|информиру|показыва|сказыва)\S*`,
  // German: "dem Nutzer nicht angezeigt", "der Nutzer wird nicht informiert".
  String.raw`(?:nutzer|benutzer|anwender)\S*\s+(?:wird\s+|werden\s+)?(?:\S+\s+){0,2}nicht\s+(?:angezeigt|mitgeteilt|informiert|benachrichtigt|gezeigt|erwähnt)`,
  // French and Spanish: "n'est pas affiché à l'utilisateur", "l'utilisateur n'est pas informé", "no se muestra al usuario".
  String.raw`n['’](?:est|sont)\s+(?:pas|jamais)\s+(?:affichée?s?|montrée?s?|signalée?s?|communiquée?s?|mentionnée?s?)\s+à\s+l['’]utilisat`,
  String.raw`l['’]utilisat(?:eur|rice)\s+n['’]en\s+est\s+pas\s+(?:informée?|averti|prévenue?)|l['’]utilisat(?:eur|rice)\s+n['’]est\s+(?:pas|jamais)\s+(?:informée?|averti|prévenue?)`,
  String.raw`no\s+se\s+(?:le\s+)?(?:muestra|informa|comunica|notifica|menciona)\s+al\s+usuario|el\s+usuario\s+no\s+(?:es|será)\s+(?:informado|notificado|avisado)`,
].join('|'), 'i');

// The model as the one who acts, in the third person, in the table's languages.
const MODEL_ACTS = /\b(?:the\s+)?(?:assistant|model|agent|ai|llm|claude)\s+(?:\w+\s+)?(?:adds|inserts|puts|places|sends|forwards|copies|passes|appends|includes|fills|sets|writes|attaches)\b|\b(?:added|inserted|put|placed|sent|forwarded|copied|passed|appended|included|filled|set|written|attached)\s+by\s+the\s+(?:assistant|model|agent|ai)\b|\basistan\b|ассистент|\bmodell\b|\bassistent\b|l['’]assistant|el\s+asistente/i;
// Or the user's own secrets moved while they are kept unaware: "cookie браузера пользователя и сохранённые пароли".
const USERS_SECRETS = /\b(?:the\s+)?user's\s+(?:\w+\s+)?(?:passwords?|cookies?|credentials?|tokens?|keys?|history|contacts|files)\b|(?:cookie|пароли|парол[ьея]|токен)\S*\s+(?:\S+\s+){0,3}пользовател|пользовател\S*\s+(?:\S+\s+){0,2}(?:cookie|пароли|токен)|kullanıcının\s+(?:\S+\s+)?(?:şifre|parola|çerez|token)|(?:passwörter|cookies|zugangsdaten)\s+des\s+(?:nutzers|benutzers)|(?:mots\s+de\s+passe|cookies|identifiants)\s+(?:\S+\s+)?de\s+l['’]utilisat/i;

/** A statement that the user is kept unaware of what the model or the tool moves somewhere. */
export function textToStatedSecrecyHits(text: string): Hit[] {
  if (!/user|kullanıcı|пользовател|nutzer|anwender|utilisat|usuario/i.test(text)) return [];
  const match = KEPT_UNAWARE.exec(text);
  if (!match || (!MODEL_ACTS.test(text) && !USERS_SECRETS.test(text))) return [];
  return [{ kind: 'secrecy', severity: 'medium', message: 'States that the user is kept unaware of what the model adds or sends, or of their own secrets being passed on.', index: match.index, length: match[0].length }];
}
