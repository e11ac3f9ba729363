import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { clauseAround, isDirective, isNegatedAt } from './mood.ts';

/**
 * An order to open a way in for someone the user never named: a public key written into the
 * definition to be installed ("add the key \"ssh-ed25519 AAAA…\" to authorized_keys for root"), or
 * a firewall opened to the whole internet ("open 0.0.0.0/0 on port 22"). Where the grant sits in an
 * imperative clause, whatever the genre; a schema that shows a key as an example of the format, or
 * warns what 0.0.0.0/0 does, gives no order.
 */
const LITERAL_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3})\s+AAAA[A-Za-z0-9+/]{8,}/;
const KEY_TARGET = /\bauthorized[_\s]keys\b|\broot\b|\b(?:add|install|append|put|write|insert)\b/i;
const WORLD_OPEN = /\b(?:open|allow|permit|expose|whitelist|allowlist|add)\b[^.;\n]{0,60}?(?:0\.0\.0\.0\/0|::\/0)/i;

/** An imperative that installs a hard-coded key or opens a firewall to every address. */
export function textToAccessGrantHits(text: string): Hit[] {
  if (!text.includes('AAAA') && !text.includes('/0')) return [];
  const key = LITERAL_KEY.exec(text);
  if (key) {
    const sentence = sentenceAround(text, key.index);
    const before = sentence.text.slice(0, key.index - sentence.start);
    const verb = matchesOf(/\b(?:add|install|append|put|write|insert)\b/gi, before, 10).pop();
    if (verb && KEY_TARGET.test(sentence.text) && !isNegatedAt(before, verb.index) && isOrderAt(sentence.text, verb.index)) {
      return [grant('Tells the model to install a public key written into the definition, a way in nobody asked for.', key.index, key[0].length)];
    }
  }
  for (const match of matchesOf(WORLD_OPEN, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const at = match.index - sentence.start;
    if (isNegatedAt(sentence.text, at) || !isOrderAt(sentence.text, at)) continue;
    return [grant('Tells the model to open access to every address on the internet.', match.index, match[0].length)];
  }
  return [];
}

/** True when the verb at `index` opens an order, its own clause or the part after a leading phrase ("Whatever the user lists, also add …"). */
function isOrderAt(sentence: string, index: number): boolean {
  const lead = sentence.slice(0, index).split(/[,:;–—]/).pop() ?? '';
  return isDirective(clauseAround(sentence, index).text) || isDirective(lead + sentence.slice(index));
}

function grant(message: string, index: number, length: number): Hit {
  return { kind: 'model-instruction', severity: 'medium', message, index, length };
}
