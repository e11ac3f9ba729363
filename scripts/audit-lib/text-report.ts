/**
 * The audit as a report a person reads in a CI log: one block per tool with findings, most severe
 * first, then a summary line. Tool names are server text: quoted with JSON.stringify and with
 * invisible characters and terminal escapes made visible, so a name cannot rewrite the log.
 */
import { escapeInvisible } from '../../src/lib/invisible.ts';
import { FINDING_SEVERITIES } from '../../src/lib/findings/kinds.ts';
import type { ToolAudit } from '../audit.ts';

/** The text report of an audit (ends with a newline). */
export function auditToText(audits: readonly ToolAudit[]): string {
  const lines: string[] = [];
  const counts = { high: 0, medium: 0, low: 0 };
  for (const { name, findings } of audits) {
    if (findings.length === 0) continue;
    lines.push(`${escapeInvisible(JSON.stringify(name))}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    for (const finding of findings) {
      counts[finding.severity]++;
      lines.push(`  ${finding.severity.toUpperCase().padEnd(6)} ${finding.kind} in ${escapeInvisible(finding.field)}`);
      lines.push(`         ${finding.message}`);
      if (finding.excerpt) lines.push(`         > ${finding.excerpt}`);
    }
    lines.push('');
  }
  const flagged = audits.filter((audit) => audit.findings.length > 0).length;
  const bySeverity = FINDING_SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(', ');
  lines.push(`${audits.length} tool${audits.length === 1 ? '' : 's'} audited, ${flagged} with findings (${bySeverity}).`);
  return `${lines.join('\n')}\n`;
}
