import { classifyTool, type Classification } from './classifier/classify.ts';
import { toolsToServerContext } from './classifier/server-context.ts';
import { nameToWords } from './classifier/words.ts';
import { toolToExposures, type AttackExposure, type MatchableAttack } from './attack-match.ts';
import type { ArgumentRules } from './policy/argument-rules.ts';
import { choiceToText, type Choice } from './policy/choices.ts';
import type { RateClass } from './policy/rates.ts';
import { toolToRecommendation } from './policy/recommend.ts';
import { toolToPolicy, type PolicyTool } from './policy/compose.ts';
import { serverPolicyTexts, type ServerPolicyInput } from './policy/server-policy.ts';
import { policyToJson, policyToYaml } from './policy/serialize.ts';
import type { Policy } from './policy/types.ts';
import type { Server } from './schemas/server.ts';
import type { Tool } from './schemas/tool.ts';
import { namesToSlugs } from './slug.ts';
import { toDisplayText } from './display-text.ts';
import { FINDING_KIND_INFO, compareFindings, findingToAttackSlug, type Finding } from './findings/kinds.ts';
import { toolNamesOfOtherServers, toolToFindings } from './findings/tool-findings.ts';
import type { ToolNameLookup } from './findings/shadowing-rules.ts';
import { toolToHash } from './tool-hash.ts';
import { CATEGORIES, RISKS, type Category, type Risk } from './taxonomy.ts';
import { toolCount } from './count-words.ts';
import { compare } from './code-point.ts';
import { compareByUse } from './server-rankings.ts';

/** A tool with everything the pages show of it, computed once per build. */
export interface CatalogueTool {
  tool: Tool;
  /** The name as pages print it: invisible characters made visible, cut at 300 characters. */
  label: string;
  server: CatalogueServer;
  slug: string;
  url: string;
  classification: Classification;
  argumentRules: ArgumentRules;
  /** The kind of tool its rate limit is chosen for (see policy/rates.ts). */
  rateClass: RateClass;
  choice: Choice;
  choiceText: string;
  policyTool: PolicyTool;
  exposures: AttackExposure[];
  /** What the definition audit found in the tool's text, most severe first. */
  findings: Finding[];
  /** Stable hash of the definition (canonical JSON of name, title, description, schema, annotations). */
  hash: string;
  /** Dated changes to this tool's definition, newest first, from the server's import history. */
  changes: ToolHistory[];
  /** Other tools of this category: first of this server, then of other servers with the same name verb (those after it in the category listing, servers of like use). */
  related: CatalogueTool[];
}

/** A server with its tools and its whole-server policy. */
export interface CatalogueServer {
  server: Server;
  /** The display name as pages print it (a server's self-reported name is third-party text). */
  name: string;
  url: string;
  tools: CatalogueTool[];
  countsByCategory: Record<Category, number>;
  /** What the whole-server policy is built from (also handed to the page's policy builder). */
  policyInput: ServerPolicyInput;
  policyYaml: string;
  policyJson: string;
}

/** One dated change of one tool: when it appeared, or which fields changed. */
export interface ToolHistory {
  date: string;
  added: boolean;
  fields: string[];
}

/** The whole catalogue and the indexes the pages look things up in. */
export interface Catalogue {
  /** In id order. */
  servers: CatalogueServer[];
  /** In server id order, each server's tools in its own order (tool pages, the API, search). */
  tools: CatalogueTool[];
  /** Most used servers first (compareByUse in server-rankings.ts), each server's tools together in its own order. */
  toolsByCategory: Map<Category, CatalogueTool[]>;
  /** In the order of toolsByCategory. */
  toolsByRisk: Map<Risk, CatalogueTool[]>;
  /** Most relevant first; ties in the order of toolsByCategory. */
  toolsByAttack: Map<string, CatalogueTool[]>;
  /** Tools with at least one finding, most severe first; ties in the order of toolsByCategory. */
  toolsWithFindings: CatalogueTool[];
  countsByCategory: Record<Category, number>;
  countsByRisk: Record<Risk, number>;
}

const RELATED_PER_SOURCE = 4;

/** Rows per page of a tool listing (category, risk, attack): no page grows with the catalogue. */
export const LIST_PAGE_SIZE = 100;

/** Builds the catalogue from validated servers: classification, slugs, policies, attack links, related tools. O(tools × attacks). */
export function buildCatalogue(servers: readonly Server[], attacks: readonly MatchableAttack[]): Catalogue {
  const sortedServers = [...servers].sort((a, b) => compare(a.id, b.id));
  const otherToolNames = toolNamesOfOtherServers(sortedServers);
  const catalogueServers = sortedServers.map((server) => serverToCatalogue(server, attacks, otherToolNames(server.id)));
  const tools = catalogueServers.flatMap((s) => s.tools);
  // Listings lead with the servers people run: in id order a reader of "Destructive" met pages of one
  // 1,083-tool CRM orchestrator (0nmcp) before filesystem or github. A server's tools stay together, in its own order.
  const listed = [...catalogueServers].sort(compareByUse()).flatMap((s) => s.tools);
  const listedAt = new Map(listed.map((t, i) => [t, i]));
  const compareListed = (a: CatalogueTool, b: CatalogueTool) => listedAt.get(a)! - listedAt.get(b)!;
  const toolsByCategory = groupBy(listed, (t) => t.classification.category, CATEGORIES);
  const toolsByRisk = groupBy(listed, (t) => t.classification.risk, RISKS);
  linkRelated(toolsByCategory);
  const toolsByAttack = new Map<string, CatalogueTool[]>(attacks.map((a) => [a.slug, []]));
  for (const tool of tools) for (const e of tool.exposures) toolsByAttack.get(e.slug)?.push(tool);
  for (const [slug, list] of toolsByAttack) {
    const relevance = (t: CatalogueTool) => t.exposures.find((e) => e.slug === slug)!.relevance;
    list.sort((a, b) => relevance(b) - relevance(a) || compareListed(a, b));
  }
  const toolsWithFindings = tools.filter((t) => t.findings.length > 0).sort((a, b) => compareFindings(a.findings[0]!, b.findings[0]!) || compareListed(a, b));
  return {
    servers: catalogueServers,
    tools,
    toolsByCategory,
    toolsByRisk,
    toolsByAttack,
    toolsWithFindings,
    countsByCategory: countsOf(toolsByCategory, CATEGORIES),
    countsByRisk: countsOf(toolsByRisk, RISKS),
  };
}

function serverToCatalogue(server: Server, attacks: readonly MatchableAttack[], otherServerToolNames: ToolNameLookup): CatalogueServer {
  const historyByTool = historyToToolChanges(server);
  const slugs = namesToSlugs(server.tools.map((t) => t.name));
  const entry = { server, name: toDisplayText(server.name, 200).text, url: `/servers/${server.id}/`, tools: [] as CatalogueTool[] } as CatalogueServer;
  // Sentences every tool of the server repeats describe the server, not a call: decided once per server.
  const serverContext = toolsToServerContext(server.tools);
  entry.tools = server.tools.map((tool) => {
    const classification = classifyTool(tool, serverContext);
    const { category } = classification;
    const { argumentRules, rateClass, choice, policyTool } = toolToRecommendation(tool, category);
    const slug = slugs.get(tool.name)!;
    const findings = toolToFindings(tool, { serverId: server.id, otherServerToolNames });
    return {
      tool,
      label: toDisplayText(tool.name, 300).text,
      server: entry,
      slug,
      url: `${entry.url}tools/${slug}/`,
      classification,
      argumentRules,
      rateClass,
      choice,
      choiceText: choiceToText(choice),
      policyTool,
      exposures: withFindingExposures(toolToExposures(tool, classification, attacks), findings, attacks),
      findings,
      hash: toolToHash(tool),
      changes: historyByTool.get(tool.name) ?? [],
      related: [],
    };
  });
  entry.countsByCategory = countsOf(groupBy(entry.tools, (t) => t.classification.category, CATEGORIES), CATEGORIES);
  entry.policyInput = { serverName: server.name, header: serverPolicyHeader(server), tools: entry.tools.map((t) => t.policyTool) };
  const texts = serverPolicyTexts(entry.policyInput, entry.tools.map((t) => t.choice));
  entry.policyYaml = texts.yaml;
  entry.policyJson = texts.json;
  return entry;
}

/** The comment at the top of a server's YAML policy: where it came from and how to run it. */
export function serverPolicyHeader(server: Server): string {
  return [
    `Intercept policy for ${server.name} (${toolCount(server.tools.length)}), from the MCP tool risk catalogue.`,
    `Tools read from ${server.run.npm ? `${server.run.npm}${server.run.version ? `@${server.run.version}` : ''}` : server.run.command} on ${server.source.date}.`,
    'default: deny — a tool the server adds later stays blocked until you list it.',
    `Run: intercept -c ${server.id}.yaml -- ${server.run.command}`,
  ].join('\n');
}

/** The recommended policy for one tool alone: the document, and its YAML and JSON text. */
export interface ToolPolicyTexts {
  policy: Policy;
  yaml: string;
  json: string;
}

const policyTextsByTool = new WeakMap<CatalogueTool, ToolPolicyTexts>();

/** The recommended policy for one tool; composed and serialised once, shared by its page, its FAQ and the API. */
export function toolPolicyTexts(tool: CatalogueTool): ToolPolicyTexts {
  let texts = policyTextsByTool.get(tool);
  if (!texts) {
    const policy = toolToPolicy(tool.policyTool, tool.choice, tool.server.server.name);
    texts = { policy, yaml: policyToYaml(policy), json: policyToJson(policy) };
    policyTextsByTool.set(tool, texts);
  }
  return texts;
}

/** Each tool's dated changes, from the server's history (newest first, as the file keeps it). */
function historyToToolChanges(server: Server): Map<string, ToolHistory[]> {
  const byTool = new Map<string, ToolHistory[]>();
  const add = (name: string, change: ToolHistory) => byTool.set(name, [...(byTool.get(name) ?? []), change]);
  for (const entry of server.history ?? []) {
    for (const name of entry.added) add(name, { date: entry.date, added: true, fields: [] });
    for (const change of entry.changed) add(change.name, { date: entry.date, added: false, fields: change.fields });
  }
  return byTool;
}

/** A finding is direct evidence of its attack pattern: it links the tool to it, ahead of signal matches. */
function withFindingExposures(exposures: AttackExposure[], findings: Finding[], attacks: readonly MatchableAttack[]): AttackExposure[] {
  if (findings.length === 0) return exposures;
  const known = new Set(attacks.map((a) => a.slug));
  const bySlug = new Map(exposures.map((e) => [e.slug, e]));
  for (const finding of findings) {
    const slug = findingToAttackSlug(finding);
    if (!slug || !known.has(slug)) continue;
    const reason = `finding: ${FINDING_KIND_INFO[finding.kind].label.toLowerCase()} (${finding.field})`;
    const existing = bySlug.get(slug);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.unshift(reason);
      existing.relevance += 100;
    } else bySlug.set(slug, { slug, relevance: 100, reasons: [reason] });
  }
  return [...bySlug.values()].sort((a, b) => b.relevance - a.relevance || compare(a.slug, b.slug));
}

function linkRelated(toolsByCategory: Map<Category, CatalogueTool[]>): void {
  for (const list of toolsByCategory.values()) {
    const byVerb = groupBy(list, (t) => nameToWords(t.tool.name)[0] ?? '', undefined);
    const positionInVerb = new Map<CatalogueTool, number>();
    for (const group of byVerb.values()) group.forEach((t, i) => positionInVerb.set(t, i));
    const byServer = groupBy(list, (t) => t.server.server.id, undefined);
    for (const tool of list) {
      const sameServer = byServer.get(tool.server.server.id)!.filter((t) => t !== tool).slice(0, RELATED_PER_SOURCE);
      const group = byVerb.get(nameToWords(tool.tool.name)[0] ?? '')!;
      const at = positionInVerb.get(tool)!;
      const elsewhere: CatalogueTool[] = [];
      for (let step = 1; step < group.length && elsewhere.length < RELATED_PER_SOURCE && step <= 200; step++) {
        const other = group[(at + step) % group.length]!;
        if (other.server !== tool.server) elsewhere.push(other);
      }
      tool.related = [...sameServer, ...elsewhere];
    }
  }
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K, keys: readonly K[] | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>((keys ?? []).map((k) => [k, []]));
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function countsOf<K extends string>(groups: Map<K, unknown[]>, keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, groups.get(k)?.length ?? 0])) as Record<K, number>;
}

/** Code-point order (defined in code-point.ts; kept here for the modules that import it from the catalogue). */
export { compare };
