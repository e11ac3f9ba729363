/**
 * Measures how often the classifier agrees with PolicyLayer's categories in the Intercept
 * scaffolds (53 real servers), read in place, never copied into the repository.
 * Run: npm run eval:classifier [-- --dir PATH] [--misses]; or set INTERCEPT_POLICIES_DIR.
 * PolicyLayer's labels are a second opinion, not truth: see docs/classification.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyTool } from '../src/lib/classifier/classify.ts';
import { CATEGORIES, type Category } from '../src/lib/taxonomy.ts';
import { parseInterceptScaffold } from './lib-intercept-scaffold.ts';

interface Row {
  server: string;
  name: string;
  description: string;
  theirs: Category;
  ours: Category;
  evidence: string[];
}

const { values } = parseArgs({ options: { dir: { type: 'string' }, misses: { type: 'boolean', default: false } } });
const repoRoot = resolve(import.meta.dirname, '..');
const dir = resolve(values.dir ?? process.env.INTERCEPT_POLICIES_DIR ?? join(repoRoot, '../shared/data/intercept-policies'));

function readRows(): Row[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch (cause) {
    throw new Error(`eval:classifier: cannot read the scaffolds folder ${dir} (set --dir or INTERCEPT_POLICIES_DIR)`, { cause });
  }
  if (files.length === 0) throw new Error(`eval:classifier: no .yaml scaffolds in ${dir}`);
  return files.flatMap((file) => {
    const scaffold = parseInterceptScaffold(readFileSync(join(dir, file), 'utf8'));
    return scaffold.tools.map((t) => {
      const verdict = classifyTool({ name: t.name, description: t.description, inputSchema: { type: 'object' } });
      return { server: file.replace(/\.yaml$/, ''), name: t.name, description: t.description, theirs: t.category, ours: verdict.category, evidence: verdict.evidence };
    });
  });
}

const percent = (part: number, whole: number): string => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function printReport(rows: Row[]): void {
  const out: string[] = [];
  const categorised = rows.filter((r) => r.theirs !== 'Other');
  const agreeing = categorised.filter((r) => r.ours === r.theirs).length;
  const ourOther = rows.filter((r) => r.ours === 'Other').length;
  out.push(`${rows.length} tools from ${new Set(rows.map((r) => r.server)).size} scaffolds in ${dir}`);
  out.push(`agreement where PolicyLayer says other than Other: ${agreeing}/${categorised.length} = ${percent(agreeing, categorised.length).trim()}`);
  out.push(`agreement over all tools: ${rows.filter((r) => r.ours === r.theirs).length}/${rows.length}`);
  out.push(`our Other share: ${ourOther}/${rows.length} = ${percent(ourOther, rows.length).trim()}`, '');
  out.push('per PolicyLayer category: tools, agreement');
  for (const c of CATEGORIES) {
    const theirs = rows.filter((r) => r.theirs === c);
    out.push(`  ${c.padEnd(12)} ${String(theirs.length).padStart(4)}  ${percent(theirs.filter((r) => r.ours === c).length, theirs.length)}`);
  }
  out.push('', 'confusion matrix (rows: PolicyLayer, columns: ours)');
  out.push(`  ${''.padEnd(12)}${CATEGORIES.map((c) => c.slice(0, 9).padStart(10)).join('')}`);
  for (const theirs of CATEGORIES) {
    const cells = CATEGORIES.map((ours) => String(rows.filter((r) => r.theirs === theirs && r.ours === ours).length).padStart(10));
    out.push(`  ${theirs.padEnd(12)}${cells.join('')}`);
  }
  if (values.misses) {
    out.push('', 'disagreements (server/tool: PolicyLayer → ours | description | our evidence)');
    for (const r of rows.filter((row) => row.ours !== row.theirs)) {
      out.push(`  ${r.server}/${r.name}: ${r.theirs} → ${r.ours} | ${r.description} | ${r.evidence.join('; ')}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  printReport(readRows());
} catch (error) {
  process.stderr.write(`${error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error)}\n`);
  process.exit(1);
}
