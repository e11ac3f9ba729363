import type { Tool } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import { LEVEL, signal, type Signal } from './signal.ts';

/**
 * Signals from MCP annotations: the server's own, unverified claims. readOnlyHint=true weighs like a
 * title (it beats a verb that is only a noun, never a name's verb); the other hints only break ties.
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools
 */
export function annotationSignals(tool: Tool): Signal[] {
  const a = tool.annotations;
  if (!a) return [];
  if (a.readOnlyHint === true) return [signal('Read', LEVEL.readOnlyHint, 'annotation', 'annotation readOnlyHint=true')];
  if (a.destructiveHint === true) return [signal('Destructive', LEVEL.hint, 'annotation', 'annotation destructiveHint=true')];
  if (a.readOnlyHint === false && a.destructiveHint === false) return [signal('Write', LEVEL.hint, 'annotation', 'annotations readOnlyHint=false, destructiveHint=false')];
  // The server says the call is not read-only: at least a change, when nothing else says what it does.
  if (a.readOnlyHint === false) return [signal('Write', LEVEL.hint, 'annotation', 'annotation readOnlyHint=false')];
  return [];
}

/** Where the annotations claim something the verdict, taken from everything else, does not bear out. */
export function annotationContradictions(tool: Tool, category: Category): string[] {
  const a = tool.annotations;
  if (!a) return [];
  const found: string[] = [];
  if (a.readOnlyHint === true && a.destructiveHint === true) found.push('contradiction: annotations claim both readOnlyHint=true and destructiveHint=true');
  if (a.readOnlyHint === true && category !== 'Read' && category !== 'Other') {
    found.push(`contradiction: annotation readOnlyHint=true, but the definition says ${category}`);
  }
  // destructiveHint only means something when the tool is not read-only (MCP spec).
  if (a.readOnlyHint !== true && a.destructiveHint === false && category === 'Destructive') {
    found.push('contradiction: annotation destructiveHint=false, but the definition says Destructive');
  }
  if (a.readOnlyHint !== true && a.destructiveHint === true && category === 'Read') {
    found.push('contradiction: annotation destructiveHint=true, but the definition only reads');
  }
  return found;
}
