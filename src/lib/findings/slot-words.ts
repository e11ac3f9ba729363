import { LANGUAGES, phrasesOf } from './phrase-languages.ts';
import { phraseToPattern } from './phrase-matches.ts';

/**
 * Whether a URL slot written as words (`{ユーザーのメールアドレス}`, `[사용자 전화번호]`,
 * `<le dernier message de l'utilisateur>`) names the user or the user's data, in any language of
 * the phrase table: the model is to fill it from what it knows, and opening the URL sends it. The
 * words come from the table itself (its `user` and `userData` ideas), so a new language counts as
 * soon as its table has them. An identifier (`{ユーザーID}`, `<user id>`) is how an API documents
 * its routes, not data the model holds. English slots are read by exfiltration-rules.ts and url-rules.ts.
 */
const USER_OR_DATA = new RegExp(LANGUAGES.flatMap((language) => [...phrasesOf('user', language), ...phrasesOf('userData', language)].map((phrase) => phraseToPattern(phrase, language))).join('|'), 'iu');
// Identifiers drop accents (`{sohbet_gecmisi}`, `{historia_rozmowy}`) and write umlauts with an e (`{gespraechsverlauf}`):
// the same ideas with Latin letters folded, read only in slots, where no other language's word is folded into them.
const foldLatin = (text: string): string => text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (char) => char.normalize('NFD').replace(/\p{M}/gu, '')).replace(/ı/g, 'i');
const UMLAUTS = (phrase: string): string => phrase.replace(/([aou])\u0308/gi, '$1(e)?');
const USER_OR_DATA_FOLDED = new RegExp(LANGUAGES.flatMap((language) => [...phrasesOf('user', language), ...phrasesOf('userData', language)].map((phrase) => phraseToPattern(foldLatin(UMLAUTS(phrase.normalize('NFD')).normalize('NFC')), language))).join('|'), 'iu');
const IDENTIFIER = /(?:^|[\s_-])ids?$|I[dD]s?$|(?:^|\s)(?:número|numéro|numero|nummer|номер)\s/iu;

/** True when a slot's words name the user or their data, and the slot is not an identifier. */
export function slotNamesUserData(slot: string): boolean {
  const words = slot.replace(/[_{}<>[\]$]+/g, ' ').trim();
  if (words.length < 3 || IDENTIFIER.test(words)) return false;
  return USER_OR_DATA.test(words) || USER_OR_DATA_FOLDED.test(foldLatin(words));
}
