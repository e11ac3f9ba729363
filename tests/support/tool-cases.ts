import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/** A made-up tool, the behaviour it shows and the category the classifier must give it. */
export interface ToolCase {
  behaviour: string;
  name: string;
  description?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  annotations?: Tool['annotations'];
  expected: Category;
}

/** The tool definition of a case: an object schema with its properties. */
export const caseToTool = (c: ToolCase): Tool => ({ name: c.name, description: c.description, inputSchema: { type: 'object', properties: c.properties ?? {}, required: c.required }, annotations: c.annotations });
