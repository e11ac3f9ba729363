import type { PublishedVersion } from './registry.ts';

/** How many versions a history import looks at. */
export interface Selection {
  /** The newest versions up to the one the catalogue holds (8 by default). */
  latest: number;
  /** Older versions spread evenly over the package's past, the first one included; default: one per 25 older versions, at most 4. */
  spread?: number;
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semver precedence (prereleases before their release, numeric identifiers compared as numbers); non-semver text last, by code point. */
export function compareVersions(a: string, b: string): number {
  const [ma, mb] = [SEMVER.exec(a), SEMVER.exec(b)];
  if (!ma || !mb) return ma ? -1 : mb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return d;
  }
  const [pa, pb] = [ma[4], mb[4]];
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  const [xa, xb] = [pa.split('.'), pb.split('.')];
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    const [ia, ib] = [xa[i], xb[i]];
    if (ia === undefined || ib === undefined) return ia === undefined ? -1 : 1;
    if (ia === ib) continue;
    const [na, nb] = [/^\d+$/.test(ia), /^\d+$/.test(ib)];
    if (na && nb) return Number(ia) - Number(ib);
    if (na !== nb) return na ? -1 : 1;
    return ia < ib ? -1 : 1;
  }
  return 0;
}

/** True for `1.2.0-beta.1`: a prerelease is not what `npx <pkg>` installs, so history skips it. */
export function isPrerelease(version: string): boolean {
  return SEMVER.exec(version)?.[4] !== undefined;
}

/**
 * The versions to import, oldest first: the newest `latest` releases up to and including
 * `current` (the version whose tools the catalogue holds; later ones are left for the next pinned
 * import), plus `spread` older ones evenly spaced from the first release on. Ordered by semver
 * precedence, so that a backport sits beside its siblings, not after the next major.
 */
export function selectVersions(published: readonly PublishedVersion[], current: string, selection: Selection): PublishedVersion[] {
  if (!published.some((v) => v.version === current)) throw new Error(`version ${current} is not among the ${published.length} published versions`);
  const candidates = published
    .filter((v) => v.version === current || (!isPrerelease(v.version) && compareVersions(v.version, current) < 0))
    .sort((a, b) => compareVersions(a.version, b.version));
  const latest = candidates.slice(-selection.latest);
  const older = candidates.slice(0, candidates.length - latest.length);
  const spread = Math.min(older.length, selection.spread ?? Math.min(4, Math.floor(older.length / 25)));
  const picked = Array.from({ length: spread }, (_, i) => older[Math.floor((i * older.length) / spread)]!);
  return [...picked, ...latest];
}
