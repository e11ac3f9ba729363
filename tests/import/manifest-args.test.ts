import { describe, expect, test } from 'vitest';
import { entryToImportArgs, IMPORT_WORKDIR, SourceEntrySchema } from '../../scripts/import-lib/manifest.ts';

const base = { id: 'figma', name: 'Figma', description: 'Design files.' };

describe('entryToImportArgs', () => {
  test('starts an npx server in the fixed import folder, so what it reports does not depend on the checkout', () => {
    const args = entryToImportArgs(SourceEntrySchema.parse({ ...base, npm: 'figma-developer-mcp', version: '0.13.2', args: ['--stdio'] }), 'content/servers');
    const split = args.indexOf('--');
    expect(args.slice(0, split)).toEqual(expect.arrayContaining(['--cwd', IMPORT_WORKDIR]));
    expect(args[args.indexOf('--cwd') + 1]).toBe(IMPORT_WORKDIR);
    expect(args.slice(split + 1)).toEqual(['npx', '-y', 'figma-developer-mcp@0.13.2', '--stdio']);
    expect(IMPORT_WORKDIR).not.toContain(process.cwd());
  });

  test('runs an explicit command where the import runs (its paths may be relative)', () => {
    const args = entryToImportArgs(SourceEntrySchema.parse({ ...base, command: ['node', 'tests/fixtures/fake-mcp-server.ts', 'normal'] }), 'out');
    expect(args).not.toContain('--cwd');
    expect(args.slice(args.indexOf('--') + 1)).toEqual(['node', 'tests/fixtures/fake-mcp-server.ts', 'normal']);
  });
});
