/** One row of an npm package list: name, version, monthly downloads, summary. */
export interface PackageRow {
  npm: string;
  version: string;
  downloads: number;
  summary: string;
}

/** A package that may be an MCP server, or why it is not tried. */
export type Selection = { candidate: true } | { candidate: false; reason: string };

const MENTIONS_MCP = /(^|[^a-z])mcp([^a-z]|$)|model context protocol/i;
// A name run together with "mcp" at its end (`lsmcp`, `0nmcp`, `@x/morphmcp`) names a server as plainly as `ls-mcp`.
const NAME_ENDS_IN_MCP = /[a-z0-9]mcp$/i;

// Each rule names a kind of package that is not a server one can start and list: the first that
// matches the name or the summary gives the reason recorded in the candidate list.
const NOT_A_SERVER: [RegExp, RegExp | undefined, string][] = [
  [/(^|[-/@.])(sdk|types?|typings|schema|schemas|utils?|core|common|shared|protocol|spec|helpers?)($|[-/])/, /\b(SDK|type definitions|TypeScript types)\b/, 'SDK, types or library'],
  [/(^|[-/@.])(framework|fastmcp|tmcp|toolkit|kit|lib|middleware|adapters?|handler|runtime|nest|express|hono|next|nuxt|vite|zod|valibot)($|[-/])/, /\b(framework for|library for|adapter for|middleware|build(ing)? (your own )?MCP servers|create MCP servers)\b/i, 'framework or adapter for building servers'],
  [/(^|[-/@.])(client|clients|inspector|cli-client|host|use-mcp|chat|ui)($|[-/])/, /\b(MCP client|client library|inspector|debugging MCP servers)\b/i, 'client or inspector'],
  [/(^|[-/@.])(proxy|gateway|bridge|remote|tunnel|supergateway|router|hub|aggregator|connect|transport|sse|http)($|[-/])/, /\b(proxy|gateway|bridge|transport)\b/i, 'proxy, gateway or transport'],
  [/(^|[-/@.])(evals?|test|testing|mock|fixtures?|benchmark)($|[-/])/, /\b(evaluat\w+ MCP|test(ing)? MCP)\b/i, 'testing or evaluation tooling'],
  [/(^|[-/@.])(template|starter|boilerplate|create|generator|scaffold|init)($|[-/])/, /\b(template|starter|boilerplate|scaffold)\b/i, 'template or generator'],
  [/(^|[-/@.])(plugin|extension|provider|instrumentation|config|linux-x64|linux-arm64|darwin-x64|darwin-arm64|win32-x64|win32-arm64)($|[-/])/, /\b(instrumentation|For Internal Use Only|platform-specific binary)\b/i, 'plugin, provider or platform binary of another package'],
];

/** Whether a package of the list is worth an import attempt, and if not, why. */
export function selectCandidate(row: PackageRow): Selection {
  if (!MENTIONS_MCP.test(row.npm) && !NAME_ENDS_IN_MCP.test(row.npm) && !MENTIONS_MCP.test(row.summary)) return { candidate: false, reason: 'not about MCP' };
  const name = row.npm.toLowerCase();
  for (const [namePattern, summaryPattern, reason] of NOT_A_SERVER) {
    if (namePattern.test(name) && !/server/.test(name)) return { candidate: false, reason };
    if (summaryPattern?.test(row.summary) && !/\bMCP server\b|\bserver for\b/i.test(row.summary)) return { candidate: false, reason };
  }
  return { candidate: true };
}

/** Parses the npm package list (tab-separated, a header line first). Rows without a version are dropped. */
export function parsePackageList(text: string): PackageRow[] {
  return text.split('\n').slice(1).flatMap((line) => {
    const [npm, version, downloads, summary = ''] = line.split('\t');
    if (!npm || !version || !/^\d+\.\d+\.\d+/.test(version)) return [];
    return [{ npm, version, downloads: Number(downloads) || 0, summary: summary.trim() }];
  });
}
