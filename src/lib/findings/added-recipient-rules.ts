import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';

/**
 * Another call's recipient changed or added to, read by structure in any of the tables' languages:
 * a destination written out in the definition (an address, a channel or handle, a git remote, a
 * phone number, an IBAN or account number, a street and number) in a sentence that either
 * - sends, forwards, posts, pushes or invites to it *as well* ("in addition to origin", "anche a",
 *   "также отправляется в канал @…", "plus a hidden copy to …"), or
 * - names a recipient, payee, destination or delivery address of every call, or of calls from now
 *   on, and puts the written value there ("the remit-to account on all outgoing payments is GB33…",
 *   "the default destination of share_file is now …", "la dirección de envío de todos los pedidos
 *   pasa a ser Calle del Olmo 12").
 * A recipient the user names is theirs ("the default channel is #general unless the user names
 * another"), a format shown by example names nobody, and a negated sentence adds no one.
 */

// A destination written out: an email, a git remote, a channel or handle, a phone number, an IBAN, a long account number, a street and number.
const WRITTEN = /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|\bgit@[\w.-]+:[\w./-]+|(?<![\w.@/])@[A-Za-z][A-Za-z0-9]*_\w+|(?<=\s)#[a-z][a-z0-9]*-[a-z0-9-]+|(?<!\p{L})(?:channel|canal|kanal|канал)\s+[#@][A-Za-z][\w-]{2,}|\+\d[\d -]{7,}\d|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b|\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b|\b\d{4,}[- ]\d{3,}[- ]?\d{2,}\b|\b\d{10,}\b|\b\d{2}-\d{2}-\d{2}\s+\d{6,10}\b|\b0x[0-9a-fA-F]{40}\b|\b\p{Lu}\p{Ll}+(?:\s+(?:de[l]?|la|das|der|\p{Lu}\p{Ll}+)){0,3}\s+\d{1,5},\s*\d{4,5}\b/u;

// Every written destination holds one of these: most descriptions are skipped at once.
const MAY_BE_WRITTEN = /@|#[a-z]|\+\d|\d{4}|0x[0-9a-fA-F]{8}/;

// Sending to it as well: an additive marker and a verb that delivers, in the tables' languages.
const ADDITIVE = /\s\+\s|\b(?:also|as\s+well|too|in\s+addition(?:\s+to)?|additionally|plus|alongside|together\s+with|mirrored|duplicated|(?:a\s+)?(?:hidden|silent|blind|second|extra)\s+copy)\b|\b(?:también|además|aussi|également|en\s+plus|auch|zusätzlich|ebenfalls|außerdem|anche|inoltre|pure|também|além\s+disso)\b|(?<!\p{L})(?:также|тоже|дополнительно)(?!\p{L})|同时|另外|并且?同步|同時に|あわせて|併せて|にも|へも|함께|추가로|에도/iu;
const DELIVER = /\b(?:send|sends|sent|forward(?:s|ed)?|post(?:s|ed)?|push(?:es|ed)?|invite[sd]?|cc|bcc|cop(?:y|ies|ied)|mirror(?:s|ed)?|publish(?:es|ed)?|shar(?:e|es|ed)|deliver(?:s|ed)?|route[sd]?|e-?mail(?:s|ed)?|cross-post(?:s|ed)?)\b|\b(?:con\s+copia|en\s+copie|em\s+cópia|in\s+copia|in\s+Kopie)\b|\b(?:env[ií]\p{L}*|reenv[ií]\p{L}*|manda\p{L}*|publica\p{L}*|envoi\p{L}*|transf[eè]r\p{L}*|publie\p{L}*|sende\p{L}*|schick\p{L}*|leite\p{L}*|weitergeleitet|inoltr\p{L}*|invi[ae]\p{L}*|pubblic\p{L}*|encaminh\p{L}*|envie\p{L}*|enviad\p{L}*)|(?<!\p{L})(?:отправ\p{L}*|пересыл\p{L}*|пересла\p{L}*|публику\p{L}*|дублиру\p{L}*)|发送|发给|抄送|转发|发布|送信|送っ|送る|送り|送付|転送|投稿|보내|전송|전달|게시/iu;

// A value that adds a destination has no verb: "manager + watch@… (always)".
const STANDING = /\b(?:always|every|each|silently|quietly|hidden)\b/i;
// A written destination set against the person's own: "paid into … rather than the claimant's card".
const AGAINST_OWN = /\b(?:rather\s+than|instead\s+of|in\s+place\s+of|and\s+not|but\s+not|not)\s+(?:to\s+|into\s+)?(?:the|their|his|her)\s+(?:[\w-]+(?:'s|s')\s+)?(?:own\s+|original\s+)?(?:card|account|address|iban|wallet|e-?mail|number|bank|(?:payment\s+)?method)\b|\beven\s+if\s+(?:the\s+)?user\s+(?:removes|deletes|changes|clears|unticks|edits|says|asks)\b|\bregardless\s+of\s+(?:what\s+)?the\s+user\b/i;
// A configuration key that adds recipients: `extra_recipients: [ledger@…]`, `bcc = …`.
const RECIPIENT_KEY = /\b[\w.]*(?:recipients?|cc|bcc|forward_to|copy_to|mirror_to)\s*[:=]\s*\[?\s*["']?$/i;

// A recipient slot, and a sign that it holds for every call or from now on.
const RECIPIENT = /\b(?:recipients?|payee|beneficiar(?:y|ies)|destination|remit-to(?:\s+account)?|ship-to(?:\s+address)?|(?:shipping|delivery|billing)\s+address|(?:payout|deposit|target|receiving|settlement)\s+account|to\s+address)\b|\b(?:destinatari[oa]s?|beneficiari[oa]|direcci[oó]n\s+de\s+(?:env[ií]o|entrega)|cuenta\s+(?:de\s+)?destino|destinataire|b[ée]n[ée]ficiaire|adresse\s+de\s+livraison|compte\s+(?:de\s+destination|b[ée]n[ée]ficiaire)|Empfänger\p{L}*|Lieferadresse|Zielkonto|Begünstigte\p{L}*|indirizzo\s+di\s+(?:spedizione|consegna)|conto\s+(?:di\s+)?destinazione|destinatário|beneficiário|endereço\s+de\s+(?:entrega|envio)|conta\s+(?:de\s+)?destino)|(?<!\p{L})(?:получател\p{L}*|адрес\p{L}*\s+доставки)|收款人|收件人|收款账户|收货地址|受取人|宛先|振込先|送付先|配送先|수신자|수취인|입금\s*계좌|배송지/iu;
const EVERY_OR_NOW = /\b(?:all|every|each|any|now|from\s+now\s+on|henceforth|going\s+forward|default)\b|\b(?:tod[oa]s|cada|ahora|tous|toutes|chaque|désormais|alle|jede[rsn]?|jetzt|ab\s+sofort|nun|tutt[ie]|ogni|ora|agora)\b|(?<!\p{L})(?:все|всех|каждый|каждого|теперь)(?!\p{L})|所有|每|今后|现在|すべて|全て|今後|모든|이제/iu;

// The user keeps the choice, a format shown by example, or a sentence that forbids it.
const USERS_OR_EXAMPLE = /\bunless\b|\bthe\s+user\s+(?:names|chooses|picks|selects|gives|enters|specifies|provides)\b(?![^.;]{0,40}\b(?:only|ignored|reference|shortcut|display)\b)|\b(?:e\.g\.|for\s+example|for\s+instance|such\s+as|sandbox|test\s+mode)\b|(?<![.@\w-])examples?\b|\bsalvo\s+que\b|\bà\s+moins\s+que\b|\bes\s+sei\s+denn\b/iu;
const NEGATION = /\b(?:never|not|don't|doesn't|no)\b|\bnunca\b|\bjamais\b|\bniemals\b|\bnie\b|\bmai\b|(?<!\p{L})(?:никогда|не)(?!\p{L})|不要|决不|しない|않/iu;

/** A written destination added to, or put in the place of, another call's recipient. */
export function textToAddedRecipientHits(text: string): Hit[] {
  if (!MAY_BE_WRITTEN.test(text)) return [];
  for (const match of matchesOf(WRITTEN, text, 12)) {
    const sentence = sentenceAround(text, match.index);
    const own = sentence.text;
    if (USERS_OR_EXAMPLE.test(own)) continue;
    const offset = match.index - sentence.start;
    // The additive and the verb that delivers sit near the destination: "also push … to git@…", "anche a supporto@…".
    const near = own.slice(Math.max(0, offset - 100), offset + match[0].length + 40);
    const added = ADDITIVE.test(near) && (DELIVER.test(near) || STANDING.test(near));
    const keyed = RECIPIENT_KEY.test(text.slice(Math.max(0, match.index - 40), match.index)) && EVERY_OR_NOW.test(text.slice(Math.max(0, match.index - 200), match.index + 200));
    const slot = RECIPIENT.exec(own);
    const reassigned = slot !== null && slot.index < offset && offset - slot.index < 160 && EVERY_OR_NOW.test(own);
    const against = AGAINST_OWN.test(own.slice(offset));
    if (!added && !reassigned && !keyed && !against) continue;
    if (NEGATION.test(own.slice(0, offset))) continue;
    const message = added ? 'Sends or copies what another call delivers to a destination written into the definition as well.' : "Puts a destination written into the definition in the place of every call's recipient.";
    return [{ kind: 'tool-redirect', severity: 'medium', message, index: sentence.start, length: own.length }];
  }
  return [];
}
