/**
 * "Create a signed URL for downloading an object", `generate_presigned_url`: a signed URL is computed from a key the
 * service holds and handed to the caller, like a token it does not store (the rubric's Read: compute); no record is
 * made. A short URL or a share link is a record (Write) and stays one.
 */

const MAKING_VERBS = new Set(['create', 'make', 'generate', 'get', 'build', 'issue', 'sign', 'mint']);
const SIGNED = new Set(['signed', 'presigned', 'pre-signed', 'presign']);
const URLS = new Set(['url', 'urls', 'uri', 'link', 'links']);

/** The reading of a verb that makes a signed URL (Read), or undefined. `objects` are the words after the verb. */
export function signedUrlReading(verb: string, objects: readonly string[]): { category: 'Read'; object: string; why: string } | undefined {
  if (!MAKING_VERBS.has(verb)) return undefined;
  const at = objects.slice(0, 4).findIndex((w) => SIGNED.has(w));
  if (at < 0 || !URLS.has(objects[at + 1] ?? '')) return undefined;
  return { category: 'Read', object: objects[at + 1]!, why: 'computes a signed URL for the caller' };
}
