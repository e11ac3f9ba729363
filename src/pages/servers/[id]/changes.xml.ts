import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, changesByServer, serverPageKeys } from '../../../catalogue.ts';
import { changesToAtom } from '../../../lib/history/atom.ts';
import type { CatalogueServer } from '../../../lib/catalogue.ts';
import { serverNameWith } from '../../../lib/server-words.ts';

export const getStaticPaths = (() => catalogue.servers.map((entry) => ({ params: { id: entry.server.id }, props: { entry }, cacheKey: serverPageKeys.get(entry) }))) satisfies GetStaticPaths;

/** Atom feed of one server's tool-definition changes (linked from its page). */
export const GET: APIRoute<{ entry: CatalogueServer }> = ({ props: { entry }, site }) => {
  const feed = {
    title: `${entry.name}: changes to its MCP tools`,
    subtitle: `Tools of the ${serverNameWith(entry.name, 'server')} added, removed or changed, version by version, newest first.`,
    selfUrl: new URL(`${entry.url}changes.xml`, site).href,
    pageUrl: new URL(`${entry.url}#history`, site).href,
    emptyUpdated: entry.server.source.date,
  };
  return new Response(changesToAtom(changesByServer.get(entry.server.id) ?? [], feed, site!.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
