import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the twelfth set (issue #14): Financial recall that generalises. Each rule is stated in the rubric's terms
 * and shown by made-up tools in the shapes money servers use (never by a labelled one), with cases on the other side
 * of the line where it could overreach.
 *
 * Measure of generalisation: 77 made-up money-domain definitions written before any change (/tmp/c8/probe.ts of the
 * session: shop, invoicing, bookkeeping, exchange, wallet and SaaS-billing tools, the money word often only in the
 * schema or in a later sentence). Before the set the classifier called 57/77 Financial (36/42, 18/30, 3/5); the
 * 15 precision cases beside them (reading a payment, an invoice template, a notification subscription, a price
 * lookup…) stayed 14/15. After the set: 69/77 and 14/15 (left: estimates and quotes, a line
 * item added to an invoice, expense claims, journal entries, a bare "sale", redeem, mint). A second batch of 30 written after those rules and never used to write
 * them (/tmp/c8/fresh.ts): at first sight 17/20 Financial and 9/10 precision (HEAD before the set: 8/20 and 9/10);
 * its misses then gave the credit-note and price-watch rules below (18/20, 10/10; no longer unseen).
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
const text = (description?: string) => ({ type: 'string', ...(description && { description }) });

describe('a record created or changed with the price charged for it changes a price', () => {
  expectCases([
    { behaviour: 'update_variant(id, price, compare_at_price) with string prices, as shop APIs send them, is Financial', name: 'update_variant', description: 'Update a product variant.', properties: { id: text(), price: text(), compare_at_price: text() }, expected: 'Financial' },
    { behaviour: 'products_update(id, regular_price, sale_price): the verb after the noun still sets the price (Financial)', name: 'products_update', description: 'Update a product.', properties: { id: text(), name: text(), regular_price: text(), sale_price: text() }, expected: 'Financial' },
    { behaviour: 'create_menu_item(name, unitPrice) sets what customers are charged (Financial)', name: 'create_menu_item', description: 'Adds a dish to the menu.', properties: { name: text(), unitPrice: { type: 'number' } }, expected: 'Financial' },
    { behaviour: 'create_alert(symbol, target_price): a price the caller watches is no price charged (Write)', name: 'create_alert', description: 'Create a price alert for a ticker.', properties: { symbol: text(), target_price: { type: 'number' } }, expected: 'Write' },
    { behaviour: 'add_holding(symbol, purchase_price): a price paid elsewhere, recorded in a portfolio, moves no money (Write)', name: 'add_holding', description: 'Add a holding to the portfolio.', properties: { symbol: text(), shares: { type: 'number' }, purchase_price: { type: 'number' } }, expected: 'Write' },
    { behaviour: 'add_pricing_table(title, price): a widget showing a price is page content (Write)', name: 'add_pricing_table', description: 'Add a pricing table widget to a page.', properties: { post_id: { type: 'number' }, title: text(), price: text('Price amount (e.g. "29")') }, expected: 'Write' },
    { behaviour: 'search_products(query, price) with "Filter by price" reads (Read)', name: 'search_products', description: 'Search products.', properties: { query: text(), price: text('Filter by price range') }, expected: 'Read' },
    { behaviour: 'calculate_total(price, quantity) computes, sets nothing (Read)', name: 'calculate_total', description: 'Calculate the total of a cart line.', properties: { price: { type: 'number' }, quantity: { type: 'number' } }, expected: 'Read' },
    { behaviour: 'update_product(id, max_price) with a threshold argument is no price set (Write)', name: 'update_watch', description: 'Update a watched product.', properties: { id: text(), max_price: { type: 'number' } }, expected: 'Write' },
  ]);
});

describe('a later sentence saying the call itself moves money outranks a plain verb', () => {
  expectCases([
    { behaviour: '"Enable SaaS for a location. This activates billing for the location." starts charges (Financial)', name: 'enable_saas', description: 'Enable SaaS for a location. This activates billing for the location.', properties: { location_id: text() }, expected: 'Financial' },
    { behaviour: '"Move the workspace to the Team tier. This will bill the owner for each seat." (Financial)', name: 'upgrade_account', description: 'Move the workspace to the Team tier. This will bill the owner for each seat.', properties: { workspace: text() }, expected: 'Financial' },
    { behaviour: '"Confirm the delivery. The call then pays the seller from escrow." (Financial)', name: 'confirm_delivery', description: 'Confirm the delivery of an order item. The call then pays the seller from escrow.', properties: { item_id: text() }, expected: 'Financial' },
    { behaviour: '"Search memories. Diversity can change result order." has another subject: no money moved (Read)', name: 'memory_search', description: 'Search stored memories by meaning. Diversity can change result order.', properties: { query: text() }, expected: 'Read' },
    { behaviour: '"Update the customer email. The customer pays by invoice." says what someone else does (Write)', name: 'update_customer_email', description: 'Update the customer email. The customer pays by invoice each month.', properties: { id: text(), email: text() }, expected: 'Write' },
    { behaviour: '"Get the subscription. This does not charge the customer." denies the charge (Read)', name: 'get_subscription', description: 'Get the subscription. This does not charge the customer.', properties: { id: text() }, expected: 'Read' },
  ]);
});

describe('a sales receipt, a voucher and a tax or shipping rate are money; a result order, a parcel receipt and a rate limit are not', () => {
  expectCases([
    { behaviour: 'qbo_create_sales_receipt "Create a sales receipt for a customer" records a sale paid on the spot (Financial)', name: 'qbo_create_sales_receipt', description: 'QuickBooks Online: create a sales receipt for a customer.', properties: { customer_id: text(), lines: { type: 'array' } }, expected: 'Financial' },
    { behaviour: 'edit_sales_receipt "Modify an existing sales receipt" changes a sum received (Financial)', name: 'edit_sales_receipt', description: 'Modify an existing sales receipt.', properties: { id: text() }, expected: 'Financial' },
    { behaviour: 'create_voucher "Create a voucher worth a fixed amount" is credit a customer spends (Financial)', name: 'create_voucher', description: 'Create a voucher worth a fixed amount.', properties: { code: text() }, expected: 'Financial' },
    { behaviour: 'create_tax_rate changes what customers are charged (Financial)', name: 'create_tax_rate', description: 'Create a tax rate.', properties: { country: text(), percentage: { type: 'number' } }, expected: 'Financial' },
    { behaviour: 'update_shipping_rates changes what customers are charged (Financial)', name: 'update_shipping_rates', description: 'Update the shipping rates of a zone.', properties: { zone: text() }, expected: 'Financial' },
    { behaviour: 'set_rate_limit "Set the rate limit of an API key" charges nothing (Write)', name: 'set_rate_limit', description: 'Set the rate limit of an API key.', properties: { key: text(), limit: { type: 'number' } }, expected: 'Write' },
    { behaviour: '"Diversity can change result order." sorts results, moves no money (Read)', name: 'search_docs', description: 'Search the docs. Diversity can change result order.', properties: { query: text() }, expected: 'Read' },
  ]);

  test('a receipt of delivery and an exchange rate refreshed are no money moved', () => {
    const parcel = classifyTool(caseToTool({ behaviour: '', name: 'confirm_receipt', description: 'Confirm receipt of a parcel.', properties: { parcel_id: text() }, expected: 'Write' }));
    const rates = classifyTool(caseToTool({ behaviour: '', name: 'update_rate_cache', description: 'Refresh the cached exchange rates.', expected: 'Write' }));
    expect(parcel.category).not.toBe('Financial');
    expect(rates.category).not.toBe('Financial');
  });
});

describe('paying needs no object: "and pay with…" is what the call does', () => {
  expectCases([
    { behaviour: '"Book a hotel room and pay with the saved card" pays (Financial)', name: 'create_booking', description: 'Book a hotel room and pay with the saved card.', properties: { hotel_id: text(), payment_method: text() }, expected: 'Financial' },
    { behaviour: '"Reserve a table and pay for it in advance" pays (Financial)', name: 'reserve_table', description: 'Reserve a table and pay for it in advance.', properties: { restaurant_id: text() }, expected: 'Financial' },
    { behaviour: '"Book a meeting room and notify with an email" moves no money (Write)', name: 'book_room', description: 'Book a meeting room and notify with an email.', properties: { room_id: text() }, expected: 'Write' },
    { behaviour: '"Set the order delivery slot": an order\'s delivery is its shipping, no purchase (Write)', name: 'set_delivery_slot', description: 'Set the order delivery slot for tomorrow.', properties: { order_id: text() }, expected: 'Write' },
  ]);
});

describe('completing a checkout, a purchase, a payment or an order puts the purchase through', () => {
  expectCases([
    { behaviour: '"Completes the checkout of the cart with the stored payment method" buys (Financial)', name: 'checkout', description: 'Completes the checkout of the cart with the stored payment method.', properties: { cart_id: text() }, expected: 'Financial' },
    { behaviour: 'complete_purchase "Complete the purchase of the items in the basket" buys (Financial)', name: 'complete_purchase', description: 'Complete the purchase of the items in the basket.', properties: { basket_id: text() }, expected: 'Financial' },
    { behaviour: 'complete_task "Complete a task" moves no money (Write)', name: 'complete_task', description: 'Complete a task.', properties: { task_id: text() }, expected: 'Write' },
    { behaviour: 'complete_payment_setup "Complete the payment setup wizard" configures, pays nothing (Write)', name: 'complete_payment_setup', description: 'Complete the payment setup wizard.', properties: {}, expected: 'Write' },
  ]);
});

describe('a credit note is money owed; a price watch is an alert', () => {
  expectCases([
    { behaviour: 'xero_create_credit_note "Creates a credit note for a contact" credits money (Financial)', name: 'xero_create_credit_note', description: 'Creates a credit note for a contact.', properties: { contact_id: text(), line_items: { type: 'array' } }, expected: 'Financial' },
    { behaviour: 'add_credit_memo "Add a credit memo to the account" credits money (Financial)', name: 'add_credit_memo', description: 'Add a credit memo to the account.', properties: { account_id: text() }, expected: 'Financial' },
    { behaviour: 'set_order_note "Set the order note" is still a note on an order (Write)', name: 'set_order_note', description: 'Set the order note.', properties: { order_id: text(), note: text() }, expected: 'Write' },
    { behaviour: 'create_price_watch(target_price) watches a price and sets none (Write)', name: 'create_price_watch', description: 'Watch a product and notify when its price drops.', properties: { product_id: text(), target_price: { type: 'number' } }, expected: 'Write' },
  ]);
});

describe('starting, changing or ending something called paid is the rubric\'s "subscribe/cancel a paid plan"', () => {
  expectCases([
    { behaviour: '"Cancel the paid plan of the account at period end" (Financial)', name: 'cancel-plan', description: 'Cancel the paid plan of the account at period end.', properties: { account_id: text() }, expected: 'Financial' },
    { behaviour: '"Add a paid add-on to the workspace" (Financial)', name: 'add_addon', description: 'Add a paid add-on to the workspace.', properties: { workspace: text() }, expected: 'Financial' },
    { behaviour: '"Get the paid plan of the account" reads (Read)', name: 'get_plan', description: 'Get the paid plan of the account.', properties: {}, expected: 'Read' },
    { behaviour: '"Update the paid status of a task" is a status, no plan (Write)', name: 'update_task_status', description: 'Update the paid status of a task.', properties: { id: text() }, expected: 'Write' },
  ]);
});

describe('a group or a category of money records sorts them and moves no money', () => {
  expectCases([
    { behaviour: '"Create a transaction group from existing transactions" groups records (Write)', name: 'create_transaction_group', description: 'Create a transaction group from 2-500 existing transactions.', properties: { ids: { type: 'array' }, payee: text() }, expected: 'Write' },
    { behaviour: 'add_payment_category "Add a payment category" is a budget category, no money (Write)', name: 'add_payment_category', description: 'Add a payment category to the budget.', properties: { name: text() }, expected: 'Write' },
    { behaviour: 'create_payment "Create a payment for a group of invoices" still pays (Financial)', name: 'create_payment', description: 'Create a payment for a group of invoices.', properties: { invoice_ids: { type: 'array' } }, expected: 'Financial' },
  ]);
});

describe('a new text product is a record the service keeps, like "a new chart"', () => {
  expectCases([
    { behaviour: 'create_checklist "Create a new checklist" on a card makes a record (Write)', name: 'create_checklist', description: 'Create a new checklist', properties: { name: text(), cardId: text() }, expected: 'Write' },
    { behaviour: 'create_summary "Create a summary of the document" still hands text back (Read)', name: 'create_summary', description: 'Create a summary of the document.', properties: { document: text() }, expected: 'Read' },
  ]);
});

describe('a trigger qualifying a record noun names the record, not a task set up to run', () => {
  expectCases([
    { behaviour: '"Create a URL redirect/trigger link" makes a link (Write)', name: 'create_redirect', description: 'Create a URL redirect/trigger link.', properties: { target: text(), path: text() }, expected: 'Write' },
    { behaviour: '"Add a trigger word to the assistant" stores a word (Write)', name: 'add_wake_word', description: 'Add a trigger word to the assistant.', properties: { word: text() }, expected: 'Write' },
    { behaviour: '"Create a trigger for the workflow" still sets up something that runs (Execute)', name: 'create_trigger', description: 'Create a trigger for the workflow.', properties: { workflow_id: text() }, expected: 'Execute' },
  ]);
});
