import { execFile } from 'node:child_process';

/** One published version of a package and the day it was published (UTC). */
export interface PublishedVersion {
  version: string;
  /** YYYY-MM-DD */
  published: string;
}

/** Asks the registry about one package; injectable so that tests run without the network. */
export type RegistryQuery = (pkg: string) => Promise<unknown>;

/**
 * `npm view <pkg> time versions --json`: the registry's publish time of every version, and the
 * versions still published. One request for the one package we import, through npm itself (its
 * registry, proxy and auth settings apply).
 * @see https://docs.npmjs.com/cli/commands/npm-view
 */
export const npmView: RegistryQuery = (pkg) =>
  new Promise((resolve, reject) => {
    execFile('npm', ['view', pkg, 'time', 'versions', '--json'], { timeout: 60_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`npm view ${pkg} failed: ${(stderr || error.message).trim().split('\n').slice(-3).join(' ')}`));
      try {
        resolve(JSON.parse(stdout));
      } catch (cause) {
        reject(new Error(`npm view ${pkg}: not JSON`, { cause }));
      }
    });
  });

/**
 * The versions of a registry answer that are still published and have a publish time, in the
 * registry's order. npm prints `versions` as a string when there is only one; `time` also holds
 * `created`, `modified` and unpublished versions, which are left out.
 */
export function registryAnswerToVersions(pkg: string, answer: unknown): PublishedVersion[] {
  const record = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  const time = typeof record.time === 'object' && record.time !== null ? (record.time as Record<string, unknown>) : undefined;
  const versions = typeof record.versions === 'string' ? [record.versions] : Array.isArray(record.versions) ? record.versions : undefined;
  if (!time || !versions) throw new Error(`npm view ${pkg}: expected "time" and "versions" in the answer, got ${JSON.stringify(Object.keys(record))}`);
  return versions.flatMap((version) => {
    const at = typeof version === 'string' ? time[version] : undefined;
    return typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? [{ version: version as string, published: at.slice(0, 10) }] : [];
  });
}
