import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseServerFile, serverToYaml } from '../../src/lib/server-file.ts';
import { writeCatalogue, type SynthSummary } from '../synth-lib/catalogue.ts';

/** Records what a content folder was generated from, so a later bench can reuse it. */
const MARKER = 'synth.json';

/**
 * The synthetic content for these options: reused when a previous bench generated it with the same
 * tool count, seed and generator source, written afresh otherwise. Returns the content folder.
 */
export function prepareContent(workDir: string, tools: number, seed: number, log: (line: string) => void): string {
  const contentDir = path.join(workDir, 'content');
  const wanted = JSON.stringify({ tools, seed, generator: generatorHash() });
  const markerFile = path.join(contentDir, MARKER);
  if (existsSync(markerFile) && readFileSync(markerFile, 'utf8') === wanted) {
    log(`reusing ${contentDir}`);
    return contentDir;
  }
  rmSync(contentDir, { recursive: true, force: true });
  const started = performance.now();
  const summary: SynthSummary = writeCatalogue(contentDir, { tools, seed });
  writeFileSync(markerFile, wanted);
  log(`synthesised ${summary.servers} servers, ${summary.tools} tools in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return contentDir;
}

/** A hash of the generator's source: a changed generator must not reuse content made by the old one. */
function generatorHash(): string {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const synthLib = path.join(here, '..', 'synth-lib');
  const hash = createHash('sha256');
  for (const name of readdirSync(synthLib).sort()) hash.update(name).update(readFileSync(path.join(synthLib, name)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes an Astro config that is the project's own with `cacheDir` moved into the work folder, so
 * that clearing it measures a cold build without touching the project's node_modules/.astro (which
 * a test build may be using). Returns its path relative to the project, as `astro --config` wants.
 */
export function writeBenchConfig(workDir: string, projectDir: string, cacheDir: string): string {
  const file = path.join(workDir, 'astro.config.mjs');
  const base = path.join(projectDir, 'astro.config.mjs');
  mkdirSync(workDir, { recursive: true });
  writeFileSync(file, `import base from ${JSON.stringify(base)};\nexport default { ...base, cacheDir: ${JSON.stringify(cacheDir)} };\n`);
  return path.relative(projectDir, file);
}

/**
 * Appends one tool to the first server file, the smallest realistic edit that adds a page, and
 * returns a function that puts the file back as it was (the content is reused by later benches).
 * The reuse marker is taken away while the file is edited: a bench interrupted before the restore
 * leaves content that the next bench synthesises afresh instead of reusing with an extra tool.
 */
export function editOneServer(contentDir: string): { file: string; restore: () => void } {
  const serversDir = path.join(contentDir, 'servers');
  const name = readdirSync(serversDir).filter((n) => n.endsWith('.yaml')).sort()[0];
  if (!name) throw new Error(`${serversDir}: no server file to edit`);
  const file = path.join(serversDir, name);
  const markerFile = path.join(contentDir, MARKER);
  const marker = existsSync(markerFile) ? readFileSync(markerFile, 'utf8') : undefined;
  rmSync(markerFile, { force: true });
  const original = readFileSync(file, 'utf8');
  const server = parseServerFile(file, original);
  server.tools.push({ name: 'bench_incremental_note', description: 'Adds a note to the workspace (added by the incremental bench).', inputSchema: { type: 'object', properties: { text: { type: 'string' } } } });
  writeFileSync(file, serverToYaml(server));
  return {
    file,
    restore: () => {
      writeFileSync(file, original);
      if (marker !== undefined) writeFileSync(markerFile, marker);
    },
  };
}
