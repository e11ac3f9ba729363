import type { APIRoute } from 'astro';
import { catalogue } from '../catalogue.ts';
import { catalogueToLlmsTxt } from '../lib/llms-txt.ts';

/** The site for language models, in the llms.txt convention. */
export const GET: APIRoute = ({ site }) => new Response(catalogueToLlmsTxt(catalogue, site!.href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
