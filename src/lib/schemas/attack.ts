import { z } from 'zod';
import { CATEGORIES, RISKS } from '../taxonomy.ts';

/** What in a tool's definition exposes it to an attack pattern. Any one signal is enough, within the abused categories. */
export const AttackSignalsSchema = z.strictObject({
  /** Words of the tool name (`fetch`, `browse`). */
  names: z.array(z.string().min(1)).default([]),
  /** Phrases of the description, matched case-insensitively (`web page`). */
  descriptions: z.array(z.string().min(1)).default([]),
  /** Words of argument names (`url`, `path`). */
  arguments: z.array(z.string().min(1)).default([]),
  /** Annotation values (`openWorldHint: true`); a missing annotation takes the MCP default. */
  annotations: z.partialRecord(z.enum(['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']), z.boolean()).default({}),
  /** True when every tool of an abused category is exposed (attacks on the protocol itself). */
  anyTool: z.boolean().default(false),
});
export type AttackSignals = z.output<typeof AttackSignalsSchema>;

/** A public write-up of the pattern. */
export const SourceLinkSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }).optional(),
});

/** A mitigation, with an optional complete Intercept document (YAML) that shows it. */
export const MitigationSchema = z.strictObject({
  text: z.string().min(1),
  policy: z.string().min(1).optional(),
});

/** Frontmatter of `content/attacks/<slug>.mdx`. */
export const AttackSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Worst realistic outcome when the attack succeeds, on the risk scale. */
  severity: z.enum(RISKS),
  /** Capability categories the attack needs or turns against the user. */
  abuses: z.array(z.enum(CATEGORIES)).min(1),
  /** How much an Intercept policy can do about it. */
  policyReach: z.enum(['direct', 'partial', 'none']),
  signals: AttackSignalsSchema,
  mitigations: z.array(MitigationSchema).min(1),
  sources: z.array(SourceLinkSchema).min(1),
  related: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
});
export type Attack = z.output<typeof AttackSchema>;
