/**
 * Verbs that move money only on some money nouns. Claiming fees, a payout, a refund or credits
 * collects money owed (`claim_fees`: "Claim accrued fee-share fees"), but claiming a free domain
 * transfer or an order moves none. Enabling or disabling a renewal, a subscription or billing
 * commits to or stops future charges ("Disable auto-renewal for a subscription": the rubric's
 * "subscribe/cancel a paid plan"), while enabling a payment method only configures a store.
 * Renewing a paid thing pays for it.
 */
const PAID_PLANS: ReadonlySet<string> = new Set(['plan', 'plans', 'tier', 'tiers', 'subscription', 'subscriptions', 'billing', 'license', 'licence', 'seats']);
const SWITCHED_CHARGES: ReadonlySet<string> = new Set(['renewal', 'renewals', 'subscription', 'subscriptions', 'billing', 'autopay', 'autopayment', 'autopayments']);
const MONEY_OBJECTS_BY_VERB = new Map<string, ReadonlySet<string>>([
  ['claim', new Set(['fee', 'fees', 'payout', 'payouts', 'refund', 'refunds', 'credit', 'credits', 'funds', 'money'])],
  ['enable', SWITCHED_CHARGES],
  ['disable', SWITCHED_CHARGES],
  // "This activates billing", "temporarily suspend billing": switching billing on or off, whatever the verb.
  ['activate', SWITCHED_CHARGES],
  ['deactivate', SWITCHED_CHARGES],
  ['suspend', SWITCHED_CHARGES],
  ['renew', new Set(['renewal', 'subscription', 'subscriptions', 'plan', 'license', 'licence', 'domain', 'domains'])],
  // `upgrade_plan`, `subscribe_plan`: moving to another paid plan changes what is billed (the rubric's "subscribe/cancel a paid plan").
  ['upgrade', PAID_PLANS],
  ['downgrade', PAID_PLANS],
  ['subscribe', PAID_PLANS],
  // "Release escrowed funds to the seller", `release_payment`: money held is paid out.
  ['release', new Set(['funds', 'money', 'payment', 'payments', 'payout', 'payouts', 'escrow'])],
  // "Collect payment for an invoice", "Move money between two of your accounts", "Open a long position": money taken,
  // moved or put at stake (not "collect metrics", "move a card", "open an invoice" to view it).
  ['collect', new Set(['payment', 'payments', 'funds', 'money', 'fee', 'fees', 'deposit', 'deposits'])],
  ['move', new Set(['money', 'funds', 'cash'])],
  ['open', new Set(['position', 'positions', 'trade', 'trades'])],
  // "Complete the checkout of the cart", `complete_purchase`, "Complete a draft order": the purchase goes through (not a task).
  ['complete', new Set(['checkout', 'checkouts', 'purchase', 'purchases', 'payment', 'payments', 'order', 'orders'])],
]);

// "Update a manually-managed crypto balance", "Delete a manually-managed crypto asset": a tracked holding's record is
// created, edited or deleted without moving any of it; sending, swapping or selling crypto moves it.
const HOLDING_NOUNS = new Set(['crypto']);
const RECORD_EDITING_VERBS = new Set(['create', 'add', 'update', 'edit', 'modify', 'set', 'change', 'delete', 'remove', 'mark']);

/** True when `verb` only edits the record of a holding named by `noun` (`update_manual_crypto`), moving no money. */
export function editsHoldingRecord(verb: string, noun: string): boolean {
  return HOLDING_NOUNS.has(noun) && RECORD_EDITING_VERBS.has(verb);
}

// "Set order note", `delete_transaction_attachment`, `add_pricing_table`: a money noun qualifying another noun names
// whose note, attachment or table it is; the call changes that, not the money. An invoice template is a layout for
// invoices to come, an order's fulfilment its shipping, a billing setting a preference, a purchase event a report of one:
// none is a sum owed or paid.
const QUALIFIED_HEADS = new Set([
  'note', 'notes', 'attachment', 'attachments', 'file', 'files', 'comment', 'comments', 'table', 'tables', 'widget', 'widgets', 'tag', 'tags',
  'label', 'labels', 'field', 'fields', 'metadata', 'reminder', 'reminders', 'template', 'templates', 'fulfillment', 'fulfillments',
  'fulfilment', 'fulfilments', 'settings', 'event', 'events',
  // "Create a price alert": an alert watches a price and sets none. "Schedule an order delivery": its shipping.
  'alert', 'alerts', 'delivery', 'deliveries', 'shipment', 'shipments', 'pickup', 'pickups',
  // "Complete the payment setup wizard": setting up how payments are taken moves none. A price watch is an alert.
  'setup', 'wizard', 'watch', 'watches', 'watcher', 'watchers',
  // "Create a transaction group from existing transactions", "Add a transaction category": grouping or sorting records moves none.
  'group', 'groups', 'category', 'categories',
]);

/** True when `next`, the word after a money noun, is the head it qualifies (an order's note), so the noun is no money moved. */
export function qualifiesOtherHead(next: string | undefined, noun?: string): boolean {
  // "Create a credit note", "a credit memo": a document crediting a customer is money owed, not a note about credit.
  if ((noun === 'credit' || noun === 'credits') && (next === 'note' || next === 'notes' || next === 'memo' || next === 'memos')) return false;
  return next !== undefined && QUALIFIED_HEADS.has(next);
}

/** Nouns that are money only to the verbs above: a renewal is paid for, a renewed domain or an upgraded plan too. */
export const NARROW_MONEY_NOUNS = new Set(['renewal', 'renewals', 'plan', 'plans', 'tier', 'tiers', 'license', 'licence', 'domain', 'domains', 'seats', 'escrow']);

/** True when `verb` moves money only on some nouns and `noun` is one of them; undefined when `verb` is not such a verb. */
export function isNarrowMoneyMove(verb: string, noun: string): boolean | undefined {
  return MONEY_OBJECTS_BY_VERB.get(verb)?.has(noun);
}

// "Enable or manage auto-payment for an invoice schedule", "Manage Auto payment for a scheduled invoice": whether a customer is charged automatically.
const AUTOMATIC = new Set(['auto', 'automatic', 'recurring']);
const PAYMENT_WORDS = new Set(['payment', 'payments', 'charge', 'charges', 'billing']);
const AUTOMATIC_PAYMENT_VERBS = new Set(['enable', 'disable', 'activate', 'deactivate', 'suspend', 'pause', 'resume', 'manage', 'configure', 'set', 'setup', 'update', 'turn', 'stop', 'cancel']);

/**
 * True when `verb` switches or sets up automatic payments: `objects[at]` is a payment after "auto", "automatic"
 * or "recurring". Turning automatic charges on or off commits to or stops future charges, like a subscription
 * (the rubric's "subscribe/cancel a paid plan"); a payment method enabled for a store only configures it.
 */
export function switchesAutomaticPayment(verb: string, objects: readonly string[], at: number): boolean {
  return AUTOMATIC_PAYMENT_VERBS.has(verb) && PAYMENT_WORDS.has(objects[at]!) && AUTOMATIC.has(objects[at - 1] ?? '');
}

// What a customer pays for when it is called paid: "the paid plan", "a paid add-on", "paid seats".
const PAID_THINGS = new Set([...PAID_PLANS, 'addon', 'addons', 'add-on', 'add-ons', 'extra', 'extras', 'feature', 'features', 'upgrade', 'service', 'services']);
const PLAN_CHANGING_VERBS = new Set(['cancel', 'add', 'remove', 'change', 'switch', 'pause', 'resume', 'end', 'start', 'activate', 'deactivate', 'update', 'modify', 'buy', 'order']);

/**
 * True when `verb` starts, changes or ends something `objects[at]` calls paid ("Cancel the paid plan of the account",
 * "Add a paid add-on to the workspace"): the rubric's "subscribe/cancel a paid plan", whatever the plan is called.
 */
export function changesPaidPlan(verb: string, objects: readonly string[], at: number): boolean {
  return objects[at - 1] === 'paid' && PAID_THINGS.has(objects[at]!) && PLAN_CHANGING_VERBS.has(verb);
}
