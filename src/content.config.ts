import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AttackSchema } from './lib/schemas/attack.ts';
import { serverFilesLoader } from './loaders/server-files.ts';

/** The catalogue's content folder: `content/`, or another one named by CATALOGUE_CONTENT (a synthetic or private catalogue). */
const contentDir = path.resolve(process.env.CATALOGUE_CONTENT ?? 'content');
/** Attack patterns come with the content folder when it has them, else from the shipped database. */
const attacksDir = existsSync(path.join(contentDir, 'attacks')) ? path.join(contentDir, 'attacks') : path.resolve('content/attacks');

export const collections = {
  servers: defineCollection({ loader: serverFilesLoader(path.join(contentDir, 'servers')) }),
  attacks: defineCollection({ loader: glob({ pattern: '*.mdx', base: attacksDir }), schema: AttackSchema }),
};
