import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// ISO codes of currencies an argument's name ends in: `budget_usd`, `prizeEur`.
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'inr', 'cny', 'usdc', 'usdt']);
// What the argument's own words say the sum is: a payment the call makes to someone.
const PAYMENT = /\b(?:pay(?:s|ment)?|paid|prize|bonus|reward|bounty|tip|compensation|wage|fee paid)\b/i;
const DENIED = /\b(?:max(?:imum)?|min(?:imum)? price|filter|at most|up to|budget range|price range)\b/i;

/**
 * `ask_human(question, budget_usd)` with "budget_usd: Payment in USD", `post_contest(prize_usd)` "Winner
 * prize in USD": a number whose name carries a currency code and whose own words call it a payment, prize,
 * bounty or reward is a sum the call pays (the rubric's Financial: move money or create a financial
 * obligation), whatever the name's verb. Weighs like a lead sentence that pays (8); a price or a budget
 * used as a filter ("Maximum price in USD") pays nothing.
 */
export function paidArgumentSignal(tool: Tool): Signal | undefined {
  for (const [name, raw] of Object.entries(tool.inputSchema.properties ?? {})) {
    if (typeof raw !== 'object' || raw === null) continue;
    const property = raw as { type?: unknown; description?: unknown };
    if (property.type !== 'number' && property.type !== 'integer') continue;
    const words = nameToWords(name);
    if (!CURRENCY_CODES.has(words.at(-1) ?? '')) continue;
    const said = `${words.join(' ')} ${typeof property.description === 'string' ? property.description : ''}`;
    if (PAYMENT.test(said) && !DENIED.test(said)) return signal('Financial', LEVEL.lead, 'schema', `argument \`${name}\` (a sum in ${words.at(-1)!.toUpperCase()} the call pays)`);
  }
  return undefined;
}
