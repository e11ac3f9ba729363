import { z } from 'zod';
import { CATEGORIES } from '../taxonomy.ts';

/**
 * MCP tool annotations: the server's own, unverified claims.
 * Unknown keys are kept: newer protocol revisions may add hints.
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools
 */
export const AnnotationsSchema = z.looseObject({
  title: z.string().optional(),
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
});
export type Annotations = z.infer<typeof AnnotationsSchema>;

/**
 * A tool's JSON Schema for its arguments, kept verbatim. The root must be an object schema;
 * everything inside is the server's business (any JSON Schema 2020-12 keyword may appear).
 */
export const InputSchemaSchema = z.looseObject({
  type: z.literal('object', { error: 'expected "object" (MCP requires an object schema at the root)' }).optional(),
  // Kept as the server sent it: z.record and z.looseObject rebuild the object and silently drop a
  // property named "__proto__", and a parameter the server declares must never vanish.
  properties: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { error: 'expected an object mapping parameter names to schemas' }).optional(),
  required: z.array(z.string()).optional(),
});
export type InputSchema = z.infer<typeof InputSchemaSchema>;

/** A human review that overrides the classifier, shown on the page as such. */
export const OverrideSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  reason: z.string().min(1, { error: 'expected a non-empty reason for the override' }),
});
export type Override = z.infer<typeof OverrideSchema>;

/** One tool exactly as the server reported it, plus our optional reviewed override. */
export const ToolSchema = z.strictObject({
  name: z.string().min(1, { error: 'expected a non-empty tool name' }),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: InputSchemaSchema,
  annotations: AnnotationsSchema.optional(),
  override: OverrideSchema.optional(),
});
export type Tool = z.infer<typeof ToolSchema>;
