/** A number of tools in words: "1 tool", "2 tools", "1,234 tools". */
export function toolCount(count: number): string {
  return `${count.toLocaleString('en-US')} tool${count === 1 ? '' : 's'}`;
}

/** A number of MCP tools in words, for page descriptions: "1 MCP tool", "11,242 MCP tools". */
export function mcpToolCount(count: number): string {
  return `${count.toLocaleString('en-US')} MCP tool${count === 1 ? '' : 's'}`;
}
