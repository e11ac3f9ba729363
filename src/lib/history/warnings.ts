import { classifyTool } from '../classifier/classify.ts';
import type { Finding, FindingKind } from '../findings/kinds.ts';
import { toolToFindings, type FindingContext } from '../findings/tool-findings.ts';
import type { HistoryWarning } from '../schemas/history.ts';
import type { Tool } from '../schemas/tool.ts';
import { CATEGORIES, RISKS, RISK_BY_CATEGORY, type Category } from '../taxonomy.ts';

/**
 * Audit findings about the name's form or look-alike letters, not about text the model reads:
 * every other kind (instructions, secrecy, exfiltration URLs, shadowing, hidden characters,
 * outsized text, and kinds the audit adds later) counts as model-aimed text.
 */
const NOT_MODEL_AIMED: ReadonlySet<string> = new Set<FindingKind>(['name-charset', 'name-length', 'name-separator', 'mixed-script']);

/** True for a finding kind that is text aimed at the model rather than at the reader. */
export function isModelAimedKind(kind: string): boolean {
  return !NOT_MODEL_AIMED.has(kind);
}

/**
 * What a new or changed tool definition brings that deserves a mark: model-aimed findings of the
 * definition audit that the old definition had not (matched by kind and field), and a category the
 * rules rank riskier than before. The rules judge both definitions alike: a reviewed override is
 * left out, since it was written for one definition only.
 */
export function toolChangeToWarnings(before: Tool | undefined, after: Tool, context: FindingContext): HistoryWarning[] {
  const warnings: HistoryWarning[] = [];
  const seen = new Set((before ? toolToFindings(before, context) : []).map(findingKey));
  const added = toolToFindings(after, context).filter((f) => isModelAimedKind(f.kind) && !seen.has(findingKey(f)));
  if (added.length > 0) warnings.push({ kind: 'model-aimed-text', tool: after.name, findings: added.map(({ kind, severity, field, message, excerpt }) => ({ kind, severity, field, message, excerpt })) });
  if (before) {
    const from = classifyTool(withoutOverride(before)).category;
    const to = classifyTool(withoutOverride(after)).category;
    if (isCategoryRaised(from, to)) warnings.push({ kind: 'category-raised', tool: after.name, from, to });
  }
  return warnings;
}

/**
 * True when `to` is riskier than `from`: a worse risk level (Read → Write), or the same level and
 * a category earlier in the rubric's precedence (Destructive → Financial, both Critical). "Other"
 * is never a step within its level (Medium, like Write): it means the rules could not tell.
 */
export function isCategoryRaised(from: Category, to: Category): boolean {
  const [riskFrom, riskTo] = [RISKS.indexOf(RISK_BY_CATEGORY[from]), RISKS.indexOf(RISK_BY_CATEGORY[to])];
  if (riskTo !== riskFrom) return riskTo < riskFrom;
  if (from === 'Other' || to === 'Other') return false;
  return CATEGORIES.indexOf(to) < CATEGORIES.indexOf(from);
}

function findingKey(finding: Finding): string {
  return `${finding.kind}\u0000${finding.field}`;
}

function withoutOverride(tool: Tool): Tool {
  if (!tool.override) return tool;
  const { override: _override, ...definition } = tool;
  return definition;
}
