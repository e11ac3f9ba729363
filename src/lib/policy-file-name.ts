/**
 * The file a tool page's policy is saved as: `<server>-<tool>`, or the tool's slug alone when it
 * already starts with the server's id (`ebay_delete_offer`, not `ebay-ebay_delete_offer`).
 */
export function toolPolicyFileName(serverId: string, toolSlug: string): string {
  return toolSlug.startsWith(`${serverId}_`) || toolSlug.startsWith(`${serverId}-`) ? toolSlug : `${serverId}-${toolSlug}`;
}
