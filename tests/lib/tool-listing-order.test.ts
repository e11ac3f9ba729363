import { describe, expect, test } from 'vitest';
import { buildCatalogue, type CatalogueTool } from '../../src/lib/catalogue.ts';
import { toolListingOrder } from '../../src/lib/listing-order.ts';
import type { Server } from '../../src/lib/schemas/server.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/** A server whose tools have the given names and categories (reviewed overrides: the classifier cannot move them). */
function server(id: string, tools: [name: string, category: Category][], downloads?: number): Server {
  return {
    id,
    name: id,
    description: '',
    run: { command: `npx -y ${id}` },
    transport: 'stdio',
    tags: [],
    source: { kind: 'live-import', date: '2026-11-25' },
    ...(downloads === undefined ? {} : { downloads }),
    tools: tools.map(([name, category]) => ({ name, description: `${name} of ${id}.`, inputSchema: { type: 'object' }, override: { category, reason: 'test fixture' } })),
  };
}

/**
 * The lowest id is the least used server (as 0nmcp is), and its tools come in the server's own
 * order, not by name. Two servers without a download count follow the counted ones, the bigger first.
 */
const servers = [
  server('aaa-niche', [['remove_b', 'Destructive'], ['remove_a', 'Destructive'], ['get_x', 'Read']], 12),
  server('mmm-uncounted-small', [['remove_m', 'Destructive']]),
  server('nnn-uncounted-big', [['remove_n1', 'Destructive'], ['remove_n2', 'Destructive'], ['get_n', 'Read']]),
  server('zzz-popular', [['remove_z', 'Destructive'], ['get_z', 'Read']], 900_000),
  server('yyy-used', [['remove_y', 'Destructive']], 40_000),
];
/** Every Destructive tool with `remove` in its name matches equally: the list's order is all tie-break. */
const attacks = [{ slug: 'removal', abuses: ['Destructive' as const], signals: { names: ['remove'], descriptions: [], arguments: [], annotations: {}, anyTool: false }, severityRank: 0 }];
const catalogue = buildCatalogue(servers, attacks);
const names = (tools: readonly CatalogueTool[] | undefined) => (tools ?? []).map((t) => `${t.server.server.id}/${t.tool.name}`);
const MOST_USED_FIRST = ['zzz-popular/remove_z', 'yyy-used/remove_y', 'aaa-niche/remove_b', 'aaa-niche/remove_a', 'nnn-uncounted-big/remove_n1', 'nnn-uncounted-big/remove_n2', 'mmm-uncounted-small/remove_m'];

describe('tool listings lead with the most used servers', () => {
  test('a category lists the most downloaded server first, each server’s tools together in its own order, uncounted servers last by size', () => {
    expect(names(catalogue.toolsByCategory.get('Destructive'))).toEqual(MOST_USED_FIRST);
    expect(names(catalogue.toolsByCategory.get('Read'))).toEqual(['zzz-popular/get_z', 'aaa-niche/get_x', 'nnn-uncounted-big/get_n']);
  });

  test('a risk level lists in the same order', () => {
    expect(names(catalogue.toolsByRisk.get('Critical'))).toEqual(MOST_USED_FIRST);
  });

  test('an attack’s equally relevant tools tie-break the same way', () => {
    expect(names(catalogue.toolsByAttack.get('removal'))).toEqual(MOST_USED_FIRST);
  });

  test('a more relevant tool still comes before a more used server', () => {
    const relevant = server('aaa-niche', [['remove_b', 'Destructive'], ['remove_a', 'Destructive'], ['get_x', 'Read']], 12);
    relevant.tools[1] = { ...relevant.tools[1]!, inputSchema: { type: 'object', properties: { remove: { type: 'boolean' } } } };
    const withArgument = [{ ...attacks[0]!, signals: { ...attacks[0]!.signals, arguments: ['remove'] } }];
    const list = names(buildCatalogue([relevant, ...servers.slice(1)], withArgument).toolsByAttack.get('removal'));
    expect(list[0]).toBe('aaa-niche/remove_a');
    expect(list.slice(1)).toEqual(MOST_USED_FIRST.filter((n) => n !== 'aaa-niche/remove_a'));
  });

  test('servers, every tool (tool pages, API, search) and each server’s own tools keep id order', () => {
    expect(catalogue.servers.map((s) => s.server.id)).toEqual(['aaa-niche', 'mmm-uncounted-small', 'nnn-uncounted-big', 'yyy-used', 'zzz-popular']);
    expect(names(catalogue.tools).slice(0, 3)).toEqual(['aaa-niche/remove_b', 'aaa-niche/remove_a', 'aaa-niche/get_x']);
  });

  test('a tool’s related tools elsewhere are the next in the category listing: the niche server’s lead to less used ones, the least used wraps to the most used', () => {
    const byName = new Map(catalogue.tools.map((t) => [t.tool.name, t]));
    const elsewhere = (name: string) => names(byName.get(name)!.related.filter((t) => t.server !== byName.get(name)!.server));
    expect(elsewhere('remove_z')).toEqual(['yyy-used/remove_y', 'aaa-niche/remove_b', 'aaa-niche/remove_a', 'nnn-uncounted-big/remove_n1']);
    expect(elsewhere('remove_m')).toEqual(['zzz-popular/remove_z', 'yyy-used/remove_y', 'aaa-niche/remove_b', 'aaa-niche/remove_a']);
  });
});

describe('the listing pages say their order', () => {
  test.each([
    { case: 'every server counted', list: servers.filter((s) => s.downloads !== undefined), line: "Most used servers first (monthly npm downloads), each server's tools together.", tieBreak: 'most used servers first' },
    { case: 'some servers counted', list: servers, line: "Most used servers first (monthly npm downloads; servers without a count follow, by number of tools), each server's tools together.", tieBreak: 'most used servers first' },
    { case: 'no server counted', list: servers.filter((s) => s.downloads === undefined), line: "Servers with the most tools first, each server's tools together.", tieBreak: 'servers with the most tools first' },
  ])('$case', ({ list, line, tieBreak }) => {
    expect(toolListingOrder(buildCatalogue(list, []).servers)).toEqual({ line, tieBreak });
  });
});
