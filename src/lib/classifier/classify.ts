import type { Tool } from '../schemas/tool.ts';
import { CATEGORIES, RISK_BY_CATEGORY, type Category, type Risk } from '../taxonomy.ts';
import { toolToSignals, type Signal } from './signals.ts';

/** The verdict on one tool, with what decided it. */
export interface Classification {
  category: Category;
  risk: Risk;
  /** 0–1: how sure the rules are (1 for a reviewed override). */
  confidence: number;
  /** Reader-facing signals that decided, strongest first. */
  evidence: string[];
  /** Where the server's annotations disagree with the verdict. */
  contradictions: string[];
  /** Set when a human review overrides the rules. */
  override?: { reason: string; rulesSaid: Category };
}

const MAX_EVIDENCE = 5;

/** Classifies a tool by the rubric: deterministic, from name, title, description, schema and annotations. */
export function classifyTool(tool: Tool): Classification {
  const verdict = signalsToVerdict(toolToSignals(tool));
  if (!tool.override) return verdict;
  const category = tool.override.category;
  return {
    category,
    risk: RISK_BY_CATEGORY[category],
    confidence: 1,
    evidence: [`reviewed: ${tool.override.reason}`, ...verdict.evidence.slice(0, MAX_EVIDENCE - 1)],
    contradictions: verdict.contradictions,
    override: { reason: tool.override.reason, rulesSaid: verdict.category },
  };
}

function signalsToVerdict(all: Signal[]): Classification {
  const readOnlyClaim = all.some((s) => s.source === 'description' && s.category === 'Read' && s.strength === 3 && s.text.startsWith('description says “') && /read[- ]?only|does not|doesn't|without|no side|only|non-destructive/i.test(s.text));
  // A description that says "read-only" explains a `run`/`query` verb: running a read-only query is reading.
  const signals = readOnlyClaim ? all.filter((s) => s.category !== 'Execute' && s.category !== 'Write') : all;
  const category = decide(signals);
  const risk = RISK_BY_CATEGORY[category];
  const deciding = signals.filter((s) => s.category === category).sort((a, b) => b.strength - a.strength);
  const contradictions = annotationContradictions(all, category);
  const evidence = unique(deciding.map((s) => s.text)).slice(0, MAX_EVIDENCE);
  if (category === 'Other' && evidence.length === 0) evidence.push('no verb, argument or annotation in the definition says what a call does');
  return { category, risk, confidence: confidenceOf(category, deciding, contradictions), evidence: [...evidence, ...contradictions], contradictions };
}

/** The highest-precedence category among the strongest tier of signals. */
function decide(signals: Signal[]): Category {
  for (const tier of [3, 2, 1] as const) {
    const inTier = new Set(signals.filter((s) => s.strength === tier).map((s) => s.category));
    const winner = CATEGORIES.find((c) => inTier.has(c));
    if (winner) return winner;
  }
  return 'Other';
}

function annotationContradictions(signals: Signal[], category: Category): string[] {
  const contradictions: string[] = [];
  const readOnly = signals.find((s) => s.text === 'annotation readOnlyHint=true');
  if (readOnly && category !== 'Read' && category !== 'Other') {
    contradictions.push(`contradiction: annotation readOnlyHint=true, but the definition says ${category}`);
  }
  const additive = signals.find((s) => s.text.startsWith('annotations readOnlyHint=false, destructiveHint=false'));
  if (additive && category === 'Destructive') {
    contradictions.push('contradiction: annotation destructiveHint=false, but the definition says Destructive');
  }
  return contradictions;
}

function confidenceOf(category: Category, deciding: Signal[], contradictions: string[]): number {
  if (category === 'Other' || deciding.length === 0) return deciding.length === 0 ? 0.3 : 0.5;
  const top = deciding[0]!.strength;
  const sources = new Set(deciding.filter((s) => s.strength >= 2).map((s) => s.source));
  let confidence = top === 3 ? 0.8 : top === 2 ? 0.6 : 0.45;
  if (sources.size >= 2) confidence += 0.1;
  if (sources.size >= 3) confidence += 0.05;
  confidence -= 0.2 * contradictions.length;
  return Math.round(Math.min(0.99, Math.max(0.2, confidence)) * 100) / 100;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
