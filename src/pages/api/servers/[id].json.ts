import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, serverPageKeys } from '../../../catalogue.ts';
import { serverToDetail } from '../../../lib/api.ts';
import type { CatalogueServer } from '../../../lib/catalogue.ts';

export const getStaticPaths = (() => catalogue.servers.map((entry) => ({ params: { id: entry.server.id }, props: { entry }, cacheKey: serverPageKeys.get(entry) }))) satisfies GetStaticPaths;

/** One server in full: see /api/server.schema.json. */
export const GET: APIRoute<{ entry: CatalogueServer }> = ({ props, site }) => new Response(JSON.stringify(serverToDetail(props.entry, site!.href), null, 1), { headers: { 'Content-Type': 'application/json' } });
