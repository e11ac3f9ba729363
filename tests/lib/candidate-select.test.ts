import { describe, expect, test } from 'vitest';
import { selectCandidate } from '../../scripts/candidates-lib/select.ts';

const row = (npm: string, summary = '') => ({ npm, version: '1.0.0', downloads: 1, summary });

describe('which packages of the npm list are tried as MCP servers', () => {
  test.each(['@acme/github-mcp', 'mcp-server-time', 'lsmcp', '@mizchi/lsmcp', '0nmcp', '@morphllm/morphmcp'])('%s is tried', (npm) => {
    expect(selectCandidate(row(npm))).toEqual({ candidate: true });
  });

  test('a package whose summary names the protocol is tried', () => {
    expect(selectCandidate(row('acme-tools', 'A Model Context Protocol server for Acme'))).toEqual({ candidate: true });
  });

  test.each(['mcprotocol', 'mcpher-gas-fakes', 'left-pad', 'tmcpx'])('%s is not about MCP', (npm) => {
    expect(selectCandidate(row(npm))).toEqual({ candidate: false, reason: 'not about MCP' });
  });

  test('a framework whose name ends in mcp is still told apart', () => {
    expect(selectCandidate(row('tmcp'))).toMatchObject({ candidate: false, reason: 'framework or adapter for building servers' });
  });
});
