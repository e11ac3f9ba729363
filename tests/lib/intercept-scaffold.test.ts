import { describe, expect, test } from 'vitest';
import { parseInterceptScaffold } from '../../scripts/lib-intercept-scaffold.ts';

// A small scaffold in the format `intercept scan` writes (PolicyLayer/Intercept policies/), with the
// awkward parts: a description holding colons, a tool without a comment, a quoted key, rules that
// are not empty, and the commented-out global rate limit at the end.
const scaffold = `#  ─────────────────────────────────────────────────────────
#  Policy: Acme MCP Server
#  Server: acme/acme-mcp
#  Homepage: https://acme.example/mcp
#  Tags: acme, payments,  billing
#  Tools: 5
#  Generated: 2026-03-04T16:57:07Z
#  ─────────────────────────────────────────────────────────
version: "1"
description: "Policy for acme/acme-mcp"
#  Set to "deny" to reject tool calls not listed below
default: "allow"
tools:
    #  ── Read Tools ───────────────────────────────────────────
    #  list_things: List things: all of them, by page
    list_things:
        rules: []
    no_comment_tool:
        rules: []
    #  ── Financial Tools ───────────────────────────────────────────
    #  create_refund: Create refund
    "create_refund":
        rules:
          - name: "limit refunds"
            rate_limit: 5/minute
    #  ── Other Tools ───────────────────────────────────────────
    #  ping:
    ping:
        rules: []

  # Uncomment to apply a global rate limit across all tools:
  # "*":
  #   rules:
  #     - name: "global rate limit"
`;

describe('parseInterceptScaffold', () => {
  test('reads the server header', () => {
    expect(parseInterceptScaffold(scaffold).server).toEqual({ name: 'Acme', repository: 'acme/acme-mcp', homepage: 'https://acme.example/mcp', tags: ['acme', 'payments', 'billing'] });
  });

  test('reads each tool with the description above it and the category heading it sits under', () => {
    expect(parseInterceptScaffold(scaffold).tools).toEqual([
      { name: 'list_things', description: 'List things: all of them, by page', category: 'Read' },
      { name: 'no_comment_tool', description: '', category: 'Read' },
      { name: 'create_refund', description: 'Create refund', category: 'Financial' },
      { name: 'ping', description: '', category: 'Other' },
    ]);
  });

  test('leaves out header fields a scaffold does not have', () => {
    const bare = parseInterceptScaffold('tools:\n    #  ── Write Tools ──\n    #  x: Do x\n    x:\n        rules: []\n');
    expect(bare).toEqual({ server: { name: '', tags: [] }, tools: [{ name: 'x', description: 'Do x', category: 'Write' }] });
  });

  test.each([
    { problem: 'a tool before any heading', text: 'tools:\n    x:\n        rules: []\n', message: 'line 2: tool "x" sits under no "── <Category> Tools ──" heading' },
    { problem: 'an unknown category', text: 'tools:\n    #  ── Dangerous Tools ──\n', message: 'line 2: unknown category heading "Dangerous"' },
  ])('rejects $problem, naming the line', ({ text, message }) => {
    expect(() => parseInterceptScaffold(text)).toThrow(message);
  });
});
