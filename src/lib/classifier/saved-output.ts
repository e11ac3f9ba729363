import type { Tool } from '../schemas/tool.ts';
import { OUTPUT_PATH_ARGUMENT_NAMES } from './nouns.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// "Path to save the generated video file, automatically generated if not provided": a file is saved either way.
const SAVED_ANYWAY = /\b(?:automatically generated|auto-?generated|generated automatically)\b/i;
const SAVES = /\bsav(?:e|es|ed|ing)\b/i;
// "Output file path (default: ~/.0n/bundles/)", "defaults to ./out": a place of its own the call writes to when none is given.
const DEFAULT_PLACE = /\bdefaults?(?: to| is)?\s*:?\s*[`'"(]?\s*(?:~|\.{1,2}\/|\/[\w.]|\$HOME|%\w+%)/i;
// `output`, `dest`: an argument for where output goes, when its own words call it a path, a file or a directory.
const PLACE_WORDS = /\b(?:path|file|dir|directory|folder)\b/i;
const BARE_OUTPUT_NAMES = new Set(['output', 'out', 'dest', 'destination']);

// Argument names repeat across tools (`path`, `limit`): remember the answer, within a bound.
const outputPathByName = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 20_000;

/** `outputFile`, `output_path`, `savePath`: an argument for where the call saves a file. */
function isOutputPath(name: string): boolean {
  let known = outputPathByName.get(name);
  if (known === undefined) {
    known = OUTPUT_PATH_ARGUMENT_NAMES.has(name.toLowerCase().replace(/_/g, ''));
    if (outputPathByName.size >= MAX_REMEMBERED_NAMES) outputPathByName.clear();
    outputPathByName.set(name, known);
  }
  return known;
}

/**
 * `image_to_video(prompt, outputFile?)` with "outputFile: Path to save the generated video file, automatically
 * generated if not provided": an optional output path whose description says the call saves to a path it picks
 * itself when none is given ("Output file path (default: ~/.0n/bundles/)") writes a file on every call (the
 * rubric's Write), like a required output path. An
 * optional path that only saves when given ("If not provided, the image is returned inline") says nothing.
 */
export function savedOutputSignal(tool: Tool): Signal | undefined {
  const properties = tool.inputSchema.properties ?? {};
  const required = Array.isArray(tool.inputSchema.required) ? tool.inputSchema.required : [];
  for (const name of Object.keys(properties)) {
    if (required.includes(name)) continue;
    const raw = properties[name];
    const said = typeof raw === 'object' && raw !== null && typeof (raw as { description?: unknown }).description === 'string' ? (raw as { description: string }).description : '';
    if (!isOutputPath(name) && !(BARE_OUTPUT_NAMES.has(name.toLowerCase()) && PLACE_WORDS.test(said))) continue;
    if ((SAVES.test(said) && SAVED_ANYWAY.test(said)) || DEFAULT_PLACE.test(said)) return signal('Write', LEVEL.lead, 'schema', `argument \`${name}\`: saves a file on every call (a path of its own when none is given)`);
  }
  return undefined;
}
