import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ChangesIndexSchema } from '../../lib/schemas/history-api.ts';

/** JSON Schema of /api/changes.json, generated from the schema that types it. */
export const GET: APIRoute = () => new Response(JSON.stringify(z.toJSONSchema(ChangesIndexSchema), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
