/**
 * Agreement with PolicyLayer's categories in the Intercept scaffolds (53 real servers), read in
 * place, never copied into the repository. PolicyLayer's labels are a second opinion, not truth:
 * they leave many tools in Other, and docs/classification.md lists where we disagree on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { Category } from '../../src/lib/taxonomy.ts';
import { parseInterceptScaffold } from '../lib-intercept-scaffold.ts';

/** One scaffold tool: PolicyLayer's category and ours. */
export interface PolicyLayerRow {
  server: string;
  name: string;
  description: string;
  theirs: Category;
  ours: Category;
  evidence: string[];
}

/** Classifies every tool of every scaffold in `dir`, each with its scaffold's tools as server context. */
export function readPolicyLayerRows(dir: string): PolicyLayerRow[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch (cause) {
    throw new Error(`eval:classifier: cannot read the scaffolds folder ${dir} (set --dir or INTERCEPT_POLICIES_DIR)`, { cause });
  }
  if (files.length === 0) throw new Error(`eval:classifier: no .yaml scaffolds in ${dir}`);
  return files.flatMap((file) => {
    const scaffold = parseInterceptScaffold(readFileSync(join(dir, file), 'utf8'));
    const tools = scaffold.tools.map((t) => ({ name: t.name, description: t.description, inputSchema: { type: 'object' as const } }));
    const context = toolsToServerContext(tools);
    return scaffold.tools.map((t, i) => {
      const verdict = classifyTool(tools[i]!, context);
      return { server: file.replace(/\.yaml$/, ''), name: t.name, description: t.description, theirs: t.category, ours: verdict.category, evidence: verdict.evidence };
    });
  });
}

/** Agreement where PolicyLayer says other than Other (the figure that must stay ≥ 90%). */
export function policyLayerAgreement(rows: readonly PolicyLayerRow[]): { tools: number; agreeing: number } {
  const categorised = rows.filter((r) => r.theirs !== 'Other');
  return { tools: categorised.length, agreeing: categorised.filter((r) => r.ours === r.theirs).length };
}
