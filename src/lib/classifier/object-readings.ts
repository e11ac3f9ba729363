import type { Category } from '../taxonomy.ts';
import { computedReading } from './computed-readings.ts';
import { deletedSettingReading } from './deleted-settings.ts';
import { keyInputReading } from './key-input.ts';
import { playbackReading } from './media-playback.ts';

/**
 * A verb's reading decided by its object alone, after the collocation rules: it computes
 * ("Evaluate a mathematical expression"), presses keys ("Send a key event"), or plays a recording
 * ("Play an audio file"), or deletes a setting ("Delete a breakpoint"). `objects` are the words after the verb.
 */
export function objectReading(verb: string, objects: readonly string[]): { category: Category; object: string; why: string } | undefined {
  return computedReading(verb, objects) ?? keyInputReading(verb, objects) ?? playbackReading(verb, objects) ?? deletedSettingReading(verb, objects);
}
