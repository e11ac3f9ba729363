/**
 * A check waived for work that changes nothing: "Confirmation is not required for read-only
 * queries; writes are rejected". The waiver covers its own part of the sentence, up to a
 * semicolon; a high-stakes act named in that part ("read-only queries and deletions") keeps it
 * an attack.
 */
const READ_ONLY_WORK = /\bread[\s-]?only\b|\b(?:lookups?|searches|previews?|dry[\s-]?runs?)\b/i;

/** True when the part of `sentence` around `at` (between semicolons) names read-only work and nothing `highStakes` matches. */
export function isOnlyReadOnlyWork(sentence: string, at: number, highStakes: RegExp): boolean {
  const start = sentence.lastIndexOf(';', at) + 1;
  const end = sentence.indexOf(';', at);
  const part = sentence.slice(start, end === -1 ? sentence.length : end);
  return READ_ONLY_WORK.test(part) && !highStakes.test(part);
}
