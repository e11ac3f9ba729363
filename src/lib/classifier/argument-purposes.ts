import type { Tool } from '../schemas/tool.ts';
import { verbToCategory } from './lexicon.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

// "Fact to remember", "Values to write into the range", "Message to post": an argument described by what the call does with it.
const PURPOSE = /^\s*(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+to\s+(?:be\s+)?([a-z]+)\b/i;
// Past participles after "to be": "Text to be written".
const PARTICIPLES = new Map([['written', 'write'], ['sent', 'send'], ['stored', 'store'], ['saved', 'save'], ['posted', 'post'], ['deleted', 'delete'], ['created', 'create'], ['added', 'add'], ['updated', 'update'], ['uploaded', 'upload'], ['remembered', 'remember']]);

/**
 * `memory(text: "Fact to remember")`, `sheet_values(range, values: "Values to write into the range")`: a definition whose name
 * and description say nothing a call does, but whose argument describes what the call does with it, is read by that
 * purpose (the rubric: the input schema counts). Only a verb that changes something, and only when nothing else speaks:
 * weakly, so the verdict needs review. "Number of results to return" or "Text to search for" say nothing of a change.
 */
export function argumentPurposeSignal(tool: Tool): Signal | undefined {
  for (const [name, raw] of Object.entries(tool.inputSchema.properties ?? {})) {
    const said = typeof raw === 'object' && raw !== null && typeof (raw as { description?: unknown }).description === 'string' ? (raw as { description: string }).description : '';
    const word = PURPOSE.exec(said)?.[1]?.toLowerCase();
    if (!word) continue;
    const verb = PARTICIPLES.get(word) ?? word;
    const category = verbToCategory(verb);
    if (category === 'Write' || category === 'Destructive') return signal(category, LEVEL.aside, 'schema', `argument \`${name}\`: “${said.length > 50 ? `${said.slice(0, 50)}…` : said}”`);
  }
  return undefined;
}
