import type { FindingKind, FindingSeverity } from './kinds.ts';

/** One rule's match inside one string, before it becomes a Finding with field and excerpt. */
export interface Hit {
  kind: FindingKind;
  severity: FindingSeverity;
  message: string;
  /** Where the offending text starts in the scanned string, and how long it is. */
  index: number;
  length: number;
  /** Set by the structural net (clause-rules.ts): medium by design, never raised by where it sits. */
  net?: true;
}

/** The first match of a global-free pattern as a Hit, or nothing. */
export function matchToHit(text: string, pattern: RegExp, hit: Omit<Hit, 'index' | 'length'>): Hit | undefined {
  const match = pattern.exec(text);
  return match ? { ...hit, index: match.index, length: match[0].length } : undefined;
}

const GLOBAL_TWINS = new WeakMap<RegExp, RegExp>();

/**
 * The first `max` non-empty matches of a pattern, through one global twin of it compiled once
 * (building a RegExp per call costs more than the scan on short strings). Returns an array, not
 * an iterator, so a caller may run other rules, even on the same pattern, between matches.
 */
export function matchesOf(pattern: RegExp, text: string, max = 40): RegExpExecArray[] {
  let global = GLOBAL_TWINS.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_TWINS.set(pattern, global);
  }
  global.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let match = global.exec(text); match && matches.length < max; match = global.exec(text)) {
    if (match[0].length === 0) global.lastIndex++;
    else matches.push(match);
  }
  return matches;
}
