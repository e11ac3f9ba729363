/**
 * Audits the tool definitions of an MCP tools/list result for poisoning (src/lib/findings/), for
 * anyone's CI: gate a server upgrade on what its new definitions say to the model.
 * Run: npm run --silent audit -- <file> [--fail-on high|medium|low] [--format json|text]
 * The file holds `{"tools": [...]}` or a JSON array of tools (as for `classify`); `-` reads stdin.
 * Prints one `{name, findings: [{kind, severity, field, message, excerpt}]}` per tool, in input
 * order. Exit 0, or 1 when a finding at or above `--fail-on` exists; 2 when the input cannot be
 * read or is not a list of tools, or the arguments are wrong.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FINDING_SEVERITIES, type Finding, type FindingSeverity } from '../src/lib/findings/kinds.ts';
import { toolToFindings, type AuditedTool } from '../src/lib/findings/tool-findings.ts';
import { auditToText } from './audit-lib/text-report.ts';
import { jsonToTools, NotAToolListError } from './classify.ts';

const USAGE = 'usage: npm run --silent audit -- <tools.json | -> [--fail-on high|medium|low] [--format json|text]';

/** Input that cannot be audited, or arguments that make no sense; exit 2. */
export class AuditInputError extends Error {}

/** One tool's audit, as printed. */
export interface ToolAudit {
  name: string;
  findings: Pick<Finding, 'kind' | 'severity' | 'field' | 'message' | 'excerpt'>[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The audit of every tool in a parsed file, in input order. The list is checked as `classify`
 * checks it; each tool is then audited as the server sent it, whole input schema included. Other
 * servers are unknown here, so naming another server's tool (shadowing) is left to the catalogue.
 */
export function jsonToAudits(file: string, json: unknown): ToolAudit[] {
  jsonToTools(file, json);
  const list = (Array.isArray(json) ? json : (json as Json).tools) as Json[];
  return list.map((raw) => {
    const tool: AuditedTool = {
      name: raw.name as string,
      title: typeof raw.title === 'string' ? raw.title : undefined,
      description: typeof raw.description === 'string' ? raw.description : undefined,
      inputSchema: raw.inputSchema,
      annotations: isObject(raw.annotations) ? { title: raw.annotations.title } : undefined,
    };
    const findings = toolToFindings(tool, { serverId: '', otherServerToolNames: new Set() });
    return { name: tool.name, findings: findings.map(({ kind, severity, field, message, excerpt }) => ({ kind, severity, field, message, excerpt })) };
  });
}

/** True when some finding is at least as severe as `threshold`. */
export function hasFindingAtOrAbove(audits: readonly ToolAudit[], threshold: FindingSeverity): boolean {
  const worst = FINDING_SEVERITIES.indexOf(threshold);
  return audits.some((audit) => audit.findings.some((finding) => FINDING_SEVERITIES.indexOf(finding.severity) <= worst));
}

function readInput(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (cause) {
    throw new AuditInputError(`${file}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new AuditInputError(`${file}: not valid JSON (${(cause as Error).message})`);
  }
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'fail-on': { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean' } } });
  } catch (cause) {
    throw new AuditInputError(`${(cause as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new AuditInputError(`expected one file, got ${positionals.length}\n${USAGE}`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FINDING_SEVERITIES as readonly string[]).includes(failOn)) throw new AuditInputError(`--fail-on: expected high, medium or low, got ${JSON.stringify(failOn)}`);
  if (values.format !== 'json' && values.format !== 'text') throw new AuditInputError(`--format: expected json or text, got ${JSON.stringify(values.format)}`);
  const file = positionals[0]!;
  let audits: ToolAudit[];
  try {
    audits = jsonToAudits(file, readInput(file));
  } catch (error) {
    throw error instanceof NotAToolListError ? new AuditInputError(error.message, { cause: error }) : error;
  }
  process.stdout.write(values.format === 'text' ? auditToText(audits) : `${JSON.stringify(audits, null, 2)}\n`);
  return failOn !== undefined && hasFindingAtOrAbove(audits, failOn as FindingSeverity) ? 1 : 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`audit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
