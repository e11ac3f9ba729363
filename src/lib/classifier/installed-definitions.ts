/**
 * "Install a skill from the skill library into the current project", "Install the Getting Started Pack",
 * "Install or replace the PR Scorer ruleset": putting a definition in place (a skill or agent file, a rule
 * set, a template or prompt pack, a marketplace integration) stores configuration, which can be removed
 * again (the rubric's Write); it runs no installer, unlike installing an app, a package, a plugin or a
 * browser (Execute, the verb's own category).
 */

const DEFINITIONS = new Set([
  'skill', 'skills', 'agent', 'agents', 'pack', 'packs', 'ruleset', 'rulesets', 'rules', 'integration', 'integrations',
  'template', 'templates', 'preset', 'presets', 'prompt', 'prompts', 'snippet', 'snippets', 'persona', 'personas',
]);
// Where the object ends: "Install an app from the agent store" installs an app.
const OBJECT_ENDS = new Set(['from', 'into', 'to', 'on', 'onto', 'in', 'for', 'with', 'using', 'via', 'at', 'by']);

/** The reading of `install` whose object is a definition, not software (Write), or undefined. `objects` are the words after the verb. */
export function installedDefinitionReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (verb !== 'install') return undefined;
  const end = objects.findIndex((w) => OBJECT_ENDS.has(w));
  const object = (end < 0 ? objects : objects.slice(0, end)).find((w) => DEFINITIONS.has(w));
  return object ? { category: 'Write', object, why: 'puts a definition in place, installs no software' } : undefined;
}
