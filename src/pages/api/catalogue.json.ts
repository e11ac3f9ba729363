import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue.ts';
import { catalogueToIndex } from '../../lib/api.ts';

/** Every server and tool, compact: see /api/catalogue.schema.json. */
export const GET: APIRoute = ({ site }) => new Response(JSON.stringify(catalogueToIndex(catalogue, site!.href)), { headers: { 'Content-Type': 'application/json' } });
