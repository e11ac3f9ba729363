/**
 * What follows a server's name to call it an MCP server or tool: " MCP server", or only " server"
 * for a server named "Browser MCP", and nothing for one named "Foo MCP Server" — never "MCP MCP".
 */
export function mcpNounAfter(name: string, noun: 'server' | 'tool'): string {
  if (noun === 'server' && /\bMCP\s+server$/i.test(name)) return '';
  return /\bMCP$/i.test(name) ? ` ${noun}` : ` MCP ${noun}`;
}

/** "<name> MCP server" or "<name> MCP tool", worded by `mcpNounAfter`. */
export function serverNameWith(name: string, noun: 'server' | 'tool'): string {
  return `${name}${mcpNounAfter(name, noun)}`;
}
