import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, ContentFileError } from '../lib/content-errors.ts';
import { parseServerFile } from '../lib/server-file.ts';
import { z } from 'zod';

/**
 * What the store keeps of a server: its validated data as JSON text. Astro's data store serialises
 * with devalue, which refuses objects with a `__proto__` key (a tool may well declare a parameter
 * of that name), and a string is also the cheapest thing for it to write and read back.
 */
export const StoredServerSchema = z.object({ serverJson: z.string() });

/** Bumped whenever what the loader stores changes, so that a cached entry of another shape is parsed again. */
const STORE_FORMAT = 'server-json-1';

/**
 * Loads `<dir>/*.yaml`, one server per file, validated with the catalogue's own schema so that an
 * error names the file, the tool (index and name) and the field. Unlike Astro's `file()` loader,
 * which logs bad YAML and builds on with an empty collection, any bad file stops the build, after
 * every file has been read so that all problems are listed at once. A file whose text has not
 * changed since the last build is not parsed again.
 */
export function serverFilesLoader(dir: string): Loader {
  return {
    name: 'server-files',
    schema: StoredServerSchema,
    async load({ store, generateDigest, logger }) {
      const names = (await readdir(dir).catch((cause: unknown) => {
        throw new Error(`${dir}: cannot read the servers folder (set CATALOGUE_CONTENT to a folder holding servers/)`, { cause });
      })).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
      const errors: ContentFileError[] = [];
      const seen = new Set<string>();
      let parsed = 0;
      for (const name of names) {
        const filePath = path.join(dir, name);
        const text = await readFile(filePath, 'utf8');
        const digest = generateDigest(`${STORE_FORMAT}\n${text}`);
        const id = name.replace(/\.ya?ml$/, '');
        if (seen.has(id)) errors.push(new ContentFileError(filePath, [`id: ${JSON.stringify(id)} is already used by another file`]));
        seen.add(id);
        const relativePath = path.relative(process.cwd(), filePath);
        const cached = store.get(id);
        if (cached && cached.digest === digest && cached.filePath === relativePath) continue;
        try {
          const server = parseServerFile(relativePath, text);
          store.set({ id, data: { serverJson: JSON.stringify(server) }, digest, filePath: relativePath });
          parsed += 1;
        } catch (error) {
          if (error instanceof ContentFileError) errors.push(error);
          else throw error;
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (errors.length > 0) throw new ContentError(errors);
      logger.info(`${names.length} server files (${parsed} parsed, ${names.length - parsed} unchanged)`);
    },
  };
}
