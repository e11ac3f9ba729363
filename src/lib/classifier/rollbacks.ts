import type { Tool } from '../schemas/tool.ts';
import type { Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// What runs once it is live: rolling it back puts an earlier release of code in service.
const RUNNING_CODE = new Set(['script', 'scripts', 'worker', 'workers', 'function', 'functions', 'lambda', 'service', 'services', 'app', 'apps', 'application', 'deployment', 'deployments', 'release', 'releases', 'build', 'builds', 'site', 'website']);
const ROLLBACK = /\broll(?:s|ed|ing)?[\s-]?back\b/i;

/**
 * `version_rollback(scriptName, versionId)` "Rollback to a previous version": rolling back running code (a
 * Worker script, a function, a service, a deployment, named by the tool's name or an argument) puts an earlier
 * release live, a deployment (the rubric's Execute). Rolling back anything else (an agent's settings, a
 * dataset, a project's data) restores an earlier version, which a later rollback undoes: Write, the verb's
 * own category. Only the rollback's Write signals change.
 */
export function weighRollbacks(tool: Tool, nameWords: readonly string[], signals: Signal[]): Signal[] {
  const rollbacks = signals.filter((s) => s.category === 'Write' && (s.verb === 'rollback' || (s.source === 'description' && ROLLBACK.test(s.text))));
  if (rollbacks.length === 0) return signals;
  const code = [...nameWords, ...Object.keys(tool.inputSchema.properties ?? {}).flatMap(nameToWords)].find((w) => RUNNING_CODE.has(w));
  if (!code) return signals;
  return signals.map((s) => (rollbacks.includes(s) ? { ...s, category: 'Execute', text: `${s.text} (\`${code}\`: puts an earlier release of running code live)` } : s));
}
