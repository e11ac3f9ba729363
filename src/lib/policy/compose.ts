import { CATEGORY_CAPABILITY, type Category } from '../taxonomy.ts';
import type { Choice } from './choices.ts';
import { canBeHidden, canKeepCounters, type Policy, type Rule } from './types.ts';

/**
 * Composes policy documents from choices. Pure and free of heavy imports: the server page's policy
 * builder runs this same module in the browser, so what it prints is what the build prints.
 */

/** What composing needs to know of a tool; argument rules are computed once at build time. */
export interface PolicyTool {
  name: string;
  category: Category;
  argumentRules: Rule[];
  /** The `on_deny` of a denied tool when its category's message would not say why (it runs code the agent writes). */
  denyMessage?: string;
}

/** The rules one choice gives a tool. */
export function choiceToRules(tool: PolicyTool, choice: Choice): Rule[] {
  switch (choice.mode) {
    case 'allow':
      return [];
    case 'limit':
      // A tool whose name has a dot cannot be counted by Intercept: its limit is its argument rules alone.
      if (!canKeepCounters(tool.name)) return tool.argumentRules;
      return [
        {
          name: `at most ${choice.count} per ${choice.window}`,
          rate_limit: `${choice.count}/${choice.window}`,
          on_deny: `Rate limit reached: at most ${choice.count} calls per ${choice.window} to this tool. Wait before retrying.`,
        },
        ...tool.argumentRules,
      ];
    case 'deny':
    case 'hide':
      return [
        {
          name: `block ${tool.category.toLowerCase()} tool`,
          action: 'deny',
          on_deny: tool.denyMessage ?? `Blocked by policy: a call to this ${tool.category} tool can ${CATEGORY_CAPABILITY[tool.category]}. Ask a human to do it.`,
        },
      ];
  }
}

/** In Intercept, `"*"` under `tools` or `hide` means every tool: a tool named `*` cannot be addressed by name. */
export function isAddressable(toolName: string): boolean {
  return toolName !== '*';
}

/** A document for one tool alone. It sets no `default`, so pasting it leaves the server's other tools as they were. */
export function toolToPolicy(tool: PolicyTool, choice: Choice, serverName: string): Policy {
  if (!isAddressable(tool.name)) {
    return { version: '1', description: `A tool named "*" cannot be addressed by name (in Intercept "*" means every tool); only an allow-list of ${serverName}'s other tools blocks it`, default: 'deny', tools: {} };
  }
  return {
    version: '1',
    description: `Recommended policy for the tool ${JSON.stringify(tool.name)} of ${serverName}`,
    // A name Intercept cannot hide (only whitespace) is still denied by its rule below.
    ...(choice.mode === 'hide' && canBeHidden(tool.name) ? { hide: [tool.name] } : {}),
    tools: Object.fromEntries([[tool.name, { rules: choiceToRules(tool, choice) }]]),
  };
}

/**
 * A whole-server allow-list: `default: "deny"` refuses any tool not listed (a tool the server adds
 * later stays blocked until reviewed), every catalogued tool is addressed, hidden tools are also
 * denied in case a client calls them without listing.
 */
export function serverToPolicy(serverName: string, allTools: { tool: PolicyTool; choice: Choice }[]): Policy {
  // A tool named "*" stays out of the document: listed, it would set rules for every tool; left out, `default: "deny"` blocks it.
  const tools = allTools.filter(({ tool }) => isAddressable(tool.name));
  const hidden = tools.filter(({ tool, choice }) => choice.mode === 'hide' && canBeHidden(tool.name)).map(({ tool }) => tool.name);
  return {
    version: '1',
    description: `Recommended policy for every tool of ${serverName}`,
    default: 'deny',
    ...(hidden.length > 0 ? { hide: hidden } : {}),
    // Object.fromEntries defines own properties, so a tool named "__proto__" is a key like any other.
    tools: Object.fromEntries(tools.map(({ tool, choice }) => [tool.name, { rules: choiceToRules(tool, choice) }])),
  };
}
