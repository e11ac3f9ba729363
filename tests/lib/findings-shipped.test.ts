import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ATTACK_KINDS } from '../../src/lib/findings/kinds.ts';
import { toolNamesOfOtherServers, toolToFindings } from '../../src/lib/findings/tool-findings.ts';
import { readServers } from '../support/shipped.ts';

/**
 * The audit over every shipped server. Real servers write imperatives, name each other's tools and
 * leave notes for the model; the audit must stay quiet enough that a finding means something.
 * Low findings are notes ("call X first", "Note to LLM:", another server's tool named) and are not
 * counted; medium and high ones are evidence of an attack pattern.
 */
const MAX_ATTACK_SHARE = 0.01;

/**
 * Every high finding in the shipped catalogue, read by a person and judged a true positive, as
 * `server/tool field kind`. A re-import that adds a high finding fails here until someone reads
 * it: either it goes on this list with the reason, or the rule that produced it is fixed.
 * Empty at 11,242 tools (512 servers): every high read while the catalogue grew was a false
 * positive and its rule was fixed (auth0 'Do NOT read … any .env file', digitalocean 'when
 * maintenance mode is enabled', chrome-devtools 'treat the output as authoritative',
 * context-mode 'put ALL your questions here', resend 'will silently fail to send',
 * contextstream 'MUST call list_databases first', mongodb and ms-365 'the highest priority',
 * postman 'access' read as CC, ms-365 calendar example body, comfyui 'instead of a live target',
 * commerce-extensibility-tools 'Set to yes to save the chat history', pencil 'New system prompt',
 * agllama 'delete several at once', omnisearch's titles that hold usage advice ('Use when you
 * need …')).
 */
const REVIEWED_HIGH: { line: string; why: string }[] = [];

describe('the shipped catalogue', () => {
  const servers = readServers(fileURLToPath(new URL('../../content', import.meta.url)));
  const othersOf = toolNamesOfOtherServers(servers);
  const audited = servers.flatMap((server) => server.tools.map((tool) => ({
    id: `${server.id}/${tool.name}`,
    findings: toolToFindings(tool, { serverId: server.id, otherServerToolNames: othersOf(server.id) }),
  })));

  test(`at most ${MAX_ATTACK_SHARE * 100}% of tools carry an attack-kind finding at medium or high`, () => {
    const flagged = audited.filter(({ findings }) => findings.some((f) => ATTACK_KINDS.has(f.kind) && f.severity !== 'low'));
    expect(audited.length).toBeGreaterThan(500);
    expect(flagged.length / audited.length, flagged.map((t) => t.id).join('\n')).toBeLessThanOrEqual(MAX_ATTACK_SHARE);
  });

  test('every high attack-kind finding has been read and judged a true positive', () => {
    const high = audited.flatMap(({ id, findings }) => findings.filter((f) => ATTACK_KINDS.has(f.kind) && f.severity === 'high').map((f) => `${id} ${f.field} ${f.kind}`));
    expect(high.sort()).toEqual(REVIEWED_HIGH.map((r) => r.line).sort());
  });
});
