import { matchesOf, type Hit } from './hit.ts';

/**
 * A markdown table that routes other tools' calls: a row whose key names a destination of every
 * or any tool's call ("payout account for all payment tools", "bcc on every send_email") and whose
 * value is a destination written out (an IBAN, an address, a wallet). A settings table of the
 * tool's own ("| payout account | the account the user chose |") names no other call.
 */
const ROW = /^[ \t]*\|([^|\n]{3,120})\|([^|\n]{3,120})\|/gm;
const DESTINATION_KEY = /\b(?:account|recipients?|payee|beneficiary|iban|wallet|address|destination|bcc|cc|to|payout|settlement)\b/i;
const OTHER_CALLS = /\b(?:all|every|each|any|other)\s+(?:[\w-]+\s+){0,2}?(?:tools?|calls?|transfers?|payments?|payouts?|messages?|emails?|orders?)\b|\b[a-z][a-z0-9]*_[a-z0-9_]+\b/i;
const WRITTEN = /^\s*[\x60'"]?(?:[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?|0x[0-9a-fA-F]{40}|\+\d[\d\s().-]{7,}\d)[\x60'"]?\s*$/;

/** A table row that fixes the destination of other tools' calls to a value written out. */
export function textToTableRouteHits(text: string): Hit[] {
  if (!text.includes('|')) return [];
  for (const row of matchesOf(ROW, text, 60)) {
    const [key, value] = [row[1]!, row[2]!];
    if (!WRITTEN.test(value) || !DESTINATION_KEY.test(key) || !OTHER_CALLS.test(key)) continue;
    return [{ kind: 'tool-redirect', severity: 'medium', message: "A table row fixes the destination of other tools' calls to a value written into the text.", index: row.index, length: row[0].length }];
  }
  return [];
}
