import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseServerFile, serverToYaml } from '../../src/lib/server-file.ts';
import type { Server, ServerInput } from '../../src/lib/schemas/server.ts';

/** The path of a server's content file. */
export function serverFilePath(outDir: string, id: string): string {
  return join(outDir, `${id}.yaml`);
}

/** Loads the current content file for an id, if there is one; throws if it exists but is invalid. */
export function readExisting(path: string): Server | undefined {
  if (!existsSync(path)) return undefined;
  // An invalid file may still hold reviewed overrides; refusing beats silently dropping them.
  return parseServerFile(path, readFileSync(path, 'utf8'));
}

/**
 * Serialises, validates the exact text with the site's own loader, checks the tools survived the
 * YAML round trip unchanged, then writes atomically (temp file in the same dir, then rename).
 * A file that already holds exactly this text is not touched.
 */
export function writeServerFile(path: string, server: ServerInput): 'written' | 'unchanged' {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const text = serverToYaml(withKeyOrderOf(current, path, server));
  const loaded = parseServerFile(path, text);
  if (!isDeepStrictEqual(loaded.tools, server.tools)) {
    const index = loaded.tools.findIndex((tool, i) => !isDeepStrictEqual(tool, server.tools[i]));
    throw new Error(`${path}: tools[${index}] did not survive the YAML round trip unchanged; not writing`);
  }
  if (current === text) return 'unchanged';
  const temp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  return 'written';
}

/**
 * `server` with each tool that equals, as data, the same-named tool of the file already there
 * taken from that file: a server may list the same definition with its keys in another order from
 * one run to the next, and rewriting the file for it would show moved lines as a change.
 */
function withKeyOrderOf(current: string | undefined, path: string, server: ServerInput): ServerInput {
  if (current === undefined) return server;
  let previous: Server;
  try {
    previous = parseServerFile(path, current);
  } catch {
    return server;
  }
  const byName = new Map(previous.tools.map((tool) => [tool.name, tool]));
  const tools = server.tools.map((tool) => {
    const old = byName.get(tool.name);
    return old && isDeepStrictEqual(old, tool) ? old : tool;
  });
  return { ...server, tools };
}
