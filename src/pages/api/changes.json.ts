import type { APIRoute } from 'astro';
import { changes } from '../../catalogue.ts';
import { changesToIndex } from '../../lib/history/api.ts';

/** The most recent tool-definition changes across the catalogue: see /api/changes.schema.json. */
export const GET: APIRoute = ({ site }) => new Response(JSON.stringify(changesToIndex(changes, site!.href)), { headers: { 'Content-Type': 'application/json' } });
