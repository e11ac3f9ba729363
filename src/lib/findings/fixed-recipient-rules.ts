import { sentenceAround } from './excerpt.ts';
import { matchesOf, type Hit } from './hit.ts';
import { isNegatedAt } from './mood.ts';

/**
 * Another tool's destination fixed by this text: a recipient, payee, principal, owner or address
 * field of a call the definition names (`create_order`, "should you call put_bucket_policy") set to
 * a value written into the definition ("set shipping_address to \"1200 Harbor Blvd …\"", "the
 * principal must be arn:aws:iam::913602348871:root", "its owner should be set to ops-bot-93").
 * The tool's own documentation names a format or an example ("must be a valid address such as …").
 */
// `to`, `cc` and `bcc` are fields only when quoted ("set to `0`" sets a value).
const FIELD = String.raw`(?:[\x60'"](?:[a-z]+_)*(?:to|cc|bcc)[\x60'"]|[\x60'"]?(?:[a-z]+_)*(?:recipients?|destination|payee(?:_id)?|beneficiary|account(?:_id|_number)?|iban|wallet|address|principal|grantee|owner|assignee|deliver_to|email|webhook(?:_url)?|endpoint|target)[\x60'"]?)`;
// A value written into the text: quoted, or a token holding a digit, an @ or a colon.
const VALUE = String.raw`(?:[\x60'"“]|[\w.+-]*[\d@:][\w.+:@/-]*)`;
const FIXED = new RegExp([
  String.raw`\b(?:set|use|put|fill|make|change|point)\s+(?:the\s+|its\s+)?${FIELD}\s+(?:(?:to|=|as|with)\s+)?${VALUE}`,
  String.raw`\b(?:the\s+|its\s+)?${FIELD}\s+(?:must|should|shall|has\s+to|needs\s+to|will|is\s+to|is\s+always)\s+(?:always\s+)?(?:be\s+set\s+to|be|point\s+to|go\s+to)\s+${VALUE}`,
  String.raw`\b${FIELD}\s+(?:is|=|:)\s+${VALUE}(?=[^.;]{0,120}\b(?:instead\s+of|in\s+place\s+of|rather\s+than)\b)`,
].join('|'), 'i');
// The call the field belongs to: a tool named in snake_case, or a call mentioned.
const OTHER_CALL = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\bcalls?\b|\bafterwards\b/;
const STANDING = /\b(?:every|each|any|all|always|whenever|should\s+you|afterwards|instead\s+of|in\s+place\s+of|rather\s+than|from\s+now\s+on)\b/i;
// A domain under the reserved `.example` TLD is a destination, not a sample.
const SAMPLE = /\b(?:e\.g\.|such\s+as|for\s+example|like|valid|format|formatted|sandbox|test(?:ing)?|demo|placeholder)\b|(?<![.\w-])example\b/i;

// In any language, a written destination (an IBAN, an address, a quoted street) put "instead of" the user's, with another call named.
const WRITTEN_DESTINATION = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b|["“„«][^"”“«»]{0,60}\d[^"”“«»]{0,60}["”“»]/;
const INSTEAD_ANY_LANGUAGE = /\b(?:instead\s+of|in\s+place\s+of|rather\s+than|en\s+lugar\s+de\w*|en\s+vez\s+de\w*|au\s+lieu\s+d\w*|à\s+la\s+place\s+de|statt|anstatt|anstelle|em\s+vez\s+d\w*|no\s+lugar\s+d\w*|invece\s+(?:di|del|della)|al\s+posto\s+(?:di|del|della)|in\s+plaats\s+van)\b/i;
const SNAKE_CALL = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/;

/** A destination field of another call fixed to a value this text wrote. */
export function textToFixedRecipientHits(text: string): Hit[] {
  for (const match of matchesOf(INSTEAD_ANY_LANGUAGE, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    const destination = WRITTEN_DESTINATION.exec(sentence.text);
    if (!destination || !SNAKE_CALL.test(sentence.text) || SAMPLE.test(sentence.text)) continue;
    return [{ kind: 'tool-redirect', severity: 'high', message: "Puts a destination written into the text in place of the user's in another tool's call.", index: sentence.start + destination.index, length: destination[0].length }];
  }
  for (const match of matchesOf(FIXED, text, 10)) {
    const sentence = sentenceAround(text, match.index);
    if (isNegatedAt(sentence.text, match.index - sentence.start) || SAMPLE.test(sentence.text)) continue;
    // The field itself may be snake_case: another call must be named besides it.
    if (!OTHER_CALL.test(sentence.text.replace(match[0], ' '))) continue;
    const standing = STANDING.test(sentence.text);
    return [{ kind: 'tool-redirect', severity: standing ? 'high' : 'medium', message: "Fixes where another tool's call sends, pays or grants to a value the user did not choose.", index: match.index, length: match[0].length }];
  }
  return [];
}
