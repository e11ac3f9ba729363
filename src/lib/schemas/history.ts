import { z } from 'zod';
import { CATEGORIES } from '../taxonomy.ts';

/**
 * What a server file records of a tool definition's past: every package version imported, and for
 * a changed tool, exactly which parts changed. Written by `npm run import:history` (and by any
 * import that uses `toolsToHistoryEntry`); older files without these fields stay valid.
 */

/** One published package version that was imported (or tried), from `npm view <pkg> time`. */
export const VersionSchema = z.strictObject({
  version: z.string().min(1, { error: 'expected a package version such as "1.2.3"' }),
  /** Day the registry says the version was published, YYYY-MM-DD (UTC). */
  published: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  /** How many tools the version listed (absent when it failed). */
  tools: z.number().int().nonnegative().optional(),
  /** Why the version could not be imported (it did not start, timed out…); such a version is skipped. */
  failed: z.string().min(1).optional(),
});
export type Version = z.infer<typeof VersionSchema>;

/** The parts of a tool definition a field change can name. */
export const CHANGED_PARTS = ['title', 'description', 'property', 'required', 'inputSchema', 'annotation'] as const;
export type ChangedPart = (typeof CHANGED_PARTS)[number];

/** What happened to that part: `retyped` is a property whose JSON Schema type changed. */
export const FIELD_CHANGE_KINDS = ['added', 'removed', 'changed', 'retyped'] as const;
export type FieldChangeKind = (typeof FIELD_CHANGE_KINDS)[number];

/** One precise change inside a changed tool, with short excerpts of the text before and after. */
export const FieldChangeSchema = z.strictObject({
  part: z.enum(CHANGED_PARTS),
  /** The input property, annotation or schema keyword concerned; absent for title and description. */
  key: z.string().optional(),
  change: z.enum(FIELD_CHANGE_KINDS),
  /** The old value as text: a description in full up to 4,000 characters, anything else up to 160. */
  before: z.string().optional(),
  after: z.string().optional(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** A finding of the definition audit, as recorded when a change introduced it (src/lib/findings). */
const RecordedFindingSchema = z.strictObject({
  /** A finding kind (src/lib/findings/kinds.ts); kept as text so that a renamed kind leaves old files valid. */
  kind: z.string().min(1),
  severity: z.enum(['high', 'medium', 'low']),
  field: z.string(),
  message: z.string(),
  excerpt: z.string(),
});

/** Why a change deserves attention: it brought text aimed at the model, or a riskier category. */
export const HistoryWarningSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('model-aimed-text'),
    tool: z.string().min(1),
    /** Audit findings the new definition has and the old one had not (by kind and field). */
    findings: z.array(RecordedFindingSchema).min(1),
  }),
  z.strictObject({
    kind: z.literal('category-raised'),
    tool: z.string().min(1),
    from: z.enum(CATEGORIES),
    to: z.enum(CATEGORIES),
  }),
]);
export type HistoryWarning = z.infer<typeof HistoryWarningSchema>;
export type HistoryWarningKind = HistoryWarning['kind'];
