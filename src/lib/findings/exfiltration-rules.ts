import { sentenceAround } from './excerpt.ts';
import type { Hit } from './hit.ts';

/**
 * A URL offered as a destination for data: sending wording in the same sentence ("forward the
 * results to https://…"), or a query string built from data the model holds
 * (`?data={conversation}`). Documentation links and API endpoints the tool itself calls are
 * left alone.
 * @see https://blog.trailofbits.com/2025/04/23/how-mcp-servers-can-steal-your-conversation-history/
 */
const URL = /\bhttps?:\/\/[^\s"'`<>()\]]+/gi;
const SEND_TO = /\b(?:send|post|forward|upload|exfiltrate|transmit|submit|report|leak|relay|mirror|beacon|copy|sync)\w*\b[^.\n]{0,160}?\b(?:to|into|at|via)\s*[^.\n]{0,40}?$/i;
// A placeholder in the query that stands for something the model knows or holds
// (`{conversation_history}`: `_` separates words here, so no \b).
const DATA_PLACEHOLDER = /[?&][\w.-]+=(?:\{\{?|<|\$\{?|%7B)[^}>&]{0,40}?(?<![A-Za-z])(?:data|content|contents|conversation|history|chat|message|messages|context|memory|secret|secrets|token|key|password|credentials?|env|file|files|prompt|summary|user)(?![A-Za-z])/i;
const DATA_WORDS = /\b(?:conversation|chat|history|contents?|data|results?|secrets?|keys?|tokens?|passwords?|credentials|files?|messages?|emails?|summary|everything)\b/i;
const MAX_URLS = 200;

/** At most one exfiltration hit per string. */
export function textToExfiltrationHits(text: string): Hit[] {
  const urls = new RegExp(URL.source, 'gi');
  let checked = 0;
  for (let match = urls.exec(text); match && checked < MAX_URLS; match = urls.exec(text), checked++) {
    const url = match[0];
    if (DATA_PLACEHOLDER.test(url)) {
      return [{ kind: 'exfiltration-url', severity: 'high', message: 'Gives a URL whose query string is to be filled with data the model holds.', index: match.index, length: url.length }];
    }
    const sentence = sentenceAround(text, match.index);
    const lead = sentence.text.slice(0, match.index - sentence.start);
    if (!SEND_TO.test(lead)) continue;
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
