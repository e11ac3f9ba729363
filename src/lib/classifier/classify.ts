import type { Tool } from '../schemas/tool.ts';
import { CATEGORIES, RISK_BY_CATEGORY, type Category, type Risk } from '../taxonomy.ts';
import { annotationContradictions } from './annotation-signals.ts';
import { capConfidence, confidenceOf, strongestRival } from './confidence.ts';
import type { ServerContext } from './server-context.ts';
import { overruledByReadOnlyHint } from './read-only-hint.ts';
import { LEVEL, type Signal } from './signal.ts';
import { toolToSignals } from './signals.ts';

/** The verdict on one tool, with what decided it. */
export interface Classification {
  category: Category;
  risk: Risk;
  /** 0–1: how sure the rules are (1 for a reviewed override). */
  confidence: number;
  /** Reader-facing signals that decided, strongest first, then any contradictions. */
  evidence: string[];
  /** Where the server's annotations disagree with the verdict. */
  contradictions: string[];
  /** The strongest evidence for another category: what a reviewer weighs against the verdict. */
  competing?: { category: Category; evidence: string[] };
  /** Set when a human review overrides the rules. */
  override?: { reason: string; rulesSaid: Category };
}

const MAX_EVIDENCE = 4;

/**
 * Classifies a tool by the rubric: deterministic, from name, title, description, schema and
 * annotations. `server` (from `toolsToServerContext` over the server's tools) lets wording that
 * every tool of the server shares decide nothing; without it each description is read whole.
 */
export function classifyTool(tool: Tool, server?: ServerContext): Classification {
  const verdict = signalsToVerdict(tool, toolToSignals(tool, server));
  if (!tool.override) return verdict;
  const category = tool.override.category;
  return {
    category,
    risk: RISK_BY_CATEGORY[category],
    confidence: 1,
    evidence: [`reviewed: ${tool.override.reason}`, ...verdict.evidence.slice(0, MAX_EVIDENCE)],
    contradictions: verdict.contradictions,
    override: { reason: tool.override.reason, rulesSaid: verdict.category },
  };
}

function signalsToVerdict(tool: Tool, all: Signal[]): Classification {
  // A description that claims read-only explains a `run`/`query` verb: running a read-only query is reading.
  const claimed = all.some((s) => s.readOnlyClaim) ? all.filter((s) => s.category !== 'Execute' && s.category !== 'Write') : all;
  const overruled = overruledByReadOnlyHint(tool, claimed, decide(claimed).category);
  const signals = overruled ? claimed.filter((s) => !overruled.signals.includes(s)) : claimed;
  const { category, top, rivals } = decide(signals);
  // Asides ("…tell the user to migrate…") and tie-breaking hints are shown only when they decided.
  const shown = Math.min(top, LEVEL.statement);
  const deciding = signals.filter((s) => s.category === category && s.level >= shown).sort((a, b) => b.level - a.level);
  const contradictions = overruled
    ? [`contradiction: annotation readOnlyHint=true, but ${overruled.signals[0]!.text} (${overruled.category}); weighed together, Read`]
    : annotationContradictions(tool, category);
  const evidence = [...new Set(deciding.map((s) => s.text))].slice(0, MAX_EVIDENCE);
  if (category === 'Other' && evidence.length === 0) evidence.push('no verb, argument or annotation in the definition says what a call does');
  // Doubts outside the deciding signals (a disputed read, a claim that overruled the name, a name that disagrees) cap it.
  const confidence = capConfidence(confidenceOf(tool, category, deciding, rivals, contradictions.length, strongestRival(signals, category)), tool, { category, all, decidedOn: signals, claimed: claimed !== all, deciding, top });
  const competing = competingEvidence(all, category);
  return { category, risk: RISK_BY_CATEGORY[category], confidence, evidence: [...evidence, ...contradictions], contradictions, ...(competing && { competing }) };
}

const MAX_COMPETING = 2;

/** The best-supported other category (heaviest signal; among equals, the rubric's order) and its strongest signals. */
function competingEvidence(signals: readonly Signal[], verdict: Category): Classification['competing'] {
  const others = signals.filter((s) => s.category !== verdict && s.level >= LEVEL.aside);
  if (others.length === 0) return undefined;
  const { category } = decide(others);
  const evidence = [...new Set(others.filter((s) => s.category === category).sort((a, b) => b.level - a.level).map((s) => s.text))].slice(0, MAX_COMPETING);
  return { category, evidence };
}

/** The heaviest signals decide; among equals, the rubric's order picks the worse. */
function decide(signals: readonly Signal[]): { category: Category; top: number; rivals: number } {
  const top = Math.max(0, ...signals.map((s) => s.level));
  const atTop = new Set(signals.filter((s) => s.level === top).map((s) => s.category));
  return { category: CATEGORIES.find((c) => atTop.has(c)) ?? 'Other', top, rivals: atTop.size - 1 };
}
