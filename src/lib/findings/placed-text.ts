import { matchesOf, type Hit } from './hit.ts';
import { labelToOrderHits, placedOrderToHits, valueToPlacementHits } from './placement-rules.ts';
import type { TextRole } from './text-hits.ts';

/**
 * What text-hits.ts reads of where a string sits and what it is: the placement findings of a value,
 * a label, an example or hidden text (read on a string and on its plain-English reading alike), and
 * whether hidden text is prose rather than a tag.
 */

/** Findings of where a string sits: a sentence in a value, an order in a label, a written recipient or a check switched off where a value or hidden text sits. */
export function placementHits(text: string, role: TextRole, depth: number): Hit[] {
  const hits: Hit[] = [];
  if (role === 'value' || role === 'label' || role === 'example') hits.push(...valueToPlacementHits(text));
  if (role === 'value' || role === 'label') hits.push(...labelToOrderHits(text));
  // A written recipient, a check switched off, the user kept uninformed: orders where a value, a label or hidden text sits.
  if (role === 'value' || role === 'label' || (role === 'text' && depth > 0)) hits.push(...placedOrderToHits(text));
  return hits;
}

// Prose: six words apart, or twenty letters of a script written without spaces between words (Thai, Chinese, Japanese).
const PROSE_WORD = /[\p{L}\p{N}]+/gu;
const PROSE_WORDS = 6;
const UNSPACED_PROSE_LETTER = /[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]/gu;

/** True when hidden text is a sentence or more rather than a tag or a version. */
export function isProse(text: string): boolean {
  return matchesOf(PROSE_WORD, text, PROSE_WORDS).length >= PROSE_WORDS || matchesOf(UNSPACED_PROSE_LETTER, text, 20).length >= 20;
}
