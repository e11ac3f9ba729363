/**
 * "Reset configuration to defaults", "Reset DNS zone to the default records", "Resets all PHP
 * extensions of the website to their default state": putting something back to its defaults
 * restores a setting that one more call can change again. It loses no data (Write), as resetting
 * filters, settings or preferences already reads. A reset whose sentence also clears, deletes or
 * wipes something, warns of a loss ("Reset the environment to its defaults, clearing all files"),
 * or puts back stored records, content or data ("Reset the DNS zone to the default records": the
 * custom records go) is not explained away: the loss decides.
 */

const RESETTING_VERBS = new Set(['reset', 'revert']);
const TO_DEFAULTS = /\bto (?:(?:its|their|the) )?(?:(?:original|initial|factory) )?defaults?\b|\bto (?:(?:its|their|the) )?factory (?:settings|state)\b/i;
const LOSS = /\b(?:clear|clears|clearing|delet(?:e|es|ing)|remov(?:e|es|ing)|wip(?:e|es|ing)|eras(?:e|es|ing)|discard(?:s|ing)?|lost|los(?:e|es|ing)|permanent(?:ly)?|irreversibl[ey]|cannot be undone|records|entries|contents?|data|files|history|messages)\b/i;

/** True when the sentence `text`, whose verb is `verb`, puts its object back to its defaults and says nothing is lost. */
export function restoresDefaults(verb: string, text: string): boolean {
  return RESETTING_VERBS.has(verb) && TO_DEFAULTS.test(text) && !LOSS.test(text);
}
