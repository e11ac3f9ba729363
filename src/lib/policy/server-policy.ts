import type { Choice } from './choices.ts';
import { serverToPolicy, type PolicyTool } from './compose.ts';
import { policyToJson, policyToYaml } from './serialize.ts';

/** What the whole-server policy is made from; the server page hands the same object to its builder. */
export interface ServerPolicyInput {
  serverName: string;
  /** Comment printed above the YAML document. */
  header: string;
  tools: PolicyTool[];
}

/**
 * The whole-server policy for a set of choices (one per tool, in tool order), as YAML and JSON.
 * The build calls it with the recommended choices; the page's policy builder with the reader's.
 */
export function serverPolicyTexts(input: ServerPolicyInput, choices: readonly Choice[]): { yaml: string; json: string } {
  if (choices.length !== input.tools.length) throw new Error(`expected ${input.tools.length} choices, got ${choices.length}`);
  const policy = serverToPolicy(input.serverName, input.tools.map((tool, i) => ({ tool, choice: choices[i]! })));
  return { yaml: policyToYaml(policy, input.header), json: policyToJson(policy) };
}
