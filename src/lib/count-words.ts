/** A number of tools in words: "1 tool", "2 tools", "1,234 tools". */
export function toolCount(count: number): string {
  return `${count.toLocaleString('en-US')} tool${count === 1 ? '' : 's'}`;
}
