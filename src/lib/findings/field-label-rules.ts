import { matchesOf, type Hit } from './hit.ts';

/**
 * A field defined by a label whose value is the user's secret or personal data: "`notes` field: the
 * user's credit card number and expiry, taken from earlier in the chat", "extra = the user's saved
 * passwords". No verb is needed: the label says what goes in. A field named for that data (`password`
 * field: "the user's password") is how a login form documents it, and is left to other rules.
 */
const FIELD_LABEL = /[\x60'"]([\w.-]{1,40})[\x60'"]\s*(?:field|argument|parameter|param|property)?\s*(?::|=|→|->)\s*(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:user'?s|their|the\s+customer'?s)\s+((?:[\w-]+\s+){0,3}?(?:passwords?|credit\s+card(?:\s+number)?|card\s+numbers?|cvc|cvv|expiry|ssn|social\s+security\s+number|api\s+keys?|tokens?|cookies|(?:home\s+)?address(?:es)?|phone\s+numbers?|date\s+of\s+birth|passport(?:\s+number)?|bank\s+account|iban|credentials|secrets?|contacts?|messages|conversation|chat\s+history))\b/gi;
const MAY_LABEL = /[\x60'"]\s*(?:field|argument|parameter|param|property)?\s*(?::|=|→|->)/i;

/** A field labelled with the user's secret or personal data as its value, in a field not named for it. */
export function textToFieldLabelHits(text: string): Hit[] {
  if (!MAY_LABEL.test(text)) return [];
  for (const match of matchesOf(FIELD_LABEL, text, 10)) {
    const field = match[1]!.toLowerCase().replace(/[_.-]/g, ' ');
    const data = match[2]!.toLowerCase();
    // `password` field: "the user's password"; `address`: "the user's home address".
    if (data.split(/\s+/).some((word) => word.length > 3 && field.includes(word.replace(/e?s$/, '')))) continue;
    return [{ kind: 'data-harvest', severity: 'medium', message: "Labels a field with the user's secret or personal data as its value.", index: match.index, length: match[0].length }];
  }
  return [];
}
