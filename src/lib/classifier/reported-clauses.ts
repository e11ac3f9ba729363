/**
 * "Report that the toolset is available", "reports whether a pending task can be assigned": `report`
 * followed by the clause it says hands an answer back to the caller, changing nothing (the rubric's Read),
 * unlike reporting a bug or an abuse case, which files a record (Write, the verb's own category).
 */

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'which', 'when', 'where', 'who', 'why']);

/** The reading of `report` followed by the clause it says (Read), or undefined. `objects` are the words after the verb. */
export function reportedClauseReading(verb: string, objects: readonly string[]): { category: 'Read'; object: string; why: string } | undefined {
  const opener = objects[0];
  return verb === 'report' && opener !== undefined && CLAUSE_OPENERS.has(opener) ? { category: 'Read', object: opener, why: 'says what it finds' } : undefined;
}
