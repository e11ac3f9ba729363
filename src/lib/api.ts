import type { Catalogue, CatalogueServer, CatalogueTool } from './catalogue.ts';
import { toolPolicyTexts } from './catalogue.ts';
import { policyToShortText, ruleToSentence } from './policy/describe.ts';
import type { CatalogueIndex, ServerDetail } from './schemas/api.ts';
import { toolHistoryToApi } from './history/api.ts';
import { toolHistoryOf } from './history/tool-history.ts';
import { toolExampleCalls } from './tool-examples.ts';

/** Absolute URL of a site path. */
function absolute(site: string, path: string): string {
  return new URL(path, site).href;
}


/** `/api/catalogue.json`. */
export function catalogueToIndex(catalogue: Catalogue, site: string): CatalogueIndex {
  return {
    name: 'MCP tool risk catalogue',
    site: absolute(site, '/'),
    counts: { servers: catalogue.servers.length, tools: catalogue.tools.length, byCategory: catalogue.countsByCategory, byRisk: catalogue.countsByRisk },
    servers: catalogue.servers.map((s) => ({
      id: s.server.id,
      name: s.server.name,
      url: absolute(site, s.url),
      api: absolute(site, `/api/servers/${s.server.id}.json`),
      policy: { yaml: absolute(site, `${s.url}policy.yaml`), json: absolute(site, `${s.url}policy.json`) },
      tools: s.tools.map((t) => ({
        name: t.tool.name,
        category: t.classification.category,
        risk: t.classification.risk,
        confidence: t.classification.confidence,
        url: absolute(site, t.url),
        policy: absolute(site, `${t.url}#policy`),
      })),
    })),
  };
}

/** `/api/servers/<id>.json`. */
export function serverToDetail(entry: CatalogueServer, site: string): ServerDetail {
  const { server } = entry;
  return {
    id: server.id,
    name: server.name,
    description: server.description,
    ...(server.repository ? { repository: server.repository } : {}),
    ...(server.homepage ? { homepage: server.homepage } : {}),
    run: server.run,
    transport: server.transport,
    tags: server.tags,
    source: server.source,
    ...(server.versions ? { versions: server.versions } : {}),
    history: server.history ?? [],
    url: absolute(site, entry.url),
    policy: { yaml: absolute(site, `${entry.url}policy.yaml`), json: absolute(site, `${entry.url}policy.json`), document: JSON.parse(entry.policyJson) as Record<string, unknown> },
    tools: entry.tools.map((t) => {
      const c = t.classification;
      return {
        name: t.tool.name,
        ...(t.tool.title !== undefined ? { title: t.tool.title } : {}),
        ...(t.tool.description !== undefined ? { description: t.tool.description } : {}),
        inputSchema: t.tool.inputSchema,
        ...(t.tool.annotations ? { annotations: t.tool.annotations } : {}),
        url: absolute(site, t.url),
        category: c.category,
        risk: c.risk,
        confidence: c.confidence,
        evidence: c.evidence,
        contradictions: c.contradictions,
        ...(c.override ? { override: c.override } : {}),
        recommendation: policyToShortText(toolPolicyTexts(t).policy, t.tool.name),
        argumentChecks: (toolPolicyTexts(t).policy.tools[t.tool.name]?.rules ?? []).filter((r) => r.conditions?.length).map(ruleToSentence),
        attacks: t.exposures.map((e) => ({ slug: e.slug, url: absolute(site, `/attacks/${e.slug}/`), reasons: e.reasons })),
        hash: t.hash,
        changes: t.changes,
        history: toolHistoryToApi(toolHistoryOf(server, t.tool.name)),
        findings: t.findings,
        policy: { url: absolute(site, `${t.url}#policy`), document: toolPolicyTexts(t).policy as unknown as Record<string, unknown>, examples: toolExampleCalls(t) },
      };
    }),
  };
}
