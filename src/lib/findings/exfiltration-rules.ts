import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { clauseAround, isDirective, isNegatedAt } from './mood.ts';
import { slotNamesUserData } from './slot-words.ts';

/**
 * A URL offered as a destination for data: an instruction to send something to it ("forward the
 * results to https://…"), or a query string with a slot for data the model holds
 * (`?d={conversation}`, `?q=<API_KEY>`, `?c=SUMMARY_OF_CONVERSATION`). Documentation links and
 * the endpoints a tool itself calls ("Posts to https://api…?text={message}") are left alone: a
 * slot for a plain message counts only when the model is told to open the URL.
 * @see https://blog.trailofbits.com/2025/04/23/how-mcp-servers-can-steal-your-conversation-history/
 */
// A query slot may be written `<DATA>`, so a short `<…>` run belongs to the URL.
const URL = /\bhttps?:\/\/(?:[^\s"'`<>()\[\]{}]|<[^<>\n]{1,60}>|\[[^[\]\n]{1,60}\]|\{\{?[^{}\n]{1,60}\}?\})+/i;
// The sending verb in its base form: "Sends events to https://…" describes the tool, "send the results to https://…" instructs.
const SEND_TO = /\b(?:send|post|forward|upload|exfiltrate|transmit|submit|report|leak|relay|mirror|beacon|copy|sync|ping)\b[^.\n]{0,160}?\b(?:to|into|at|via)\s*[^.\n]{0,40}?$/i;
// A slot in the query: `{…}`, `{{…}}`, `<…>`, `${…}`, `%7B…`, `[…]`, or an UPPER_CASE_PLACEHOLDER.
const QUERY_SLOT = /[?&][\w.-]+=(?:(?:\{\{?|<|\$\{?|%7B|\[|%(?=[A-Z_]+%)|__)([^}>\]&%]{1,60})|([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)|([^\x00-\x7f]{2,30}))/;
// What the slot stands for (`_` separates words in slot names, so no \b).
const HELD_DATA = /(?<![A-Za-z])(?:conversation|history|chat|dialog(?:ue)?|transcript|summary|context|memory|secrets?|tokens?|passwords?|credentials?|api_?keys?|keys?|env|会話|履歴|对话|聊天|대화|비밀번호|密码|パスワード|переписк\w*|историю|conversa\w*|historique|cronologia|cookies?|system|prompt|personal|contacts?|email|(?:last|previous|prior|earlier)[_\s]\w+|turns?|dialogue|discussion|user_(?!id)\w+|user'?s?\s+\w+)(?![A-Za-z])/i;
const PLAIN_DATA = /(?<![A-Za-z])(?:data|content|contents|message|messages|file|files|user|info|text|results?)(?![A-Za-z])/i;
// "your" plus a credential and nothing of the model's context: not `{your_system_prompt}`, which is the model's own.
const READERS_CREDENTIAL = /^your[_\s-]?(?:[a-z0-9]+[_\s-])?(?:api[_\s-]?)?(?:token|key|secret|password|pat)$/i;
const DATA_WORDS = /\b(?:conversation|chat|history|contents?|data|results?|secrets?|keys?|tokens?|passwords?|credentials|files?|messages?|emails?|summary|everything|contacts|text|question)\b/i;
const MAX_URLS = 200;

/** At most one exfiltration hit per string. */
export function textToExfiltrationHits(text: string): Hit[] {
  if (!text.includes('http')) return [];
  for (const match of matchesOf(URL, text, MAX_URLS)) {
    const url = match[0];
    const sentence = sentenceAround(text, match.index);
    const lead = sentence.text.slice(0, match.index - sentence.start);
    const told = isDirective(clauseAround(sentence.text, lead.length).text) || isDirective(lead);
    const slot = urlToDataSlot(url);
    // `https://x.example/r/${last_user_message}/${env.TOKEN}`: a path segment left for what the model holds, when told.
    if (slot === 'held' || (slot === 'plain' && told) || ((told || LINK_ORDER.test(lead)) && hasHeldPathSlot(url))) {
      return [{ kind: 'exfiltration-url', severity: 'high', message: 'Gives a URL whose query string is to be filled with data the model holds.', index: match.index, length: url.length }];
    }
    // "https://x.example/?t= followed by the conversation": a query left open for data to be appended.
    if (/=$/.test(url) && told && /\b(?:followed\s+by|append|appended|add|added|plus|concatenat\w*)\b/i.test(sentence.text) && DATA_WORDS.test(sentence.text.slice(lead.length))) {
      return [{ kind: 'exfiltration-url', severity: 'high', message: 'Gives a URL whose query string is to be filled with data the model holds.', index: match.index, length: url.length }];
    }
    const send = SEND_TO.exec(lead);
    if (!send || !told || isNegatedAt(lead, send.index)) continue;
    const aboutData = DATA_WORDS.test(lead);
    return [{
      kind: 'exfiltration-url',
      severity: aboutData ? 'high' : 'medium',
      message: aboutData ? 'Asks for data to be sent to a URL.' : 'Asks for something to be sent to a URL.',
      index: match.index,
      length: url.length,
    }];
  }
  return [];
}

/** Whether a URL's query has a slot for data: `held` (the conversation, a secret), `plain` (a message, data) or none. */
export function urlToDataSlot(url: string): 'held' | 'plain' | undefined {
  let found: 'plain' | undefined;
  for (const match of matchesOf(QUERY_SLOT, url, 20)) {
    const name = match[1] ?? match[2] ?? match[3] ?? '';
    if (/(?:^|[_-])ids?$|Ids?$/.test(name)) continue;
    // `?token={your_ci_token}`, `?key=YOUR_API_KEY`: documentation's placeholder for the reader's own credential, which the
    // reader types in; it carries something only when the model is told to open the URL.
    if (READERS_CREDENTIAL.test(name)) {
      found = 'plain';
      continue;
    }
    if (HELD_DATA.test(name)) return 'held';
    // `{ユーザーのメールアドレス}`, `<Passwort des Nutzers>`: a slot named in words of another language for the user or their data.
    // `{sohbet_gecmisi}`, `{gespraechsverlauf}`: a bracketed name or an identifier spelling such words without accents, as URLs do.
    if ((match[1] !== undefined || /[^\x00-\x7f]|\s|_/.test(name)) && slotNamesUserData(name)) return 'held';
    if (PLAIN_DATA.test(name)) found = 'plain';
  }
  return found;
}

// A template in a path segment: `/${…}`, `/{{…}}`, `/{…}`, `/<…>`; only the model's own context counts
// there (`/users/{email}` and `/hooks/{token}` are how an API documents its routes).
// "Every short link you give the user must be https://…": an order about the links the model writes.
const LINK_ORDER = /\b(?:links?|urls?|addresses)\s+(?:that\s+)?you\s+(?:give|show|return|send|share|write|output|present|produce)\b[^.\n]{0,40}?\b(?:must|should|shall|has\s+to|have\s+to|always)\b/i;
const PATH_SLOT = /\/(?:\$\{|\{\{?|<|%7B)([^}>\/]{1,60})/g;
const PATH_HELD = /(?<![A-Za-z])(?:conversation|history|chat|transcript|dialog(?:ue)?|system_?prompt|(?:last|previous|latest)_?user_?\w*|user_?messages?|env\.\w+|process\.env|passwords?|cookies?|secrets?|api_?keys?)(?![A-Za-z])/i;

/** Whether a URL's path holds a template slot for the conversation, the environment or a secret. */
function hasHeldPathSlot(url: string): boolean {
  const path = url.replace(/^https?:\/\/[^/]*/i, '').split('?')[0] ?? '';
  return [...path.matchAll(PATH_SLOT)].some((match) => PATH_HELD.test(match[1] ?? ''));
}
