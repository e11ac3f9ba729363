import type { FindingKind, FindingSeverity } from './kinds.ts';

/** One rule's match inside one string, before it becomes a Finding with field and excerpt. */
export interface Hit {
  kind: FindingKind;
  severity: FindingSeverity;
  message: string;
  /** Where the offending text starts in the scanned string, and how long it is. */
  index: number;
  length: number;
}

/** The first match of a global-free pattern as a Hit, or nothing. */
export function matchToHit(text: string, pattern: RegExp, hit: Omit<Hit, 'index' | 'length'>): Hit | undefined {
  const match = pattern.exec(text);
  return match ? { ...hit, index: match.index, length: match[0].length } : undefined;
}
