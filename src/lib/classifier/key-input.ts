/**
 * "Send key event to device (Return, Backspace…)", "Send a named key to a session", "Simulate a keystroke":
 * pressing keys drives whatever has the focus (the rubric's Execute: "drive an interactive session
 * (… keyboard, mouse)"), whatever verb delivers them. An API, license or SSH key is a secret, not a key press.
 */

const DELIVERING_VERBS = new Set(['send', 'simulate', 'inject', 'dispatch', 'emit', 'input', 'enter', 'trigger', 'fire']);
const KEY_PRESSES = new Set(['keystroke', 'keystrokes', 'keypress', 'keypresses', 'keycode', 'keycodes', 'hotkey', 'hotkeys', 'keydown', 'keyup']);
const KEYS = new Set(['key', 'keys']);
// "a key event", "a named key", "special keys", "key combination": a key on a keyboard.
const KEY_QUALIFIERS = new Set(['named', 'special', 'single', 'keyboard', 'modifier', 'function', 'arrow']);
const KEY_AFTER = new Set(['event', 'events', 'press', 'presses', 'combination', 'combinations', 'sequence', 'sequences', 'stroke', 'strokes', 'code', 'codes']);

/** The reading of a verb that delivers key presses (Execute), or undefined. `objects` are the words after the verb. */
export function keyInputReading(verb: string, objects: readonly string[]): { category: 'Execute'; object: string; why: string } | undefined {
  if (!DELIVERING_VERBS.has(verb)) return undefined;
  const window = objects.slice(0, 4);
  const press = window.find((w) => KEY_PRESSES.has(w));
  if (press) return { category: 'Execute', object: press, why: 'presses keys' };
  const at = window.findIndex((w) => KEYS.has(w));
  if (at < 0) return undefined;
  const qualified = KEY_QUALIFIERS.has(window[at - 1] ?? '') || KEY_AFTER.has(window[at + 1] ?? '');
  return qualified ? { category: 'Execute', object: window[at]!, why: 'presses keys' } : undefined;
}
