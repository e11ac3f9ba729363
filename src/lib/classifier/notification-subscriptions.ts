import type { Tool } from '../schemas/tool.ts';
import { LEVEL, type Signal } from './signal.ts';

// "Subscribes a listener application to receive change notifications", "Deletes a webhook subscription": what is delivered.
const DELIVERS_NOTIFICATIONS = /\bnotifications?\b|\bwebhooks?\b|\bchange events?\b|\bcallbacks?\b|\blisteners?\b/i;
// A paid plan spoken of anywhere in the definition keeps the subscription's money reading.
const PAID_WORDS = /\b(?:paid|billing|billed|bills?|plans?|price|pricing|payments?|charge[sd]?|invoices?|seats?|trial|premium|tier)\b/i;
// The Financial signals that rest on the subscription itself: "name `create` on `subscription`", "Renew a subscription…".
const SUBSCRIPTION_SIGNAL = /subscri|renew/i;

/**
 * `create-subscription` "Subscribes a listener application to receive change notifications when…",
 * `update-subscription` "Renew a subscription by extending its expiry time": a subscription whose definition
 * says it delivers notifications, webhooks or change events is a feed of messages, not a paid plan (the rubric's
 * Financial is money moved or committed). Where nothing in the definition speaks of a plan, a price, billing or
 * payment, its Financial signals become the plain change they are (Write, same weight); a name that deletes
 * the subscription still deletes it.
 */
export function weighNotificationSubscriptions(tool: Tool, signals: Signal[]): Signal[] {
  if (!signals.some((s) => s.category === 'Financial' && SUBSCRIPTION_SIGNAL.test(s.text))) return signals;
  const text = `${tool.name} ${tool.title ?? ''} ${tool.description ?? ''}`;
  if (!DELIVERS_NOTIFICATIONS.test(text) || PAID_WORDS.test(text)) return signals;
  return signals.map((s) =>
    s.category === 'Financial' && SUBSCRIPTION_SIGNAL.test(s.text) && !s.warning
      ? { ...s, category: 'Write', level: Math.min(s.level, LEVEL.lead), text: `${s.text} (a notification subscription, no paid plan)` }
      : s,
  );
}
