import { textToAddedRecipientHits } from './added-recipient-rules.ts';
import { textToDemotedRuleHits } from './demoted-rules.ts';
import { textToFieldCarriesHits, valueToContextHits } from './field-carries-rules.ts';
import type { Hit } from './hit.ts';

/**
 * The dawn round's readings (2026-11-30), by structure: the model's instructions named and demoted
 * (demoted-rules.ts), a written destination added to or put in the place of another call's
 * recipient (added-recipient-rules.ts), a field named beside what only the model holds, and a value
 * written as that context (field-carries-rules.ts). `role` is where the string sits.
 */
export function textToDawnHits(text: string, role: string): Hit[] {
  const hits = [...textToDemotedRuleHits(text), ...textToAddedRecipientHits(text), ...textToFieldCarriesHits(text)];
  if (role === 'value' || role === 'example' || role === 'label') hits.push(...valueToContextHits(text));
  return hits;
}
