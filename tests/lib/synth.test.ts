import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCatalogue } from '../../scripts/synth-lib/catalogue.ts';
import { wordsToName } from '../../scripts/synth-lib/vocabulary.ts';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { parseServerFile } from '../../src/lib/server-file.ts';
import type { Server } from '../../src/lib/schemas/server.ts';
import { CATEGORIES } from '../../src/lib/taxonomy.ts';

const TOOLS = 300;
const root = mkdtempSync(path.join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Synthesises into a fresh folder and returns its server files, name → text, in name order. */
function synthesise(name: string, seed: number): Map<string, string> {
  const outDir = path.join(root, name);
  writeCatalogue(outDir, { tools: TOOLS, seed });
  const serversDir = path.join(outDir, 'servers');
  return new Map(readdirSync(serversDir).sort().map((file) => [file, readFileSync(path.join(serversDir, file), 'utf8')]));
}

const first = synthesise('a', 1);
let parsed: Server[] | undefined;
/** The first catalogue's servers; parsed on first use so that a bad file fails a named test, not the whole file. */
const servers = (): Server[] => (parsed ??= [...first].map(([file, text]) => parseServerFile(`servers/${file}`, text)));

describe('synthetic catalogue', () => {
  test('the same seed gives byte-identical files', () => {
    expect([...synthesise('b', 1)]).toEqual([...first]);
  });

  test('another seed gives other files', () => {
    expect([...synthesise('c', 2)]).not.toEqual([...first]);
  });

  test('every file loads with parseServerFile and the tools add up to the count asked for', () => {
    expect(servers().reduce((sum, s) => sum + s.tools.length, 0)).toBe(TOOLS);
  });

  test('every server has 5 to 80 tools and a unique lower-case id', () => {
    for (const server of servers()) expect(server.tools.length, server.id).toBeGreaterThanOrEqual(5);
    for (const server of servers()) expect(server.tools.length, server.id).toBeLessThanOrEqual(80);
    expect(new Set(servers().map((s) => s.id)).size).toBe(servers().length);
  });

  test.each([...CATEGORIES])('the classifier finds %s tools', (category) => {
    const tools = servers().flatMap((s) => s.tools).filter((t) => classifyTool(t).category === category);
    expect(tools.length).toBeGreaterThan(0);
  });

  test.each([
    { style: 'snake', expected: 'get_pull_request' },
    { style: 'camel', expected: 'getPullRequest' },
    { style: 'kebab', expected: 'get-pull-request' },
    { style: 'dotted', expected: 'pull_request.get' },
  ] as const)('names in $style style read $expected', ({ style, expected }) => {
    expect(wordsToName(['get', 'pull_request'], style)).toBe(expected);
  });

  test('about 60% of tools carry annotations', () => {
    const tools = servers().flatMap((s) => s.tools);
    const share = tools.filter((t) => t.annotations).length / tools.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.8);
  });
});
