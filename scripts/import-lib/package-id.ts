import { SERVER_ID_PATTERN } from '../../src/lib/schemas/server.ts';

// Names that need their publisher's scope to mean anything.
const GENERIC = new Set(['', 'cli', 'docs', 'doc', 'tools', 'tool', 'core', 'app', 'api', 'client', 'agent', 'agents', 'ai', 'dev', 'node', 'local', 'js', 'ts', 'sdk', 'plugin', 'official', 'main', 'lite', 'pro', 'connector', 'integration', 'search', 'code', 'data']);

// Words that say "this is an MCP server" and nothing about which one.
const NOISE = /(^|-)(mcp|server|mcpserver|model-context-protocol|modelcontextprotocol|stdio)(?=-|$)/g;

/**
 * A catalogue id for an npm package: the words that name the service, lower-case, without
 * "mcp"/"server" noise: `@upstash/context7-mcp` → `context7`, `mcp-server-kubernetes` →
 * `kubernetes`. A name that is only noise falls back to its scope (`@stripe/mcp` → `stripe`).
 */
export function packageToId(npm: string): string {
  const [scope, bare] = npm.startsWith('@') ? npm.slice(1).split('/', 2) : [undefined, npm];
  const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(NOISE, '$1').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const name = words(bare ?? '');
  const owner = words(scope ?? '');
  // A bare name that says nothing on its own (`@mastra/mcp-docs-server` → "docs") keeps its publisher.
  const id = (GENERIC.has(name) || name.length < 3) && owner ? `${owner}-${name}`.replace(/-$/, '') : name || owner || words(npm) || 'server';
  return SERVER_ID_PATTERN.test(id) ? id : `server-${id}`.replace(/-+$/, '');
}

/** `id`, or `id-2`, `id-3`… : the first that is not taken. */
export function uniqueId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}

// Words whose usual spelling is not "Capitalised": acronyms and brands (`ms-365-api` → "MS 365 API").
const SPELLINGS: Record<string, string> = Object.fromEntries([
  'AI', 'API', 'AWS', 'CI', 'CLI', 'CRM', 'CSS', 'CSV', 'DB', 'DNS', 'DOCX', 'ERP', 'GCP', 'HTML', 'HTTP', 'JSON', 'JWT', 'KV', 'LLM',
  'JS', 'LM', 'MCP', 'MS', 'MSSQL', 'OCR', 'PDF', 'PPTX', 'QA', 'RAG', 'REST', 'S3', 'SDK', 'SEO', 'SMS', 'SQL', 'SSH', 'SSL', 'SVG', 'UI',
  'URL', 'UX', 'XLSX', 'YAML',
  'DBeaver', 'DeepL', 'DevOps', 'DevTools', 'DuckDuckGo', 'eBay', 'GitHub', 'GitLab', 'GraphQL', 'iOS', 'JavaScript', 'macOS', 'MongoDB',
  'MySQL', 'n8n', 'npm', 'OpenAI', 'OpenAPI', 'PostgreSQL', 'QuickBooks', 'shadcn', 'TypeScript', 'YouTube',
].map((word) => [word.toLowerCase(), word]));

/** A readable name from an id: `google-maps` → `Google Maps`, `mysql-api` → `MySQL API`. */
export function idToName(id: string): string {
  return id.split('-').map((word) => SPELLINGS[word] ?? word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
