/**
 * The only module that reads content collections. It builds the catalogue once per build, at module
 * scope, and every page imports the result: nothing is classified or rendered to policy twice.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue } from './lib/catalogue.ts';
import { compare } from './lib/catalogue.ts';
import type { Server } from './lib/schemas/server.ts';
import { RISKS } from './lib/taxonomy.ts';
import { serverPageCacheKey, toolPageCacheKey } from './lib/page-keys.ts';
import { changesByServerId, latestImportDate, serversToChanges } from './lib/history/changes.ts';
import { serversToListings } from './lib/server-listing.ts';

/** An attack pattern page: its slug, frontmatter and MDX entry (rendered by the attack page). */
export type AttackEntry = CollectionEntry<'attacks'>;

const serverEntries = await getCollection('servers');
const attackEntries = await getCollection('attacks');

/** Attack patterns in slug order. */
export const attacks: AttackEntry[] = [...attackEntries].sort((a, b) => compare(a.id, b.id));

/** The whole catalogue, computed once. */
export const catalogue = buildCatalogue(
  // The loader validated every file with ServerSchema before storing it as JSON text.
  serverEntries.map((entry) => JSON.parse(entry.data.serverJson) as Server),
  attacks.map((entry) => ({ slug: entry.id, abuses: entry.data.abuses, signals: entry.data.signals, severityRank: RISKS.indexOf(entry.data.severity) })),
);

/** The orders and filters of the server list (/servers/, /servers/by/<key>/), computed once. */
export const serverListings = serversToListings(catalogue.servers);

/** Every recorded tool change, newest first (/changes/, the feeds, /api/changes.json), and each server's own. */
export const changes = serversToChanges(catalogue.servers);
export const changesByServer = changesByServerId(changes);
/** What a feed without entries is dated with: the catalogue's newest import. */
export const latestImport = latestImportDate(catalogue.servers);

/** Attack entries by slug, for links from tool pages. */
export const attackBySlug = new Map(attacks.map((entry) => [entry.id, entry]));

/** An attack pattern's title, the text of every link to its page (the slug only if no page has it). */
export function attackTitle(slug: string): string {
  return attackBySlug.get(slug)?.data.title ?? slug;
}

/** An attack pattern as tool pages print it (title and severity): part of their cache keys. */
export function attackLabel(slug: string): string {
  const attack = attackBySlug.get(slug);
  return attack ? `${attack.data.title} (${attack.data.severity})` : slug;
}

/**
 * Incremental builds (CATALOGUE_INCREMENTAL=1, see astro.config.mjs) key each page on a digest of
 * what it shows. The digests cost a hash of every tool's data, so a normal build skips them.
 */
const incremental = process.env.CATALOGUE_INCREMENTAL === '1';

/** Incremental-build cache keys of tool pages, computed once (server pages include them too); empty when not incremental. */
export const toolPageKeys = new Map(incremental ? catalogue.tools.map((tool) => [tool, toolPageCacheKey(tool, attackLabel)]) : []);

/** Incremental-build cache keys of server pages, and of the server's policy files and API entry, which follow from the same data. */
export const serverPageKeys = new Map(incremental ? catalogue.servers.map((server) => [server, serverPageCacheKey(server, server.tools.map((t) => toolPageKeys.get(t)!))]) : []);
