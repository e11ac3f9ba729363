import type { CatalogueServer } from './catalogue.ts';
import { downloadsFromServerFile, type DownloadsOf } from './server-rankings.ts';

/** How the catalogue's tool listings are ordered (toolsByCategory, compareByUse), said on the pages that show them. */
export interface ToolListingOrder {
  /** One line for a category or risk listing: "Most used servers first (monthly npm downloads), each server's tools together." */
  line: string;
  /** The order of equally relevant tools, after "most relevant first, then ": "most used servers first". */
  tieBreak: string;
}

/** The words for the listings' order: by downloads when any server has a count, else by number of tools (as compareByUse falls back). */
export function toolListingOrder(servers: readonly CatalogueServer[], downloadsOf: DownloadsOf = downloadsFromServerFile): ToolListingOrder {
  const counted = servers.filter((s) => downloadsOf(s) !== undefined).length;
  if (counted === 0) return { line: "Servers with the most tools first, each server's tools together.", tieBreak: 'servers with the most tools first' };
  const basis = counted === servers.length ? 'monthly npm downloads' : 'monthly npm downloads; servers without a count follow, by number of tools';
  return { line: `Most used servers first (${basis}), each server's tools together.`, tieBreak: 'most used servers first' };
}
