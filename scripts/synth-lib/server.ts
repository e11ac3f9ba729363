import type { ServerInput } from '../../src/lib/schemas/server.ts';
import type { Random } from './random.ts';
import { synthesiseTool, type ServerStyle } from './tool.ts';
import { DOMAINS, NAME_STYLES, VENDORS } from './vocabulary.ts';

/** One server with `toolCount` tools; `usedIds` keeps ids unique across the catalogue. */
export function synthesiseServer(random: Random, toolCount: number, usedIds: Set<string>): ServerInput {
  const domain = random.pick(DOMAINS);
  const vendor = random.pick(VENDORS);
  const id = uniqueId(`${vendor}-${domain.key}`, usedIds);
  const service = `${vendor[0]!.toUpperCase()}${vendor.slice(1)} ${domain.label}`;
  const sendsAnnotations = random.chance(0.65);
  const style: ServerStyle = {
    domain,
    service,
    nameStyle: random.weighted(NAME_STYLES),
    namePrefix: random.chance(0.15) ? vendor : undefined,
    schema: {
      camelCase: random.chance(0.3),
      additionalPropertiesFalse: random.chance(0.5),
      draft07: random.chance(0.4),
      describedShare: random.pick([0.3, 0.7, 1]),
    },
    annotationShare: sendsAnnotations ? 0.92 : 0,
    fullAnnotations: random.chance(0.5),
    titleShare: random.pick([0, 0, 0.5, 1]),
    detailShare: random.pick([0, 0, 0, 0.5, 0.9]),
  };
  const usedNames = new Set<string>();
  const tools = Array.from({ length: toolCount }, () => synthesiseTool(random, style, usedNames));
  const npm = `@${vendor}/${domain.key}-mcp`;
  const version = `${random.int(0, 3)}.${random.int(0, 20)}.${random.int(0, 9)}`;
  return {
    id,
    name: `${service} MCP`,
    description: `${service}: ${domain.nouns.slice(0, 4).map((n) => n.replaceAll('_', ' ')).join(', ')} and more, from an MCP client.`,
    repository: `https://github.com/${vendor}/${id}-mcp`,
    ...(random.chance(0.5) ? { homepage: `https://${vendor}.example.com/mcp` } : {}),
    run: {
      npm,
      version,
      command: `npx -y ${npm}`,
      ...(random.chance(0.7) ? { env: [`${vendor.toUpperCase()}_API_KEY`] } : {}),
    },
    transport: random.weighted({ stdio: 0.8, http: 0.15, sse: 0.05 }),
    tags: [...domain.tags],
    source: {
      kind: 'tools-list-json',
      date: `2026-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      serverVersion: version,
      protocolVersion: random.pick(['2025-06-18', '2025-11-25']),
    },
    tools,
  };
}

function uniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}
