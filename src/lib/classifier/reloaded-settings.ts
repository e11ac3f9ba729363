/**
 * "Reload the server configuration from disk", `reload_rules`: reading settings or rules in again puts
 * edited ones into effect, a change a later reload undoes (Write); it runs no code, unlike reloading an
 * app, a plugin or a page (Execute, the verb's own category, which drives a session or restarts code).
 */

const SETTINGS = new Set(['config', 'configs', 'configuration', 'configurations', 'settings', 'rules', 'rule', 'env', 'environment', 'preferences', 'policies', 'policy']);

/** The reading of `reload` on settings or rules (Write), or undefined. `objects` are the words after the verb. */
export function reloadedSettingsReading(verb: string, objects: readonly string[], session: boolean): { category: 'Write'; object: string; why: string } | undefined {
  if (verb !== 'reload' || session) return undefined;
  const settings = objects.slice(0, 4).find((w) => SETTINGS.has(w));
  return settings ? { category: 'Write', object: settings, why: 'puts edited settings into effect' } : undefined;
}
