import { mkdirSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { z } from 'zod';
import { descendantPids, killPids } from './process-tree.ts';
import type { SourceKind } from '../../src/lib/schemas/server.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/** What a server (or a saved file) told us about itself and its tools, unmodified. */
export interface Listing {
  kind: SourceKind;
  serverName: string;
  serverVersion: string;
  /** The revision agreed during `initialize`, when known. */
  protocolVersion?: string;
  /** Raw tool objects as they arrived on the wire. */
  tools: unknown[];
  /** Facts a scaffold states about the server, used where neither flags nor the existing file say. */
  about?: { repository?: string; homepage?: string; tags?: string[] };
  /** PolicyLayer's category per tool name, from a scaffold. */
  categories?: Map<string, Category>;
}

export interface ListOptions {
  command: string[];
  env: Map<string, string>;
  setEnv: Map<string, string>;
  connectTimeoutMs: number;
  pageTimeoutMs: number;
  /** The folder to start the server in (created if missing); default: the current one. */
  cwd?: string;
  /** PATH for the server, replacing ours. */
  path?: string;
  log: (line: string) => void;
}

const MAX_PAGES = 50;

// The SDK's own ListToolsResultSchema strips unknown annotation keys and rejects schemas it
// dislikes; we want the tools byte-exact, and our ServerSchema judges them later.
const RawListSchema = z.looseObject({ tools: z.array(z.unknown()), nextCursor: z.string().optional() });

// Variables the child needs besides the SDK's safe defaults: the CA bundle so npx can reach the
// registry through a TLS-inspecting proxy. Nothing else from our environment leaks to the server.
const PASS_THROUGH = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];

/** Starts the server over stdio, reads every tools/list page and always shuts the server down. */
export async function listToolsLive(options: ListOptions): Promise<Listing> {
  const [command, ...args] = options.command;
  if (!command) throw new Error('no command given');
  const env: Record<string, string> = { ...getDefaultEnvironment() };
  for (const key of PASS_THROUGH) if (process.env[key]) env[key] = process.env[key];
  if (options.path) env.PATH = options.path;
  for (const [key, value] of [...options.setEnv, ...options.env]) env[key] = value;

  if (options.cwd) mkdirSync(options.cwd, { recursive: true });
  const transport = new StdioClientTransport({ command, args, env, stderr: 'pipe', ...(options.cwd ? { cwd: options.cwd } : {}) });
  const stderrTail = collectTail(transport);
  // The SDK skips stdout lines that are not JSON-RPC and only reports them here (the Client
  // chains onto a handler set before connect). A server that logs to stdout is broken for every
  // client, so say so instead of timing out silently.
  const garbage = { lines: 0, sample: '' };
  transport.onerror = (error) => {
    if (!(error instanceof SyntaxError || error.name === 'ZodError')) return;
    garbage.lines++;
    garbage.sample ||= error instanceof SyntaxError ? error.message.replace(/\s+/g, ' ').slice(0, 80) : 'JSON that is not a JSON-RPC message';
  };
  const notJson = (): string => (garbage.lines > 0 ? `the server wrote ${garbage.lines} line(s) to stdout that are not JSON-RPC (${garbage.sample})` : '');
  const detail = (): string => [notJson(), stderrTail() && `server stderr: ${stderrTail().slice(-400)}`].filter(Boolean).join('; ');
  let protocolVersion: string | undefined;
  // v1's Client keeps the negotiated revision private; it hands it to transports that want it
  // (HTTP needs it for a header), so a stdio transport given this hook reports it to us.
  Object.assign(transport, { setProtocolVersion: (v: string) => (protocolVersion = v) });

  const client = new Client({ name: 'mcp-tool-risk-catalogue-importer', version: '0.1.0' });
  try {
    const shown = options.command[0] === 'bwrap' ? `(sandboxed) ${options.command.slice(options.command.indexOf('--') + 1).join(' ')}` : options.command.join(' ');
    options.log(`starting ${shown}…`);
    await withCrashDetail(client.connect(transport, { timeout: options.connectTimeoutMs }), detail, `connect (timeout ${options.connectTimeoutMs / 1000} s)`);
    const info = client.getServerVersion();
    const serverName = info?.name ?? '';
    const serverVersion = info?.version ?? '';
    options.log(`connected to ${serverName} v${serverVersion} (protocol ${protocolVersion ?? 'unknown'})`);
    if (!client.getServerCapabilities()?.tools) options.log('warning: server does not declare the tools capability; asking anyway');

    const tools: unknown[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 1; ; page++) {
      const params = cursor === undefined ? {} : { cursor };
      const request = client.request({ method: 'tools/list', params }, RawListSchema, { timeout: options.pageTimeoutMs });
      const result = await withCrashDetail(request, detail, `tools/list page ${page} (timeout ${options.pageTimeoutMs / 1000} s)`);
      tools.push(...result.tools);
      options.log(`page ${page}: ${result.tools.length} tools`);
      cursor = result.nextCursor;
      if (cursor === undefined) break;
      if (seen.has(cursor)) { options.log(`warning: cursor repeated on page ${page}; stopping`); break; }
      if (page >= MAX_PAGES) { options.log(`warning: stopped after ${MAX_PAGES} pages; the list may be incomplete`); break; }
      seen.add(cursor);
    }
    if (garbage.lines > 0) options.log(`warning: ${notJson()}`);
    return { kind: 'live-import', serverName, serverVersion, protocolVersion, tools };
  } finally {
    const tree = transport.pid ? [transport.pid, ...descendantPids(transport.pid)] : [];
    await client.close().catch(() => undefined);
    killPids(tree);
  }
}

/**
 * Keeps the last lines of the server's stderr, so a crash can be explained in one line: the last
 * line that reads like the reason (an error, a missing setting), then the very last line.
 */
function collectTail(transport: StdioClientTransport): () => string {
  const lines: string[] = [];
  transport.stderr?.on('data', (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 60));
  });
  return () => {
    const reason = lines.findLast((l) => !/^at\s|^\^+$|^Node\.js v/.test(l) && /error|required|missing|must|please|not (set|found|configured)|invalid|cannot|can't|unable|usage/i.test(l));
    return [...new Set([reason, lines.at(-1)].filter(Boolean))].join(' | ');
  };
}

async function withCrashDetail<T>(promise: Promise<T>, detail: () => string, step: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    // The SDK's wording hides the usual cause: the process died (bad args, missing key, crash).
    if (/Connection closed/.test(message)) message += ' (the server exited or closed stdout)';
    const more = detail();
    throw new Error(`${step} failed: ${message}${more ? ` (${more})` : ''}`);
  }
}
