import { nameToWords } from './classifier/words.ts';
import type { Classification } from './classifier/classify.ts';
import type { AttackSignals } from './schemas/attack.ts';
import type { Tool } from './schemas/tool.ts';
import type { Category } from './taxonomy.ts';

/** An attack pattern as matching needs it. */
export interface MatchableAttack {
  slug: string;
  abuses: readonly Category[];
  signals: AttackSignals;
  severityRank: number;
}

/** Why a tool is exposed to an attack, and how strongly (more matched signals, more relevant). */
export interface AttackExposure {
  slug: string;
  relevance: number;
  reasons: string[];
}

const ANNOTATION_DEFAULTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true } as const;

/** The attacks a tool is exposed to, most relevant first: its category is abused and one of the attack's signals is in its definition. */
export function toolToExposures(tool: Tool, classification: Classification, attacks: readonly MatchableAttack[]): AttackExposure[] {
  const nameWords = new Set(nameToWords(tool.name));
  const argumentWords = new Set(Object.keys(tool.inputSchema.properties ?? {}).flatMap(nameToWords));
  const description = (tool.description ?? '').toLowerCase();
  const exposures: AttackExposure[] = [];
  for (const attack of attacks) {
    if (!attack.abuses.includes(classification.category)) continue;
    const { signals } = attack;
    const reasons = [
      ...signals.names.filter((w) => nameWords.has(w)).map((w) => `name word \`${w}\``),
      ...signals.arguments.filter((w) => argumentWords.has(w)).map((w) => `argument \`${w}\``),
      ...signals.descriptions.filter((p) => description.includes(p.toLowerCase())).map((p) => `description mentions “${p}”`),
      ...annotationReasons(tool, signals.annotations),
    ];
    if (reasons.length === 0 && !signals.anyTool) continue;
    // A pattern that concerns every tool ranks below any pattern matched by the tool's own definition.
    const relevance = reasons.length * 10 + (4 - attack.severityRank);
    if (reasons.length === 0) reasons.push(`concerns every ${classification.category} tool`);
    exposures.push({ slug: attack.slug, relevance, reasons });
  }
  return exposures.sort((a, b) => b.relevance - a.relevance || (a.slug < b.slug ? -1 : 1));
}

type Hint = keyof typeof ANNOTATION_DEFAULTS;

/** Annotation signals the tool meets; a hint it leaves out counts as the MCP default. */
function annotationReasons(tool: Tool, wanted: AttackSignals['annotations']): string[] {
  return (Object.entries(wanted) as [Hint, boolean][])
    .filter(([hint, value]) => (tool.annotations?.[hint] ?? ANNOTATION_DEFAULTS[hint]) === value)
    .map(([hint, value]) => `${hint}=${value}${tool.annotations?.[hint] === undefined ? ' (MCP default)' : ''}`);
}
