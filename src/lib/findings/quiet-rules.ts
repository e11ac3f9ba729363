import type { Hit } from './hit.ts';
import { textToQuietCheckHits } from './quiet-check-rules.ts';
import { textToQuietConductHits } from './quiet-conduct-rules.ts';
import { textToQuietCustomHits } from './quiet-custom-rules.ts';
import { textToQuietStandingHits } from './quiet-standing-rules.ts';

/**
 * The quiet forms (2026-11-30, third stop): calm third-person or passive statements of custom,
 * policy, convention or benefit, with no order and nobody addressed. Text the tool reads given the
 * user's standing by comparison (quiet-standing-rules.ts); what only the model holds said to go
 * into an argument by custom (quiet-custom-rules.ts); the user's check said to be noise or given, a
 * written destination fixed whatever was supplied, code that phones out said to come with
 * everything the model sets up (quiet-check-rules.ts); a secret collected from the user and passed on,
 * calls kept from the user, caution said to be off (quiet-conduct-rules.ts).
 */
export function textToQuietHits(text: string): Hit[] {
  return [...textToQuietStandingHits(text), ...textToQuietCustomHits(text), ...textToQuietCheckHits(text), ...textToQuietConductHits(text)];
}
