import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseServerFile } from '../../src/lib/server-file.ts';
import type { Server } from '../../src/lib/schemas/server.ts';

/** The servers of a content folder, parsed with the build's own parser, in id order. */
export function readServers(contentDir: string): Server[] {
  const dir = path.join(contentDir, 'servers');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parseServerFile(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8')));
}
