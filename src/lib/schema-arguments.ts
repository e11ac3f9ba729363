/** Facts about a tool's arguments shared by the classifier and the policy rules. */

/** True for a numeric argument named like a sum of money (`amount`, `unit_amount`, `totalPrice`). */
export function isAmountArgument(name: string, raw: unknown): boolean {
  const type = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).type : undefined;
  const numeric = type === 'number' || type === 'integer' || (Array.isArray(type) && type.some((t) => t === 'number' || t === 'integer'));
  const snake = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return numeric && /(^|_)(amount|price|total|value)(_|$)/.test(snake) && !/(^|_)(count|limit|page|percent|percentage|quantity|min|max_results|index)(_|$)/.test(snake);
}
