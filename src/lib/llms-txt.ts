import type { Catalogue } from './catalogue.ts';
import { toolCount } from './count-words.ts';
import { escapeInvisible } from './invisible.ts';
import { CATEGORIES } from './taxonomy.ts';

/**
 * The site as an llms.txt file: a title, a one-paragraph summary, then sections of links.
 * @see https://llmstxt.org/
 */
export function catalogueToLlmsTxt(catalogue: Catalogue, site: string): string {
  const url = (path: string) => new URL(path, site).href;
  const counts = CATEGORIES.map((c) => `${catalogue.countsByCategory[c].toLocaleString('en-US')} ${c}`).join(', ');
  return [
    '# MCP tool risk catalogue',
    '',
    `> What each of ${catalogue.tools.length.toLocaleString('en-US')} MCP (Model Context Protocol) tools of ${catalogue.servers.length.toLocaleString('en-US')} servers can do to the person running an agent, classified deterministically from each tool's own definition (${counts}), with a recommended policy for the open-source Intercept proxy in YAML and JSON.`,
    '',
    'Categories, in precedence order: Financial and Destructive (Critical risk), Execute (High), Write (Medium), Read (Low), Other (Medium, needs review). Every tool page gives the evidence behind its category, its parameters and annotations, the attack patterns it is exposed to, and a policy that passes `intercept validate`.',
    '',
    '## API',
    '',
    `- [Catalogue index](${url('/api/catalogue.json')}): every server and tool with category, risk, confidence, page and policy URLs ([JSON Schema](${url('/api/catalogue.schema.json')}))`,
    `- [One server in full](${url(`/api/servers/${catalogue.servers[0]?.server.id ?? 'ID'}.json`)}): /api/servers/{id}.json, with tools, evidence, attack exposures and policies ([JSON Schema](${url('/api/server.schema.json')}))`,
    '',
    '## Servers',
    '',
    ...catalogue.servers.map((s) => `- [${linkText(s.server.name)}](${url(s.url)}): ${toolCount(s.server.tools.length)}; policy: ${url(`${s.url}policy.yaml`)}`),
    '',
    '## Browse',
    '',
    `- [Categories](${url('/categories/')})`,
    `- [Risk levels](${url('/risk/')})`,
    `- [Attack patterns](${url('/attacks/')})`,
    '',
  ].join('\n');
}

/** Link text that cannot close the link early, carry markup, or hide characters: a server name is third-party text. */
function linkText(text: string): string {
  return escapeInvisible(text)
    .replace(/[[\]\\]/g, (c) => `\\${c}`)
    .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)
    .replace(/\s+/g, ' ');
}
