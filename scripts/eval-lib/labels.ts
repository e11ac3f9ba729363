/**
 * The hand labels the classifier is measured against: `tests/fixtures/hand-labels.json` (every tool
 * of the servers the catalogue first shipped, all tuning material) and `tests/fixtures/labels/<server-id>.json`
 * (tools of newly imported servers, split by server into tuning and test by `serverToSplit`).
 * Tool definitions come from `content/servers/<server-id>.yaml`; each server's tools are handed to
 * the classifier as its server context, exactly as the catalogue build does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serverToSplit } from '../../src/lib/classifier/label-split.ts';
import { toolsToServerContext, type ServerContext } from '../../src/lib/classifier/server-context.ts';
import { quoteValue, zodIssuesToLines } from '../../src/lib/content-errors.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import { parseServerFile } from '../../src/lib/server-file.ts';
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';

/** One hand label, written by reading the tool's definition against the rubric, never the classifier's verdict. */
export const LabelSchema = z.strictObject({
  /** The tool's exact name on its server. */
  tool: z.string().min(1, { error: 'expected the exact tool name' }),
  category: z.enum(CATEGORIES),
  /** A second category a careful engineer could defend; a verdict of either counts as right. */
  alt: z.union([z.enum(CATEGORIES), z.literal('')]).optional(),
  /** One line: why this category, in the rubric's terms. */
  reason: z.string().min(1, { error: 'expected a one-line reason' }),
});
export type Label = z.infer<typeof LabelSchema>;

/** Where a labelled tool comes from: the first shipped servers, or the new labels' tuning or test split. */
export type LabelSet = 'shipped' | 'tuning' | 'test';

/** A tool with its label(s), ready to classify. */
export interface LabelledTool {
  server: string;
  set: LabelSet;
  tool: Tool;
  label: Category;
  alt?: Category;
  serverContext: ServerContext;
}

/** Where the labels and the definitions live (repository paths by default; tests point elsewhere). */
export interface LabelSources {
  handLabelsFile: string;
  labelsDir: string;
  serversDir: string;
}

/** Paths of a checkout: tests/fixtures/hand-labels.json, tests/fixtures/labels/, content/servers/. */
export function repoLabelSources(root: string): LabelSources {
  return { handLabelsFile: join(root, 'tests/fixtures/hand-labels.json'), labelsDir: join(root, 'tests/fixtures/labels'), serversDir: join(root, 'content/servers') };
}

/** A label file or hand label that cannot be used; lists every problem found. */
export class LabelFileError extends Error {}

/**
 * Every labelled tool, shipped first, then label files in file-name order. A server labelled in
 * hand-labels.json has been read while writing rules, so its label file (if any) counts as tuning.
 * Throws one LabelFileError listing every problem (bad JSON or fields, unknown server or tool, duplicates).
 */
export function readLabelledTools(sources: LabelSources): LabelledTool[] {
  const problems: string[] = [];
  const servers = new Map<string, { tools: Map<string, Tool>; context: ServerContext } | undefined>();
  const serverOf = (id: string) => {
    if (!servers.has(id)) servers.set(id, readServer(sources.serversDir, id, problems));
    return servers.get(id);
  };
  const labelled: LabelledTool[] = [];
  const shippedServers = new Set<string>();
  for (const [key, category] of Object.entries(readHandLabels(sources.handLabelsFile, problems))) {
    const slash = key.indexOf('/');
    const server = key.slice(0, slash);
    const name = key.slice(slash + 1);
    shippedServers.add(server);
    const found = serverOf(server);
    const tool = found?.tools.get(name);
    if (found && !tool) problems.push(`${sources.handLabelsFile}: ${quoteValue(key)}: no tool ${quoteValue(name)} on server ${quoteValue(server)}`);
    if (found && tool) labelled.push({ server, set: 'shipped', tool, label: category, serverContext: found.context });
  }
  for (const file of labelFiles(sources.labelsDir)) {
    const server = file.replace(/\.json$/, '');
    const path = join(sources.labelsDir, file);
    const labels = readLabelFile(path, problems);
    const found = serverOf(server);
    if (!found) {
      problems.push(`${path}: no server file ${server}.yaml in ${sources.serversDir}`);
      continue;
    }
    const set: LabelSet = shippedServers.has(server) ? 'tuning' : serverToSplit(server);
    const seen = new Set<string>();
    for (const { label, index: i } of labels) {
      const tool = found.tools.get(label.tool);
      if (seen.has(label.tool)) problems.push(`${path}: [${i}].tool: ${quoteValue(label.tool)} is labelled twice`);
      seen.add(label.tool);
      if (!tool) {
        problems.push(`${path}: [${i}].tool: no tool ${quoteValue(label.tool)} on server ${quoteValue(server)}`);
        continue;
      }
      const alt = label.alt && label.alt !== label.category ? label.alt : undefined;
      labelled.push({ server, set, tool, label: label.category, alt, serverContext: found.context });
    }
  }
  if (problems.length > 0) throw new LabelFileError(`${problems.length} label problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  return labelled;
}

/** Label files present now (none is fine: the eval then reports only the shipped labels). */
export function labelFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

function readHandLabels(file: string, problems: string[]): Record<string, Category> {
  const json = readJson(file, problems);
  if (json === undefined) return {};
  const result = z.record(z.string().regex(/^[^/]+\/.+$/, { error: 'expected "server/tool"' }), z.enum(CATEGORIES)).safeParse(omitNotes(json), { reportInput: true });
  if (!result.success) {
    problems.push(...zodIssuesToLines(result.error.issues, () => undefined).map((line) => `${file}: ${line}`));
    return {};
  }
  return result.data;
}

function omitNotes(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const { _notes: _, ...labels } = json as Record<string, unknown>;
  return labels;
}

/** The valid labels of a file, each with its index; every invalid entry becomes a problem. */
export function readLabelFile(path: string, problems: string[]): { label: Label; index: number }[] {
  const json = readJson(path, problems);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    problems.push(`${path}: expected a JSON array of {tool, category, alt?, reason}, got ${quoteValue(json)}`);
    return [];
  }
  return json.flatMap((raw, index) => {
    const result = LabelSchema.safeParse(raw, { reportInput: true });
    if (result.success) return [{ label: result.data, index }];
    problems.push(...zodIssuesToLines(result.error.issues, () => undefined).map((line) => `${path}: [${index}]${line.startsWith('(root)') ? line.slice(6) : `.${line}`}`));
    return [];
  });
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    problems.push(`${path}: ${cause instanceof SyntaxError ? `not valid JSON (${cause.message})` : `cannot read the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`}`);
    return undefined;
  }
}

function readServer(dir: string, id: string, problems: string[]): { tools: Map<string, Tool>; context: ServerContext } | undefined {
  const path = join(dir, `${id}.yaml`);
  if (!existsSync(path)) return undefined;
  try {
    // Reviewed overrides are the catalogue's answer, not the rules': measure the rules alone.
    const tools = parseServerFile(path, readFileSync(path, 'utf8')).tools.map(({ override: _, ...tool }) => tool);
    return { tools: new Map(tools.map((t) => [t.name, t])), context: toolsToServerContext(tools) };
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
