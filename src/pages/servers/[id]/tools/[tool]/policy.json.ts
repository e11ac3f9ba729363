import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../../../../catalogue.ts';
import { toolPolicyTexts, type CatalogueTool } from '../../../../../lib/catalogue.ts';

export const getStaticPaths = (() => catalogue.tools.map((entry) => ({ params: { id: entry.server.server.id, tool: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

/** The recommended policy for one tool, as a YAML file to download. */
export const GET: APIRoute<{ entry: CatalogueTool }> = ({ props }) => new Response(toolPolicyTexts(props.entry).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
