import { textToSkippedCheckHits } from './check-skipped-rules.ts';
import { textToAddedCodeHits, textToCodeExfiltrationHits, textToPackageSourceHits } from './code-payload-rules.ts';
import type { Hit } from './hit.ts';
import { textToModeHits, textToNoRefusalHits } from './mode-rules.ts';
import { textToTrustEquationHits } from './trust-equation-rules.ts';

/**
 * The morning ("day") round's readings (2026-11-30), by structure: text the tool reads equated with
 * the user (trust-equation-rules.ts), code that sends secrets to a host, a package index set to a
 * written host, remote code added to every file of a kind (code-payload-rules.ts), a special mode
 * with the model's protections off and refusals forbidden (mode-rules.ts), and the user's check
 * dropped in new words (check-skipped-rules.ts). `role` is where the string sits: a value, example
 * or label is short, so a mode's "restrictions lifted" needs no possessive there.
 */
export function textToDayHits(text: string, role: string): Hit[] {
  const short = role === 'value' || role === 'example' || role === 'label';
  return [
    ...textToTrustEquationHits(text), ...textToCodeExfiltrationHits(text), ...textToPackageSourceHits(text), ...textToAddedCodeHits(text, role),
    ...textToModeHits(text, short), ...textToNoRefusalHits(text), ...textToSkippedCheckHits(text),
  ];
}
