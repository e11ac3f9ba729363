import { RegistryServerSchema } from '../import-lib/server-json.ts';

/** One server of a registry's list: its server.json, and its npm stdio package when it has one. */
export interface RegistryEntry {
  name: string;
  serverJson: unknown;
  npm?: string;
  version?: string;
}

/** Reads one page of `GET /v0/servers`: entries are `{ server, _meta }` (or bare server.json in older registries). */
export async function readRegistryPage(url: URL): Promise<{ entries: RegistryEntry[]; nextCursor?: string }> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  const body = (await response.json()) as { servers?: unknown[]; metadata?: { nextCursor?: string | null; next_cursor?: string | null } };
  if (!Array.isArray(body.servers)) throw new Error(`${url.href}: no "servers" list in the answer`);
  const entries = body.servers.flatMap((item): RegistryEntry[] => {
    const raw = typeof item === 'object' && item !== null && 'server' in item ? (item as { server: unknown }).server : item;
    const parsed = RegistryServerSchema.safeParse(raw);
    if (!parsed.success) return [];
    const npm = parsed.data.packages.find((p) => p.registryType === 'npm' && (p.transport?.type ?? 'stdio') === 'stdio');
    return [{ name: parsed.data.name, serverJson: raw, npm: npm?.identifier, version: npm?.version ?? parsed.data.version }];
  });
  return { entries, nextCursor: body.metadata?.nextCursor ?? body.metadata?.next_cursor ?? undefined };
}
