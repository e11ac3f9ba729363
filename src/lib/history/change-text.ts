import { FINDING_KIND_INFO, FINDING_KINDS, type FindingKind } from '../findings/kinds.ts';
import type { FieldChange, HistoryWarning } from '../schemas/history.ts';

/**
 * Changes in words, for page text, feed titles and summaries. Values quoted from a server are
 * returned raw: the caller escapes them for HTML or XML and makes invisible characters visible.
 */

/** What happened to one tool in one version. */
export type ToolChangeKind = 'added' | 'removed' | 'changed';

/** A field change as a short phrase: `argument "recursive" added`, `description changed`, `"path" now required`. */
export function fieldChangeToPhrase(change: FieldChange): string {
  const key = JSON.stringify(change.key ?? '');
  switch (change.part) {
    case 'title':
    case 'description':
      return `${change.part} ${change.change}`;
    case 'property':
      return change.change === 'retyped' ? `argument ${key} retyped` : `argument ${key} ${change.change}`;
    case 'required':
      if (change.change === 'added') return `argument ${key} now required`;
      if (change.change === 'removed') return `argument ${key} no longer required`;
      return 'order of required arguments changed';
    case 'annotation':
      return `annotation ${key} ${change.change}`;
    case 'inputSchema':
      return change.key === undefined ? `input schema ${change.change}` : `schema keyword ${key} ${change.change}`;
  }
}

/** The phrase with its values: `argument "path" retyped: string → array of string`. */
export function fieldChangeToSentence(change: FieldChange, maxValue = 160): string {
  const phrase = fieldChangeToPhrase(change);
  const value = (text: string) => JSON.stringify(text.length > maxValue ? `${text.slice(0, maxValue - 1)}…` : text);
  if (change.before !== undefined && change.after !== undefined) return `${phrase}: ${value(change.before)} → ${value(change.after)}`;
  if (change.after !== undefined) return `${phrase}: ${value(change.after)}`;
  if (change.before !== undefined) return `${phrase} (was ${value(change.before)})`;
  return phrase;
}

/** One line for a tool's change: `changed: description changed; argument "recursive" added`. Fields alone for entries without details. */
export function toolChangeToSummary(change: ToolChangeKind, fields: readonly string[], details: readonly FieldChange[]): string {
  if (change !== 'changed') return change === 'added' ? 'tool added' : 'tool removed';
  if (details.length === 0) return `changed: ${fields.join(', ')}`;
  return details.map(fieldChangeToPhrase).join('; ');
}

/** A warning as a mark for a title: `adds model-aimed text`, `category raised: Read → Write`. */
export function warningToMark(warning: HistoryWarning): string {
  return warning.kind === 'model-aimed-text' ? 'adds model-aimed text' : `category raised: ${warning.from} → ${warning.to}`;
}

/** A warning in a sentence, naming the findings: `adds model-aimed text (Instruction aimed at the model in description)`. */
export function warningToSentence(warning: HistoryWarning): string {
  if (warning.kind === 'category-raised') return `category raised from ${warning.from} to ${warning.to}`;
  const what = warning.findings.map((f) => `${kindToLabel(f.kind)} in ${f.field}`);
  return `adds model-aimed text (${[...new Set(what)].join('; ')})`;
}

/** The audit's label of a finding kind; a kind this version does not know is shown as recorded. */
export function kindToLabel(kind: string): string {
  return (FINDING_KINDS as readonly string[]).includes(kind) ? FINDING_KIND_INFO[kind as FindingKind].label : kind;
}
