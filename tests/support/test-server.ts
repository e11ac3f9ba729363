import type { ServerInput } from '../../src/lib/schemas/server.ts';

/** What the site and browser tests vary in a server fixture; launch command, downloads, history and versions only where a test is about them. */
export type TestServerParts = Pick<ServerInput, 'id' | 'name' | 'tools'> & Partial<Pick<ServerInput, 'run' | 'downloads' | 'history' | 'versions'>>;

/**
 * A small server fixture for a test catalogue: the parts given, launched as `npx -y <id>` unless
 * `run` says otherwise, its tools read from a tools/list file on 2026-11-01.
 */
export function testServer({ id, name, tools, run = { command: `npx -y ${id}` }, ...rest }: TestServerParts): ServerInput {
  return { id, name, run, source: { kind: 'tools-list-json', date: '2026-11-01' }, ...rest, tools };
}
