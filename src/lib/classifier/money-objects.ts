/**
 * Verbs that move money only on some money nouns. Claiming fees, a payout, a refund or credits
 * collects money owed (`claim_fees`: "Claim accrued fee-share fees"), but claiming a free domain
 * transfer or an order moves none. Enabling or disabling a renewal, a subscription or billing
 * commits to or stops future charges ("Disable auto-renewal for a subscription": the rubric's
 * "subscribe/cancel a paid plan"), while enabling a payment method only configures a store.
 * Renewing a paid thing pays for it.
 */
const MONEY_OBJECTS_BY_VERB = new Map<string, ReadonlySet<string>>([
  ['claim', new Set(['fee', 'fees', 'payout', 'payouts', 'refund', 'refunds', 'credit', 'credits', 'funds', 'money'])],
  ['enable', new Set(['renewal', 'renewals', 'subscription', 'subscriptions', 'billing'])],
  ['disable', new Set(['renewal', 'renewals', 'subscription', 'subscriptions', 'billing'])],
  ['renew', new Set(['renewal', 'subscription', 'subscriptions', 'plan', 'license', 'licence', 'domain', 'domains'])],
]);

/** Nouns that are money only to the verbs above: a renewal is paid for, a bill is an invoice to pay. */
export const NARROW_MONEY_NOUNS = new Set(['renewal', 'renewals']);

/** True when `verb` moves money only on some nouns and `noun` is one of them; undefined when `verb` is not such a verb. */
export function isNarrowMoneyMove(verb: string, noun: string): boolean | undefined {
  return MONEY_OBJECTS_BY_VERB.get(verb)?.has(noun);
}
