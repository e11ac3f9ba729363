import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ServerDetailSchema } from '../../lib/schemas/api.ts';

/** JSON Schema of /api/servers/<id>.json, generated from the schema that types it. */
export const GET: APIRoute = () => new Response(JSON.stringify(z.toJSONSchema(ServerDetailSchema), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
