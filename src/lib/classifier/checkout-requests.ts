import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// "Start a Stripe checkout session", "Generate a payment link for a sub-account to pay…", "Open billing setup flow
// (checkout when planCode provided…)": a page the buyer pays through, made for this purchase.
const PAYMENT_REQUEST = /\b(?:start|starts|create|creates|generate|generates|open|opens|begin|begins|initiate|initiates|make|makes)\b[^.;:!?]{0,40}?(?:\b(?:stripe|paypal|billing|plan|credits?|payment|hosted|one-time)\s+checkout\b|\bcheckout\s+(?:session|link|url|page|flow)s?\b|\bpayment\s+(?:link|session|page|url)s?\b|\(checkout\b)/i;
// Most descriptions name no checkout or payment: skip the longer pattern for them.
const MENTIONS = /checkout|payment/i;
const NEGATED = /\b(?:not|never|no|without)\b[^.;:!?]{0,30}\b(?:checkout|payment)/i;

/**
 * `ucp_checkout` "Start a Stripe checkout session for a product. Returns the hosted checkout URL the buyer
 * needs to visit.", `generate_payment_link` "Generate a payment link for a sub-account to pay for their
 * subscription": a checkout session or a payment link is a request for a payment, priced and bound to a
 * purchase; the buyer only confirms it. Making one starts the purchase, the rubric's Financial (like
 * `create_payment_link`), whatever plain verb makes it; "ready for checkout" or a link not made by the call
 * is no such request.
 */
export function checkoutRequestSignal(tool: Tool): Signal | undefined {
  const description = tool.description ?? '';
  if (!MENTIONS.test(description)) return undefined;
  const found = PAYMENT_REQUEST.exec(description);
  if (!found || NEGATED.test(description)) return undefined;
  const excerpt = found[0].length > 60 ? `${found[0].slice(0, 60)}…` : found[0];
  return signal('Financial', LEVEL.lead, 'description', `description says “${excerpt}” (a checkout or payment link: a purchase begun)`);
}
