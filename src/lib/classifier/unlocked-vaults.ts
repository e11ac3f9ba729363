/**
 * "Unlock the Bitwarden vault", `lock_keychain`: unlocking a password vault, a keychain or a wallet
 * with its master secret is logging in to it, and locking it is logging out (the rubric's Other: the
 * tool's own session). Locking a record ("Lock a conversation") stays Write.
 */

const LOCKING_VERBS = new Set(['unlock', 'lock']);
const VAULTS = new Set(['vault', 'vaults', 'keychain', 'keychains', 'keyring', 'keyrings', 'keystore', 'keystores', 'wallet', 'wallets']);
// The vault is the verb's direct object: "Unlock the Bitwarden vault", not "Lock tokens in a staking wallet".
const OBJECT_REACH = 3;
const OBJECT_ENDS = new Set(['in', 'into', 'from', 'for', 'of', 'with', 'on', 'to', 'and', 'or']);

/** The reading of `unlock`/`lock` on a vault (its own session), or undefined. `objects` are the words after the verb. */
export function unlockedVaultReading(verb: string, objects: readonly string[]): { category: 'Other'; object: string; why: string } | undefined {
  if (!LOCKING_VERBS.has(verb)) return undefined;
  const end = objects.findIndex((w) => OBJECT_ENDS.has(w));
  const vault = objects.slice(0, Math.min(OBJECT_REACH, end < 0 ? objects.length : end)).find((w) => VAULTS.has(w));
  return vault ? { category: 'Other', object: vault, why: 'logs in to it, its own session' } : undefined;
}
