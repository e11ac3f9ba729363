import { toolPolicyTexts, type CatalogueTool } from './catalogue.ts';
import { toolToExampleCalls, type ExampleCall } from './policy/example-calls.ts';

const examplesByTool = new WeakMap<CatalogueTool, ExampleCall[]>();

/** The example calls of a tool under its recommended policy; computed once, shared by its page and the API. */
export function toolExampleCalls(tool: CatalogueTool): ExampleCall[] {
  let examples = examplesByTool.get(tool);
  if (!examples) {
    const featured = tool.argumentRules.denial ? [tool.argumentRules.denial.argument] : [];
    examples = toolToExampleCalls(tool.tool.name, tool.tool.inputSchema, toolPolicyTexts(tool).policy, featured);
    examplesByTool.set(tool, examples);
  }
  return examples;
}
