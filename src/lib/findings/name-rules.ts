import { escapeInvisible } from '../invisible.ts';
import type { Finding } from './kinds.ts';

/**
 * Name hygiene (low): the 2025-11-25 specification's character set and length (SHOULD-level),
 * the 64-character limit that hosts prefixing `mcp__<server>__` run into, and `.` or `/`, which
 * model APIs reject (`^[a-zA-Z0-9_-]{1,128}$`).
 * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-names
 * @see https://github.com/github/copilot-cli/issues/1879
 */
const SPEC_CHARACTERS = /^[A-Za-z0-9_.-]{1,128}$/;
const PORTABLE_LENGTH = 64;

/** Low findings about a tool name's portability. */
export function nameToHygieneFindings(name: string): Finding[] {
  const findings: Finding[] = [];
  const excerpt = escapeInvisible(name).slice(0, 160);
  const outside = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))];
  if (outside.length > 0 || name.length > 128) {
    const characters = outside.slice(0, 5).map((c) => escapeInvisible(JSON.stringify(c))).join(', ');
    const message = outside.length > 0
      ? `Uses characters outside the MCP tool-name set (A-Z, a-z, 0-9, _, -, .): ${characters}.`
      : `Is ${name.length} characters long; the MCP specification allows at most 128.`;
    findings.push({ kind: 'name-charset', severity: 'low', field: 'name', message, excerpt });
  }
  if (name.length > PORTABLE_LENGTH && SPEC_CHARACTERS.test(name)) {
    findings.push({ kind: 'name-length', severity: 'low', field: 'name', message: `Is ${name.length} characters long; hosts that prefix the server name break past 64.`, excerpt });
  }
  if (/[./]/.test(name)) {
    findings.push({ kind: 'name-separator', severity: 'low', field: 'name', message: 'Contains "." or "/", which several model APIs reject in tool names.', excerpt });
  }
  return findings;
}
