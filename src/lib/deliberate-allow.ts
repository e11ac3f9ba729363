import type { CatalogueTool } from './catalogue.ts';
import { toolToPolicy } from './policy/compose.ts';
import { policyToShortText } from './policy/describe.ts';
import { RATES } from './policy/rates.ts';
import { policyToYaml } from './policy/serialize.ts';

/** How to allow, on purpose, a tool the recommendation denies because it runs code the agent writes. */
export interface DeliberateAllow {
  /** The argument that carries the code. */
  argument: string;
  /** What still limits the tool once allowed, read from the document ("at most 60 calls a minute"). */
  remainingLimit: string;
  /** The tool's entry as a complete document to paste in place of the recommended one. */
  yaml: string;
}

/** The opt-in for a tool denied for code evaluation: the rate of its kind and its other argument rules instead of the deny rule. */
export function toolToDeliberateAllow(tool: CatalogueTool): DeliberateAllow | undefined {
  const denial = tool.argumentRules.denial;
  if (!denial || tool.choice.mode !== 'deny') return undefined;
  const { count, window } = RATES[tool.rateClass];
  const policy = toolToPolicy(tool.policyTool, { mode: 'limit', count, window }, tool.server.server.name);
  policy.description = `Deliberately allows the tool ${JSON.stringify(tool.tool.name)} of ${tool.server.server.name}, which runs the code the agent writes in ${denial.argument}`;
  return { argument: denial.argument, remainingLimit: policyToShortText(policy, tool.tool.name), yaml: policyToYaml(policy) };
}
