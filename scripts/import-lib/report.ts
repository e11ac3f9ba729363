import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { driftToLines, type Drift } from '../../src/lib/drift.ts';
import { toolToFindings } from '../../src/lib/findings/tool-findings.ts';
import type { ServerInput } from '../../src/lib/schemas/server.ts';

const MAX_FINDING_LINES = 30;

/** Prints what changed since the stored file: one line each for added, removed and changed tools. */
export function logDrift(drift: Drift | undefined, log: (line: string) => void): void {
  if (!drift) return log('new server: no earlier import to compare with');
  const lines = driftToLines(drift);
  if (lines.length === 0) log('no change in the tool definitions');
  for (const line of lines) log(`drift: ${line}`);
}

/**
 * Audits the imported tools and prints each high and medium finding as a warning, so a poisoned
 * or malformed definition is seen at import time. Other servers' tool names come from the
 * files already in `outDir` (for the shadowing check).
 */
export function logFindings(server: ServerInput, outDir: string, log: (line: string) => void): void {
  const others = otherToolNames(outDir, server.id);
  // A name this server also has is its own tool, whoever else uses it: not a shadowing target.
  for (const tool of server.tools) others.delete(tool.name);
  const lines: string[] = [];
  let low = 0;
  for (const tool of server.tools) {
    for (const finding of toolToFindings(tool, { serverId: server.id, otherServerToolNames: others })) {
      if (finding.severity === 'low') low++;
      else lines.push(`warning: ${finding.severity} ${finding.kind}: tool ${JSON.stringify(tool.name)} ${finding.field}: ${finding.message} ${JSON.stringify(finding.excerpt)}`);
    }
  }
  for (const line of lines.slice(0, MAX_FINDING_LINES)) log(line);
  if (lines.length > MAX_FINDING_LINES) log(`… ${lines.length - MAX_FINDING_LINES} more warnings`);
  if (low > 0) log(`${low} low finding${low === 1 ? '' : 's'} (name hygiene, call order); see the tool pages`);
}

// Only the names are needed, so read the YAML without validating it; a broken neighbour must not stop this import.
export function otherToolNames(outDir: string, id: string): Set<string> {
  const names = new Set<string>();
  let files: string[] = [];
  try {
    files = readdirSync(outDir).filter((file) => file.endsWith('.yaml') && file !== `${id}.yaml`);
  } catch {
    return names;
  }
  for (const file of files) {
    try {
      const value: unknown = parse(readFileSync(join(outDir, file), 'utf8'));
      const tools = (value as { tools?: unknown }).tools;
      if (Array.isArray(tools)) for (const tool of tools) if (typeof tool?.name === 'string') names.add(tool.name);
    } catch {
      // Not this import's business: the build reports broken files.
    }
  }
  return names;
}
