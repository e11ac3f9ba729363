/**
 * "Clear the content of an input field" on `browser_clear_input(element, ref)`: in a browser or device
 * session, emptying a form field is what a user does with the keyboard, driving the page (the rubric's
 * Execute: browser type/fill), not data lost. Outside a session, clearing a field's value removes a setting.
 */

const CLEARING_VERBS = new Set(['clear', 'empty', 'erase']);
// "Clear the content of an input field": the sentence's object window ends at "of", so the field's content or text counts too.
const INPUTS = new Set(['input', 'inputs', 'field', 'fields', 'textbox', 'textarea', 'textfield', 'content', 'text', 'value']);

/** The reading of a verb that empties a form field of a session's page (Execute), or undefined. */
export function clearedInputReading(verb: string, objects: readonly string[], session: boolean): { category: 'Execute'; object: string; why: string } | undefined {
  if (!session || !CLEARING_VERBS.has(verb)) return undefined;
  const input = objects.slice(0, 6).find((w) => INPUTS.has(w));
  return input ? { category: 'Execute', object: input, why: 'drives the page' } : undefined;
}
