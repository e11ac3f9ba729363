/**
 * Measures the classifier against hand labels and against PolicyLayer's categories.
 * Run: npm run eval:classifier [-- --misses] [--no-test] [--dir PATH] [--root PATH]
 * (--no-test leaves the test split out entirely: what someone writing rules runs, so they never see it)
 * - Hand labels (issue #14): tests/fixtures/hand-labels.json (shipped servers, tuning) and
 *   tests/fixtures/labels/<server-id>.json (new servers, split into tuning and test by server id,
 *   src/lib/classifier/label-split.ts). Reports accuracy (alt counts as right), the Other share,
 *   calibration, confusion matrices and per-server accuracy; --misses lists tuning misses only:
 *   the test split is reported in aggregate, never tool by tool.
 * - Servers not imported (tests/fixtures/unimported/part-<n>.json, eval-lib/unimported.ts): labelled
 *   blind, reported in aggregate with the test split (never under --no-test).
 * - PolicyLayer: the Intercept scaffolds in --dir, INTERCEPT_POLICIES_DIR or ../shared/data/intercept-policies.
 * See docs/classification.md for the method and the figures.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyTool } from '../src/lib/classifier/classify.ts';
import { CATEGORIES } from '../src/lib/taxonomy.ts';
import { isRight, outcomesToFigures, percent, type Outcome } from './eval-lib/figures.ts';
import { readLabelledTools, repoLabelSources, type LabelledTool, type LabelSet } from './eval-lib/labels.ts';
import { policyLayerAgreement, readPolicyLayerRows, type PolicyLayerRow } from './eval-lib/policylayer.ts';
import { agreementToLines, confusionToLines, figuresToLines } from './eval-lib/report.ts';
import { BLIND_ROUNDS } from './eval-lib/second-round.ts';
import { labelAgreement, readSecondLabels } from './eval-lib/second-labels.ts';
import { HOLDOUT_THRESHOLDS, holdoutFailures } from './eval-lib/thresholds.ts';
import { readUnimportedTools, type UnimportedTool } from './eval-lib/unimported.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, root: { type: 'string' }, misses: { type: 'boolean', default: false }, 'no-test': { type: 'boolean', default: false } } });
const repoRoot = resolve(values.root ?? join(import.meta.dirname, '..'));
const scaffoldsDir = resolve(values.dir ?? process.env.INTERCEPT_POLICIES_DIR ?? join(import.meta.dirname, '../../shared/data/intercept-policies'));

const SET_TITLES: Record<LabelSet, string> = {
  shipped: 'shipped servers (tests/fixtures/hand-labels.json, tuning)',
  tuning: 'new servers, tuning split (tests/fixtures/labels/)',
  test: 'new servers, TEST split (tests/fixtures/labels/, held out)',
};

function handLabelLines(labelled: LabelledTool[]): string[] {
  const out: string[] = [];
  const verdicts = labelled.map((l) => ({ l, verdict: classifyTool(l.tool, l.serverContext) }));
  const outcomes = (set: LabelSet): Outcome[] => verdicts.filter((v) => v.l.set === set).map(toOutcome);
  for (const set of ['shipped', 'tuning', 'test'] as const) {
    if (set === 'test' && values['no-test']) continue;
    out.push(...figuresToLines(SET_TITLES[set], outcomesToFigures(outcomes(set)), set !== 'test'), '');
  }
  if (values['no-test']) return [...out, ...missLines(verdicts)];
  for (const round of BLIND_ROUNDS) {
    const inRound = verdicts.filter((v) => v.l.set === 'test' && round.includes(v.l.server, v.l.tool.name)).map(toOutcome);
    out.push(...figuresToLines(`of which ${round.title}`, outcomesToFigures(inRound), false).map((l) => `  ${l}`), '');
  }
  const test = outcomesToFigures(outcomes('test'));
  const t = HOLDOUT_THRESHOLDS;
  out.push(`thresholds on the test split (≥ ${t.minServers} servers; right ≥ ${t.minAccuracy * 100}%, Other ≤ ${t.maxOtherShare * 100}%, confidence ≥ 0.9 right ≥ ${t.minConfidentRight * 100}%):`);
  const failures = holdoutFailures(test);
  if (test.servers < t.minServers) out.push(`  not enforced yet: ${test.servers} of ${t.minServers} test-split servers labelled${failures.length ? ` (would fail: ${failures.join('; ')})` : ''}`);
  else out.push(failures.length === 0 ? '  met' : `  NOT met: ${failures.join('; ')}`);
  return [...out, '', ...secondLabelLines(verdicts), ...unimportedLines(readUnimportedTools(join(repoRoot, 'tests/fixtures/unimported'))), ...missLines(verdicts)];
}

/** A labelled tool and the classifier's verdict on it. */
interface Verdict {
  l: LabelledTool;
  verdict: ReturnType<typeof classifyTool>;
}

function toOutcome({ l, verdict }: { l: Pick<LabelledTool, 'server' | 'label' | 'alt'>; verdict: Verdict['verdict'] }): Outcome {
  return { server: l.server, label: l.label, alt: l.alt, ours: verdict.category, confidence: verdict.confidence };
}

/** How a second blind labelling of test tools compares with the first labels and the verdicts (eval-lib/second-labels.ts). */
function secondLabelLines(verdicts: Verdict[]): string[] {
  const second = readSecondLabels(join(repoRoot, 'tests/fixtures/second-labels'));
  if (second.size === 0) return [];
  const test = verdicts.filter((v) => v.l.set === 'test').map((v) => ({ ...toOutcome(v), key: `${v.l.server}/${v.l.tool.name}` }));
  const a = labelAgreement(test, second);
  return agreementToLines(`second blind labels (tests/fixtures/second-labels/): ${a.tools} test tools labelled again by someone who saw neither the first label nor the verdict`, a);
}

/**
 * Servers never imported, labelled blind (eval-lib/unimported.ts): held out like the test split, so
 * reported only in aggregate and only when the test split is.
 */
function unimportedLines(tools: UnimportedTool[]): string[] {
  if (tools.length === 0) return [];
  const all = tools.map((t) => ({ kind: t.kind, outcome: { ...toOutcome({ l: t, verdict: classifyTool(t.tool, t.serverContext) }), key: `${t.server}/${t.tool.name}` } }));
  const title = 'servers NOT imported, labelled blind (tests/fixtures/unimported/, held out)';
  const figures = outcomesToFigures(all.map((a) => a.outcome));
  const failures = holdoutFailures(figures);
  const out = ['', ...figuresToLines(title, figures, false), `  the issue's targets: ${failures.length === 0 ? 'met' : `NOT met: ${failures.join('; ')}`}`];
  const kinds = { memory: 'written from memory of real servers', transcribed: 'transcribed verbatim from npm packages the import could not start' } as const;
  for (const [kind, what] of Object.entries(kinds)) {
    const ofKind = outcomesToFigures(all.filter((a) => a.kind === kind).map((a) => a.outcome));
    if (ofKind.tools > 0) out.push(`  of which ${what}: ${ofKind.right}/${ofKind.tools} = ${percent(ofKind.right, ofKind.tools)} (${ofKind.servers} servers)`);
  }
  const second = readSecondLabels(join(repoRoot, 'tests/fixtures/unimported/second-labels'));
  if (second.size === 0) return out;
  const a = labelAgreement(all.map((x) => x.outcome), second);
  const heading = `second blind labels (tests/fixtures/unimported/second-labels/): ${a.tools} tools labelled again (the misses and random hits, mixed) by someone who saw neither the first label nor the verdict`;
  return [...out, ...agreementToLines(heading, a).map((line) => `  ${line}`)];
}

/** With --misses: every tuning and shipped tool the classifier gets wrong (never a test one). */
function missLines(verdicts: Verdict[]): string[] {
  if (!values.misses) return [];
  const out = ['', 'tuning misses (server/tool: label[/alt] → ours confidence | evidence)'];
  for (const v of verdicts) {
    const { l, verdict } = v;
    if (l.set === 'test' || isRight(toOutcome(v))) continue;
    out.push(`  ${l.server}/${l.tool.name}: ${l.label}${l.alt ? `/${l.alt}` : ''} → ${verdict.category} ${verdict.confidence} | ${verdict.evidence.join('; ')}`);
  }
  return out;
}

function policyLayerLines(rows: PolicyLayerRow[]): string[] {
  const out: string[] = [];
  const { tools, agreeing } = policyLayerAgreement(rows);
  const ourOther = rows.filter((r) => r.ours === 'Other').length;
  out.push(`PolicyLayer: ${rows.length} tools from ${new Set(rows.map((r) => r.server)).size} scaffolds in ${scaffoldsDir}`);
  out.push(`  agreement where PolicyLayer says other than Other: ${agreeing}/${tools} = ${percent(agreeing, tools)} (must stay ≥ 90%)`);
  out.push(`  agreement over all tools: ${rows.filter((r) => r.ours === r.theirs).length}/${rows.length}`);
  out.push(`  our Other share: ${ourOther}/${rows.length} = ${percent(ourOther, rows.length)}`);
  out.push('  per PolicyLayer category: tools, agreement');
  for (const c of CATEGORIES) {
    const theirs = rows.filter((r) => r.theirs === c);
    out.push(`    ${c.padEnd(12)} ${String(theirs.length).padStart(4)}  ${percent(theirs.filter((r) => r.ours === c).length, theirs.length).padStart(6)}`);
  }
  out.push('  confusion matrix (rows: PolicyLayer, columns: ours)', ...confusionToLines('', (theirs, ours) => rows.filter((r) => r.theirs === theirs && r.ours === ours).length).map((l) => `  ${l}`));
  if (values.misses) {
    out.push('', 'PolicyLayer disagreements (server/tool: PolicyLayer → ours | description | our evidence)');
    for (const r of rows.filter((row) => row.ours !== row.theirs)) out.push(`  ${r.server}/${r.name}: ${r.theirs} → ${r.ours} | ${r.description} | ${r.evidence.join('; ')}`);
  }
  return out;
}

try {
  const lines = [...handLabelLines(readLabelledTools(repoLabelSources(repoRoot))), '', ...policyLayerLines(readPolicyLayerRows(scaffoldsDir))];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error)}\n`);
  process.exit(1);
}
