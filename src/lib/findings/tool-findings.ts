import { textToCallOrderHits } from './call-order-rules.ts';
import { textToExcerpt } from './excerpt.ts';
import { textToExfiltrationHits } from './exfiltration-rules.ts';
import type { Hit } from './hit.ts';
import { textToInstructionHits } from './instruction-rules.ts';
import { compareFindings, type Finding } from './kinds.ts';
import { nameToHygieneFindings } from './name-rules.ts';
import { schemaToStrings } from './schema-strings.ts';
import { textToShadowingHits, type ToolNameLookup } from './shadowing-rules.ts';
import { textToAnsiHits, textToInvisibleHits, textToMixedScriptHits } from './unicode-rules.ts';

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
  annotations?: { title?: unknown };
}

/** A description this long is padding or payload more often than documentation. */
export const LONG_TEXT_CHARACTERS = { medium: 4_000, high: 20_000 } as const;

type Role = 'name' | 'property-name' | 'text';

/**
 * Audits one tool definition: its name, title, description, annotation title and every string in
 * its input schema. At most one finding per kind and field (the most severe), sorted most severe
 * first. Pure and bounded: safe on a megabyte description or a schema with a thousand properties.
 */
export function toolToFindings(tool: AuditedTool, context: FindingContext): Finding[] {
  const findings = nameToHygieneFindings(tool.name);
  const scan = (field: string, text: string, role: Role): void => {
    for (const hit of bestHitPerKind(textToHits(text, role, context))) {
      findings.push({ kind: hit.kind, severity: hit.severity, field, message: hit.message, excerpt: textToExcerpt(text, hit.index, hit.length) });
    }
  };
  scan('name', tool.name, 'name');
  if (typeof tool.title === 'string') scan('title', tool.title, 'text');
  if (typeof tool.description === 'string') scan('description', tool.description, 'text');
  if (typeof tool.annotations?.title === 'string') scan('annotations.title', tool.annotations.title, 'text');
  const { strings, truncated } = schemaToStrings(tool.inputSchema);
  for (const { field, text, role } of strings) scan(field, text, role);
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

function textToHits(text: string, role: Role, context: FindingContext): Hit[] {
  const hits = [...textToAnsiHits(text), ...textToInvisibleHits(text), ...textToMixedScriptHits(text, role === 'name')];
  // Names are read as words too: a property called `ignore_previous_instructions` is an instruction.
  const prose = role === 'text' ? text : text.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  hits.push(...textToInstructionHits(prose), ...textToCallOrderHits(prose));
  if (role !== 'text') return hits;
  hits.push(...textToShadowingHits(text, context.otherServerToolNames), ...textToExfiltrationHits(text), ...textToLengthHits(text));
  return hits;
}

function textToLengthHits(text: string): Hit[] {
  if (text.length <= LONG_TEXT_CHARACTERS.medium) return [];
  const severity = text.length > LONG_TEXT_CHARACTERS.high ? 'high' : 'medium';
  return [{ kind: 'long-text', severity, message: `Is ${text.length.toLocaleString('en-US')} characters long, far more than a tool needs to describe itself.`, index: 0, length: 0 }];
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

function bestHitPerKind(hits: Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const hit of hits) {
    const current = best.get(hit.kind);
    if (!current || RANK[hit.severity] < RANK[current.severity] || (RANK[hit.severity] === RANK[current.severity] && hit.index < current.index)) best.set(hit.kind, hit);
  }
  return [...best.values()];
}
