/**
 * URL slugs for tools. A slug is lower-case ASCII (`a-z 0-9 _ -`), derived from the name alone, and
 * unique within its server: names that collide (`get_user`, `Get_User`) keep distinct, stable URLs.
 * @see ../../../shared/reference/mcp-tools.md §3 (names are case-sensitive; `get_job` ≠ `get-job`)
 */

const MAX_SLUG_LENGTH = 80;

/** The base slug of a tool name: `GitHub.Create Issue` → `github-create-issue`. */
export function nameToSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/[-_]+$/, '');
  return slug || 'tool';
}

/** A short, stable hash of a string (FNV-1a, 32-bit, hex): the same name always gives the same suffix. */
export function nameToHash(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Assigns every name of one server a unique slug. A name that is its own slug (`get-user`) always
 * keeps it; among other colliding names the first in code-point order keeps the bare slug and the
 * rest get `-<hash of the exact name>`, so a URL does not depend on the order tools are listed in.
 * Never throws: every set of names gets distinct slugs.
 */
export function namesToSlugs(names: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of names) {
    const base = nameToSlug(name);
    const group = byBase.get(base);
    if (group) group.push(name);
    else byBase.set(base, [name]);
  }
  const slugByName = new Map<string, string>();
  const taken = new Set<string>(byBase.keys());
  for (const [base, group] of byBase) {
    const ordered = [...group].sort((a, b) => (a === base ? -1 : b === base ? 1 : a < b ? -1 : a > b ? 1 : 0));
    slugByName.set(ordered[0]!, base);
    for (const name of ordered.slice(1)) {
      // A crafted name can already own `<base>-<hash>`; count on until a slug is free, so no name
      // set can stop the build.
      const stem = `${base.slice(0, MAX_SLUG_LENGTH - 12)}-${nameToHash(name)}`;
      let slug = stem;
      for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
      taken.add(slug);
      slugByName.set(name, slug);
    }
  }
  return slugByName;
}
