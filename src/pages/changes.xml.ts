import type { APIRoute } from 'astro';
import { changes, latestImport } from '../catalogue.ts';
import { changesToAtom } from '../lib/history/atom.ts';

/** Atom feed of the latest tool-definition changes across the catalogue (linked from /changes/). */
export const GET: APIRoute = ({ site }) => {
  const feed = {
    title: 'MCP tool risk catalogue: changes to tool definitions',
    subtitle: 'Tools added, removed or changed in a new version of a catalogued MCP server, newest first.',
    selfUrl: new URL('/changes.xml', site).href,
    pageUrl: new URL('/changes/', site).href,
    emptyUpdated: latestImport,
  };
  return new Response(changesToAtom(changes, feed, site!.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
