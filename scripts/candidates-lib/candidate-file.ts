import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** Where a candidate stands: not tried yet, imported (its id), failed (why), or skipped without a try (why). */
export const CandidateSchema = z.strictObject({
  npm: z.string().min(1),
  version: z.string().min(1),
  downloads: z.number().int().nonnegative(),
  status: z.enum(['untried', 'imported', 'failed', 'skipped']),
  id: z.string().optional(),
  reason: z.string().optional(),
  /** Variables and arguments the import needed (names only), for the record. */
  needed: z.string().optional(),
  /** Where the candidate came from: the npm package list, or a registry's server list. */
  from: z.string().optional(),
  /** The registry's server.json for it (written by discover): its arguments and variables are used first. */
  serverJson: z.string().optional(),
});
export type Candidate = z.output<typeof CandidateSchema>;

const HEADER = `# Every npm package considered for the catalogue, most-downloaded first, and what became of it.
# Written by \`npm run import:candidates\` (tries untried ones) and \`npm run discover\` (adds new ones
# from an MCP registry). status: imported (id: the server file), failed (reason: why it could not be
# listed), skipped (reason: not an MCP server one can start), untried. needed: the variables and
# arguments the import had to give (dummy values, never real secrets).
`;

export function readCandidates(file: string): Candidate[] {
  if (!existsSync(file)) return [];
  const raw = parse(readFileSync(file, 'utf8')) as { candidates?: unknown } | null;
  return z.array(CandidateSchema).parse(raw?.candidates ?? []);
}

/** One candidate per line (JSON is YAML), so a re-run shows as a small diff; written atomically. */
export function writeCandidates(file: string, candidates: Candidate[]): void {
  const sorted = [...candidates].sort((a, b) => b.downloads - a.downloads || a.npm.localeCompare(b.npm));
  const lines = sorted.map((c) => `  - ${JSON.stringify(Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)))}`);
  writeFileSync(`${file}.tmp`, `${HEADER}candidates:\n${lines.join('\n')}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Adds rows not yet listed (by package name) as untried or skipped; known ones keep their status. */
export function mergeCandidates(known: Candidate[], incoming: Candidate[]): { merged: Candidate[]; added: number } {
  const byName = new Map(known.map((c) => [c.npm, c]));
  let added = 0;
  for (const candidate of incoming) {
    if (byName.has(candidate.npm)) continue;
    byName.set(candidate.npm, candidate);
    added++;
  }
  return { merged: [...byName.values()], added };
}
