/**
 * Tools of servers the catalogue has NOT imported, each labelled against the rubric by a helper who
 * never saw the classifier (tests/fixtures/unimported/part-<n>.json). The issue says it will also be
 * judged "on tools from servers you have not imported"; these parts are our measure of that. A part
 * is either written from memory of real servers' tool lists, or transcribed verbatim from the
 * published source of npm packages the import could not start (`kind` says which). No rule writer
 * reads them: the eval reports them in aggregate, next to the test split, never tool by tool.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { toolsToServerContext, type ServerContext } from '../../src/lib/classifier/server-context.ts';
import { zodIssuesToLines } from '../../src/lib/content-errors.ts';
import { ToolSchema, type Tool } from '../../src/lib/schemas/tool.ts';
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';
import { LabelFileError } from './labels.ts';

const UnimportedToolSchema = ToolSchema.omit({ override: true }).extend({
  label: z.strictObject({
    category: z.enum(CATEGORIES),
    alt: z.enum(CATEGORIES).optional(),
    reason: z.string().min(1, { error: 'expected a one-line reason' }),
  }),
});

const UnimportedPartSchema = z.strictObject({
  part: z.number().int().positive(),
  written: z.string().min(1),
  /** How the definitions were obtained, e.g. "transcribed from npm source"; absent: written from memory. */
  kind: z.string().optional(),
  servers: z.array(
    z.strictObject({
      server: z.string().min(1),
      /** What real server this is (package and version when transcribed). */
      product: z.string().min(1),
      tools: z.array(UnimportedToolSchema).min(1),
    }),
  ),
});

/** One labelled tool of a server not imported, with the context of its server's other tools. */
export interface UnimportedTool {
  part: number;
  /** `memory` (written from memory of a real server) or `transcribed` (verbatim from its published source). */
  kind: 'memory' | 'transcribed';
  /** Server ids are only unique within a part, so they are prefixed with it: `u3-acme` (also the file name of its second labels). */
  server: string;
  tool: Tool;
  label: Category;
  alt?: Category;
  serverContext: ServerContext;
}

/** Every labelled tool of tests/fixtures/unimported/, in part then file order; throws LabelFileError listing every problem. */
export function readUnimportedTools(dir: string): UnimportedTool[] {
  const problems: string[] = [];
  const tools: UnimportedTool[] = [];
  for (const file of partFiles(dir)) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (cause) {
      problems.push(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
      continue;
    }
    const result = UnimportedPartSchema.safeParse(json, { reportInput: true });
    if (!result.success) {
      problems.push(...zodIssuesToLines(result.error.issues, () => undefined).map((line) => `${path}: ${line}`));
      continue;
    }
    const { part, kind, servers } = result.data;
    for (const server of servers) {
      const defined = server.tools.map(({ label: _, ...tool }) => tool);
      const serverContext = toolsToServerContext(defined);
      server.tools.forEach(({ label }, i) => {
        const alt = label.alt && label.alt !== label.category ? label.alt : undefined;
        tools.push({ part, kind: kind?.startsWith('transcribed') ? 'transcribed' : 'memory', server: `u${part}-${server.server}`, tool: defined[i]!, label: label.category, alt, serverContext });
      });
    }
  }
  if (problems.length > 0) throw new LabelFileError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}:\n  ${problems.join('\n  ')}`);
  return tools;
}

function partFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^part-\d+\.json$/.test(f))
    .sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10));
}
