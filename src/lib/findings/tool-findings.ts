import { propertyDescriptionToHits } from './argument-definition-rules.ts';
import { textToExcerpt } from './excerpt.ts';
import { ATTACK_KINDS, compareFindings, type Finding } from './kinds.ts';
import { nameToHygieneFindings } from './name-rules.ts';
import { lowerOwnSecretArgument, schemaToPropertyNames } from './own-argument-rules.ts';
import { lowerNamedPurpose, propertyOwnValueToHits } from './property-own-value-rules.ts';
import { recipientDefaultToHits } from './recipient-default-rules.ts';
import { schemaToStrings } from './schema-strings.ts';
import { descriptionToJoinedSentences } from './split-fields.ts';
import type { ToolNameLookup } from './shadowing-rules.ts';
import { textToLocatedHits, type LocatedHit, type TextRole } from './text-hits.ts';
import { toolToWeighedHit } from './weighed-sentence-rules.ts';

export { LONG_TEXT_CHARACTERS } from './text-hits.ts';

/** What a tool is judged against: its server, and the tool names of every other catalogued server. */
export interface FindingContext {
  serverId: string;
  /** Names of other servers' tools, without this server's own names (see `toolNamesOfOtherServers`). */
  otherServerToolNames: ToolNameLookup;
}

/** The tool fields the audit reads; a parsed `Tool` fits. */
export interface AuditedTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  /** MCP annotations: only `title` holds text; the hints are booleans, with nothing to audit. */
  annotations?: { title?: unknown; [hint: string]: unknown };
}

/**
 * Audits one tool definition: its name, title, description, annotation title and every string in
 * its input schema, with hidden text decoded. At most one finding per kind and field (the most
 * severe), sorted most severe first. Pure and bounded: safe on a megabyte description or a schema
 * with a thousand properties.
 */
export function toolToFindings(tool: AuditedTool, context: FindingContext): Finding[] {
  const findings = nameToHygieneFindings(tool.name);
  const textContext = { otherServerToolNames: context.otherServerToolNames, toolName: tool.name, toolTopic: [tool.name, tool.title, tool.description].filter((t) => typeof t === 'string').join(' ').slice(0, 2_000) };
  const propertyNames = schemaToPropertyNames(tool.inputSchema);
  const scan = (field: string, text: string, role: TextRole): void => {
    const located = textToLocatedHits(text, role, textContext);
    // A property's description says "this" for it, at any depth: read with the property's name (property-own-value-rules.ts).
    const owner = role === 'text' ? OWN_PROPERTY.exec(field) : null;
    const named = owner ? propertyOwnValueToHits(owner[1]!, text).map((hit) => ({ ...hit, source: text }))
      // A `cc` or `notify_url` whose default is an outside address copies every call there (recipient-default-rules.ts).
      : role === 'value' ? recipientDefaultToHits(field, text).map((hit) => ({ ...hit, source: text })) : [];
    // A parameter's description also says what its value is: "the full conversation so far" asks for it.
    const read = role === 'text' && PROPERTY_DESCRIPTION.test(field) ? [...located, ...named, ...propertyDescriptionToHits(text, field).map((hit) => ({ ...hit, source: text }))] : named.length > 0 ? [...located, ...named] : located;
    const hits = owner ? read.map((hit) => lowerNamedPurpose(hit, owner[1]!)) : read;
    if (hits.length === 0) return;
    // A one-time code asked for the tool's own `otp` parameter is how it takes one (own-argument-rules.ts).
    const own = field === 'description' ? hits.map((hit) => lowerOwnSecretArgument(hit, propertyNames)) : hits;
    for (const hit of bestHitPerKind(own)) {
      findings.push({ kind: hit.kind, severity: hit.severity, field, message: hit.message, excerpt: hitToExcerpt(hit) });
    }
  };
  scan('name', tool.name, 'name');
  if (typeof tool.title === 'string') scan('title', tool.title, 'label');
  if (typeof tool.description === 'string') scan('description', tool.description, 'text');
  if (typeof tool.annotations?.title === 'string') scan('annotations.title', tool.annotations.title, 'label');
  const { strings, truncated } = schemaToStrings(tool.inputSchema);
  for (const { field, text, role } of strings) scan(field, text, role);
  // A sentence completed by a property's text: what neither field said alone, at medium at most.
  if (typeof tool.description === 'string') {
    const seen = new Set(findings.filter((f) => f.severity !== 'low').map((f) => f.kind));
    for (const { field, text } of descriptionToJoinedSentences(tool.description, tool.inputSchema)) {
      const hits = textToLocatedHits(text, 'text', textContext).filter((hit) => ATTACK_KINDS.has(hit.kind) && hit.severity !== 'low' && !seen.has(hit.kind));
      for (const hit of bestHitPerKind(hits)) {
        seen.add(hit.kind);
        findings.push({ kind: hit.kind, severity: 'medium', field, message: `${hit.message} (read with the property it names)`, excerpt: hitToExcerpt(hit) });
      }
    }
  }
  // Where no rule spoke, the weighed-sentence net reads every sentence once more (weighed-sentence-rules.ts).
  if (!findings.some((f) => ATTACK_KINDS.has(f.kind) && f.severity !== 'low')) {
    const weighed = toolToWeighedHit(tool, strings);
    if (weighed) findings.push({ kind: weighed.kind, severity: weighed.severity, field: weighed.field, message: weighed.message, excerpt: textToExcerpt(weighed.source, weighed.index, weighed.length) });
  }
  if (truncated) {
    findings.push({ kind: 'long-text', severity: 'low', field: 'inputSchema', message: 'The input schema is too large or too deep to audit in full; only part of it was read.', excerpt: '' });
  }
  return findings.sort(compareFindings);
}

/** Findings of every tool of a server, by tool name; tools without findings are left out. */
export function serverToFindings(server: { id: string; tools: readonly AuditedTool[] }, otherServerToolNames: ToolNameLookup): Map<string, Finding[]> {
  const byTool = new Map<string, Finding[]>();
  for (const tool of server.tools) {
    const findings = toolToFindings(tool, { serverId: server.id, otherServerToolNames });
    if (findings.length > 0) byTool.set(tool.name, findings);
  }
  return byTool;
}

/**
 * For each server, a lookup of the tool names that only OTHER servers have: a name the server
 * itself also uses is its own tool, not a shadowing target. Built once for the whole catalogue.
 */
export function toolNamesOfOtherServers(servers: readonly { id: string; tools: readonly { name: string }[] }[]): (serverId: string) => ToolNameLookup {
  const serversByName = new Map<string, Set<string>>();
  for (const server of servers) {
    for (const tool of server.tools) {
      const ids = serversByName.get(tool.name) ?? new Set<string>();
      ids.add(server.id);
      serversByName.set(tool.name, ids);
    }
  }
  return (serverId) => ({ has: (name) => { const ids = serversByName.get(name); return ids !== undefined && !ids.has(serverId); } });
}

/** The excerpt of a hit; text decoded from a hidden segment says how it was hidden. */
function hitToExcerpt(hit: LocatedHit): string {
  return hit.hiddenBy ? `[${hit.hiddenBy}] ${textToExcerpt(hit.source, hit.index, hit.length)}` : textToExcerpt(hit.source, hit.index, hit.length);
}

const PROPERTY_DESCRIPTION = /^inputSchema\..*\.description$/;
const OWN_PROPERTY = /\.properties\.([A-Za-z_$][\w$-]*)\.description$/;

const RANK = { high: 0, medium: 1, low: 2 } as const;

function bestHitPerKind(hits: LocatedHit[]): LocatedHit[] {
  const best = new Map<string, LocatedHit>();
  for (const hit of hits) {
    const current = best.get(hit.kind);
    if (!current || RANK[hit.severity] < RANK[current.severity] || (RANK[hit.severity] === RANK[current.severity] && hit.index < current.index)) best.set(hit.kind, hit);
  }
  return [...best.values()];
}
