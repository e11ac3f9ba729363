import type { Tool } from '../schemas/tool.ts';
import type { Category } from '../taxonomy.ts';
import { schemaToArgumentRules, type ArgumentRules } from './argument-rules.ts';
import { recommendedChoiceFor, type Choice } from './choices.ts';
import type { PolicyTool } from './compose.ts';
import { toolToRateClass, type RateClass } from './rates.ts';

/** Everything the recommended policy of one tool is made from, computed once per tool at build time. */
export interface Recommendation {
  argumentRules: ArgumentRules;
  rateClass: RateClass;
  choice: Choice;
  /** What composing a policy needs of the tool; the server page's builder gets the same object. */
  policyTool: PolicyTool;
}

/** The recommendation for a tool of a category: its argument rules, the rate of its kind, and the choice they lead to. */
export function toolToRecommendation(tool: Tool, category: Category): Recommendation {
  const description = tool.description ?? '';
  const argumentRules = schemaToArgumentRules(tool.name, category, tool.inputSchema, description);
  const rateClass = toolToRateClass(tool.name, category, description, argumentRules.rules);
  const choice = recommendedChoiceFor(tool.name, { category, rateClass, boundsMoney: argumentRules.boundsMoney, deniedForCode: argumentRules.denial !== undefined });
  const policyTool: PolicyTool = { name: tool.name, category, argumentRules: argumentRules.rules, ...(argumentRules.denial ? { denyMessage: argumentRules.denial.onDeny } : {}) };
  return { argumentRules, rateClass, choice, policyTool };
}
