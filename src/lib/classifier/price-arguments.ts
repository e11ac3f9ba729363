import type { Tool } from '../schemas/tool.ts';
import { qualifiesOtherHead } from './money-objects.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// Verbs in a name that set what an argument says: the product is created or changed with that price.
const SETTING_VERBS = new Set(['create', 'add', 'update', 'edit', 'modify', 'set', 'change', 'upsert', 'patch', 'put']);
// `get_price_update`, `calculate_total`, `preview_update`: a name that opens by reading or computing sets nothing.
const READING_OPENERS = new Set(['get', 'list', 'search', 'find', 'fetch', 'read', 'show', 'calculate', 'compute', 'estimate', 'preview', 'simulate', 'quote', 'check', 'validate']);
// The price a store charges: `price`, `regular_price`, `salePrice`, `unit_amount`, `compare_at_price`. Not a price the
// caller watches or recorded elsewhere: `target_price`, `alert_price`, `purchase_price`, `avg_price`, `max_price`.
const CHARGED_QUALIFIERS = new Set(['regular', 'sale', 'unit', 'list', 'base', 'new', 'retail', 'selling', 'at', 'product', 'item', 'variant', 'default', 'sell']);
const FILTER_WORDS = /\b(?:filter|minimum|maximum|at most|at least|range|alert|notify|threshold|trigger)\b/i;

/** True when `name` is an argument holding the price charged for something (`price`, `regular_price`, `unit_amount`). */
function isChargedPriceArgument(name: string): boolean {
  const words = nameToWords(name);
  const last = words.at(-1);
  if (words.length === 2 && words[0] === 'unit' && last === 'amount') return true;
  if (last !== 'price' && last !== 'prices') return false;
  return words.length === 1 || CHARGED_QUALIFIERS.has(words.at(-2)!);
}

/**
 * `update_variant(id, price, compare_at_price)`, `products_update(id, regular_price, sale_price)`: a tool whose name
 * creates or changes a record and whose schema takes the price charged for it sets that price, the rubric's Financial
 * "change a price", whatever the record is called and whether the price is a number or, as many shop APIs send it, a
 * string. Weighs like a lead sentence that pays (8): it outranks the plain verb, not a read-only claim. A price the
 * caller watches, filters by or recorded elsewhere (`target_price`, `max_price`, `purchase_price`) is none, and so
 * is one shown by a widget, table or template the call adds (`add_pricing_table`).
 */
export function priceArgumentSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  if (READING_OPENERS.has(nameWords[0] ?? '') || !nameWords.some((w) => SETTING_VERBS.has(w))) return undefined;
  // `add_pricing_table(title, price)`: a widget, table or template showing a price is page content, no price charged.
  if (nameWords.some((w) => qualifiesOtherHead(w))) return undefined;
  for (const [name, raw] of Object.entries(tool.inputSchema.properties ?? {})) {
    if (typeof raw !== 'object' || raw === null || !isChargedPriceArgument(name)) continue;
    const property = raw as { type?: unknown; description?: unknown };
    if (property.type === 'boolean' || FILTER_WORDS.test(typeof property.description === 'string' ? property.description : '')) continue;
    return signal('Financial', LEVEL.lead, 'schema', `argument \`${name}\` sets the price charged (a price changed)`);
  }
  return undefined;
}
