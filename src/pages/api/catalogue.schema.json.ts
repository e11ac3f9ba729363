import type { APIRoute } from 'astro';
import { z } from 'zod';
import { CatalogueIndexSchema } from '../../lib/schemas/api.ts';

/** JSON Schema of /api/catalogue.json, generated from the schema that types it. */
export const GET: APIRoute = () => new Response(JSON.stringify(z.toJSONSchema(CatalogueIndexSchema), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
