import { readFileSync } from 'node:fs';
import { parseInterceptScaffold } from '../lib-intercept-scaffold.ts';
import type { Listing } from './list-tools.ts';

/**
 * Reads a saved `tools/list` answer: the JSON-RPC response, its `result`, or a bare array of
 * tools. A `serverInfo` next to the tools (as some dumps store it) names the server.
 */
export function listToolsFromJson(file: string, log: (line: string) => void): Listing {
  const value = readJson(file);
  const result = isRecord(value) && isRecord(value.result) ? value.result : value;
  const tools = Array.isArray(result) ? result : isRecord(result) ? result.tools : undefined;
  if (!Array.isArray(tools)) throw new Error(`${file}: expected a tools/list result ({"tools": [...]}), a JSON-RPC response holding one, or an array of tools`);
  if (isRecord(result) && typeof result.nextCursor === 'string') log(`warning: ${file} is one page (it has a nextCursor); tools on later pages are not in it`);
  const info = isRecord(value) && isRecord(value.serverInfo) ? value.serverInfo : {};
  return {
    kind: 'tools-list-json',
    serverName: typeof info.name === 'string' ? info.name : '',
    serverVersion: typeof info.version === 'string' ? info.version : '',
    tools,
  };
}

/**
 * Reads an Intercept policy scaffold. It has names, one-line descriptions and PolicyLayer's
 * categories, but no input schemas: each tool gets `{ type: object }`, which says nothing about
 * its arguments (source.kind tells pages so).
 */
export function listToolsFromScaffold(file: string): Listing {
  let scaffold;
  try {
    scaffold = parseInterceptScaffold(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not a readable Intercept scaffold: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const { server } = scaffold;
  return {
    kind: 'intercept-scaffold',
    serverName: server.name,
    serverVersion: '',
    tools: scaffold.tools.map((tool) => ({ name: tool.name, ...(tool.description ? { description: tool.description } : {}), inputSchema: { type: 'object' } })),
    about: { repository: repositoryUrl(server.repository), homepage: server.homepage || undefined, tags: server.tags.length > 0 ? server.tags : undefined },
    categories: new Map(scaffold.tools.map((tool) => [tool.name, tool.category])),
  };
}

// Scaffolds write `Server: owner/repo` for GitHub repositories; some write a bare package name.
function repositoryUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^https?:\/\//.test(value)) return value;
  return /^[\w.-]+\/[\w.-]+$/.test(value) ? `https://github.com/${value}` : undefined;
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
