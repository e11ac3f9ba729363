import { FINDING_KIND_INFO, type Finding, type FindingKind } from './findings/kinds.ts';

/** A finding kind's label inside a sentence: first letter lowered, the rest as written ("name outside the MCP character set"). */
export function findingKindToPhrase(kind: FindingKind): string {
  const label = FINDING_KIND_INFO[kind].label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A tool's findings in one line for a list: "2 findings: abnormally long text (high); tells the model what to call first (medium)". */
export function findingsToSummary(findings: readonly Finding[]): string {
  const worstByKind = new Map<FindingKind, Finding['severity']>();
  // Findings arrive worst first (compareFindings), so the first of each kind carries its worst severity.
  for (const f of findings) if (!worstByKind.has(f.kind)) worstByKind.set(f.kind, f.severity);
  const kinds = [...worstByKind].map(([kind, severity]) => `${findingKindToPhrase(kind)} (${severity})`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${kinds.join('; ')}`;
}
