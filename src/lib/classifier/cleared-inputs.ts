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

// "Write text into a TextInput", "Enter text in the focused field": typing by another verb.
const WRITING_VERBS = new Set(['write', 'enter', 'insert', 'input', 'put']);
const TYPED = new Set(['text', 'input', 'inputs', 'field', 'fields', 'textbox', 'textarea', 'textfield', 'characters', 'keystrokes']);
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'this', 'that']);
// "Write text to a file": what is written is stored, not typed.
const STORED = new Set(['file', 'files', 'disk', 'document', 'database', 'clipboard']);

/**
 * "Write text into a React Native TextInput, or the focused field": in a browser or device session, putting
 * text into a field is typing (the rubric's Execute: keyboard, type, fill), whatever verb says it; writing
 * text to a file stays Write.
 */
export function typedInputReading(verb: string, objects: readonly string[], session: boolean): { category: 'Execute'; object: string; why: string } | undefined {
  if (!session || !WRITING_VERBS.has(verb)) return undefined;
  const window = objects.slice(0, 8);
  if (window.some((w) => STORED.has(w))) return undefined;
  // The typed text or field is the object itself ("Write text into…"), not a qualifier ("Write UTF-8 text content…").
  const first = window.find((w) => !DETERMINERS.has(w));
  const typed = first !== undefined && TYPED.has(first) ? first : undefined;
  return typed ? { category: 'Execute', object: typed, why: 'types into the page' } : undefined;
}
