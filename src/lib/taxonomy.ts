/**
 * The catalogue's rubric: capability categories, risk levels and how one follows from the other.
 * @see ../../../shared/reference/categories.md (mirrored in docs/classification.md)
 */

/** Capability categories, in precedence order: when several apply, the first wins. */
export const CATEGORIES = ['Financial', 'Destructive', 'Execute', 'Write', 'Read', 'Other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Risk levels, worst first. */
export const RISKS = ['Critical', 'High', 'Medium', 'Low'] as const;
export type Risk = (typeof RISKS)[number];

/** Risk follows the category; "Other" is Medium because it needs a human to review it. */
export const RISK_BY_CATEGORY = {
  Financial: 'Critical',
  Destructive: 'Critical',
  Execute: 'High',
  Write: 'Medium',
  Read: 'Low',
  Other: 'Medium',
} as const satisfies Record<Category, Risk>;

/** What a call of each category can do, in one clause ("a call can …"). */
export const CATEGORY_CAPABILITY = {
  Financial: 'move money or create a financial obligation',
  Destructive: 'lose data or access irreversibly',
  Execute: 'run something whose effect depends on its input',
  Write: 'create or change data in a way that can be undone',
  Read: 'only observe or compute, changing nothing outside the call',
  Other: 'do something its definition does not make clear',
} as const satisfies Record<Category, string>;

/** Lower-case URL segment of a category (`/categories/read/`). */
export function categoryToSlug(category: Category): string {
  return category.toLowerCase();
}

/** Lower-case URL segment of a risk level (`/risk/critical/`). */
export function riskToSlug(risk: Risk): string {
  return risk.toLowerCase();
}

/** True when the string is one of the six categories (exact spelling). */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** Position of a category in precedence order (0 = Financial); for stable sorting. */
export function categoryRank(category: Category): number {
  return CATEGORIES.indexOf(category);
}

/** Verbs and signals that typically put a tool in each category, for browse pages. */
export const CATEGORY_SIGNALS = {
  Financial: 'charge, pay, refund, payout, transfer, invoice, a paid subscription, a price; an amount with a currency',
  Destructive: 'delete, drop, purge, truncate, destroy, revoke, terminate, force-push, overwrite without history, wipe',
  Execute: 'run code, shell commands or free SQL; build, deploy, trigger workflows or jobs; drive a browser or desktop session',
  Write: 'create, update, edit, rename, move, upload, send or post a message, comment, label, configure',
  Read: 'get, list, search, fetch, describe, inspect, read a file, take a screenshot, run a read-only query',
  Other: 'log in, close its own session, or an effect the definition does not make clear',
} as const satisfies Record<Category, string>;

/** What each risk level means for someone deploying an agent. */
export const RISK_MEANING = {
  Critical: 'one call can move money or destroy data or access for good: block by default, allow only with argument bounds or a human in the loop',
  High: 'a call runs something whose effect depends on its input: rate-limit it and constrain its arguments',
  Medium: 'a call changes data in a way that can be undone, or its effect is unclear: cap it and review it',
  Low: 'a call only reads: allow it under a generous rate limit, and mind what it returns',
} as const satisfies Record<Risk, string>;

/** The categories whose tools carry a risk level. */
export function riskToCategories(risk: Risk): Category[] {
  return CATEGORIES.filter((c) => RISK_BY_CATEGORY[c] === risk);
}
