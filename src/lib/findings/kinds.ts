/**
 * What the definition audit can report about a tool: text aimed at the model rather than the
 * reader (tool poisoning, line jumping, shadowing), hidden or deceptive characters, and name
 * hygiene. A finding is a fact about the text the server sent, not a verdict on the server.
 */

/** Every kind of finding, in the order a page lists them. */
export const FINDING_KINDS = [
  'model-instruction',
  'secrecy',
  'secret-access',
  'data-harvest',
  'credential-request',
  'exfiltration-url',
  'image-exfiltration',
  'remote-instruction',
  'tool-redirect',
  'skip-confirmation',
  'trust-escalation',
  'code-injection',
  'hidden-text',
  'shadowing',
  'call-order',
  'ansi-escape',
  'invisible-unicode',
  'mixed-script',
  'long-text',
  'name-charset',
  'name-length',
  'name-separator',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** One problem in one field of a tool definition. */
export interface Finding {
  kind: FindingKind;
  severity: FindingSeverity;
  /** Where: `name`, `title`, `description`, `annotations.title`, `inputSchema.properties.x.description`, `inputSchema.properties.x` (the property name)… */
  field: string;
  /** One sentence for a reader. */
  message: string;
  /** The offending text, at most 160 characters, invisible characters shown as `\uXXXX`. */
  excerpt: string;
}

/** A short human label for each kind, and the attack pattern (content/attacks/<slug>.mdx) it belongs to. */
export const FINDING_KIND_INFO = {
  'model-instruction': { label: 'Instruction aimed at the model', attack: 'tool-poisoning' },
  secrecy: { label: 'Asks to keep something from the user', attack: 'tool-poisoning' },
  'secret-access': { label: 'Points the model at secrets', attack: 'tool-poisoning' },
  'data-harvest': { label: "Asks for the user's data or the conversation", attack: 'tool-poisoning' },
  'credential-request': { label: 'Asks the user for a secret to pass along', attack: 'credential-harvesting' },
  'exfiltration-url': { label: 'Invites sending data to a URL', attack: 'url-parameter-exfiltration' },
  'image-exfiltration': { label: 'Puts data into an image URL', attack: 'markdown-image-exfiltration' },
  'remote-instruction': { label: 'Tells the model to fetch a URL and act on it', attack: 'indirect-prompt-injection' },
  'tool-redirect': { label: 'Changes where other tools send or pay', attack: 'tool-shadowing' },
  'skip-confirmation': { label: "Tells the model to act without the user's confirmation", attack: 'excessive-agency' },
  'trust-escalation': { label: 'Tells the model to obey text from emails, pages or documents', attack: 'indirect-prompt-injection' },
  'code-injection': { label: 'Asks for code to be slipped into what the model writes', attack: 'tool-poisoning' },
  'hidden-text': { label: 'Text hidden by encoding, comments or blank space', attack: 'tool-poisoning' },
  shadowing: { label: "Names another server's tool", attack: 'tool-shadowing' },
  'call-order': { label: 'Tells the model what to call first', attack: 'line-jumping' },
  'ansi-escape': { label: 'Terminal escape sequence', attack: 'ansi-escape-injection' },
  'invisible-unicode': { label: 'Invisible or direction-changing characters', attack: 'invisible-unicode-smuggling' },
  'mixed-script': { label: 'Look-alike letters from another script', attack: 'tool-name-collision' },
  'long-text': { label: 'Abnormally long text', attack: 'tool-poisoning' },
  'name-charset': { label: 'Name outside the MCP character set', attack: undefined },
  'name-length': { label: 'Name longer than 64 characters', attack: undefined },
  'name-separator': { label: 'Dot or slash in the name', attack: undefined },
} as const satisfies Record<FindingKind, { label: string; attack: string | undefined }>;

/** Kinds that, found inside `inputSchema`, are full-schema poisoning rather than description poisoning. */
const POISONING_KINDS: ReadonlySet<FindingKind> = new Set(['model-instruction', 'secrecy', 'secret-access', 'data-harvest', 'credential-request', 'exfiltration-url', 'image-exfiltration', 'remote-instruction', 'tool-redirect', 'skip-confirmation', 'trust-escalation', 'code-injection', 'hidden-text', 'long-text']);

/**
 * Kinds that say the text tries to steer the model, hide something or take data: evidence of an
 * attack, as opposed to name hygiene and sheer length. The catalogue keeps the share of tools
 * carrying one of these under 1% (tests/lib/findings-shipped.test.ts).
 */
export const ATTACK_KINDS: ReadonlySet<FindingKind> = new Set(FINDING_KINDS.filter((kind) => !kind.startsWith('name-') && kind !== 'long-text'));

/** The attack pattern a finding is evidence of, if any (content/attacks/<slug>.mdx). */
export function findingToAttackSlug(finding: Pick<Finding, 'kind' | 'field'>): string | undefined {
  if (POISONING_KINDS.has(finding.kind) && finding.field.startsWith('inputSchema')) return 'full-schema-poisoning';
  return FINDING_KIND_INFO[finding.kind].attack;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const satisfies Record<FindingSeverity, number>;

/** Sort order for findings: most severe first, then by kind order, then field. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind)
    || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);
}
