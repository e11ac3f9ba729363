import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, serverPageKeys } from '../../../catalogue.ts';
import type { CatalogueServer } from '../../../lib/catalogue.ts';

export const getStaticPaths = (() => catalogue.servers.map((entry) => ({ params: { id: entry.server.id }, props: { entry }, cacheKey: serverPageKeys.get(entry) }))) satisfies GetStaticPaths;

/** The whole-server policy as a JSON file to download. */
export const GET: APIRoute<{ entry: CatalogueServer }> = ({ props }) => new Response(props.entry.policyJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
