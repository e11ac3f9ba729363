import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildCatalogue, toolPolicyTexts } from '../../src/lib/catalogue.ts';
import { CHOICE_MODES } from '../../src/lib/policy/choices.ts';
import { serverPolicyTexts } from '../../src/lib/policy/server-policy.ts';
import { evaluateCall } from '../../src/lib/policy/evaluate.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { toolExampleCalls } from '../../src/lib/tool-examples.ts';
import type { Server } from '../../src/lib/schemas/server.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/** Names built from the characters that break naive YAML, URLs and HTML, plus any string at all. */
const oddName = fc.oneof(
  fc.array(fc.constantFrom(':', '#', '"', "'", '&', '*', '!', '-', ' ', '\n', '\t', '?', '%', '@', '`', '|', '>', '{', '}', '[', ']', ',', '.', '/', '\\', 'é', 'ж', '日', '😀', '\u200b', '\u202e', '\u0085', '\u2028', 'a', 'b', '_', '1'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
  fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
  fc.constantFrom('__proto__', 'constructor', 'yes', 'null', '<<', '*', '- x', 'a: b', '0x1F', '1_000', 'delete_everything', 'create_refund', 'run_command'),
);

/** A JSON Schema property of some type, maybe with an enum. */
const property = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'array', 'object') }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(oddName, { minLength: 1, maxLength: 5 }) }),
  fc.record({ type: fc.constant('integer'), enum: fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }) }),
  fc.record({ anyOf: fc.array(fc.record({ type: fc.constantFrom('string', 'null') }), { maxLength: 2 }) }),
);

/** Argument names mixing the ones rules react to (amount, command, path, url, sql, force) with odd ones. */
const argumentName = fc.oneof(fc.constantFrom('amount', 'currency', 'command', 'path', 'url', 'sql', 'query', 'force', 'recursive', 'unit_amount', 'action'), oddName);

const tool: fc.Arbitrary<Tool> = fc
  .record({
    name: oddName,
    description: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Deletes a file', 'Charge a card', 'Run a shell command', 'Read-only SQL query')), { nil: undefined }),
    properties: fc.dictionary(argumentName, property, { maxKeys: 6 }),
    requiredShare: fc.double({ min: 0, max: 1, noNaN: true }),
    annotations: fc.option(fc.record({ readOnlyHint: fc.boolean(), destructiveHint: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map(({ name, description, properties, requiredShare, annotations }) => {
    const keys = Object.keys(properties);
    return { name, description, inputSchema: { type: 'object' as const, properties, required: keys.slice(0, Math.round(keys.length * requiredShare)) }, annotations };
  });

const server: fc.Arbitrary<Server> = fc.uniqueArray(tool, { minLength: 1, maxLength: 6, selector: (t) => t.name }).map((tools) => ({
  id: 'generated',
  name: 'Generated "server": #1',
  description: '',
  run: { command: 'npx -y generated-mcp' },
  transport: 'stdio',
  tags: [],
  source: { kind: 'live-import', date: '2026-11-25' },
  tools,
}));

describe('policies for generated tools', () => {
  test('every tool policy is valid, its YAML and JSON say the same, and the name round-trips exactly', () => {
    fc.assert(
      fc.property(server, (generated) => {
        for (const entry of buildCatalogue([generated], []).tools) {
          const { yaml, json } = toolPolicyTexts(entry);
          const fromYaml = parseYaml(yaml);
          expect(validatePolicy(fromYaml)).toEqual([]);
          expect(JSON.parse(json)).toEqual(fromYaml);
          expect(Object.keys(fromYaml.tools)).toEqual(entry.tool.name === '*' ? [] : [entry.tool.name]);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('every server policy, for any choice per tool, is valid and addresses every tool but "*"', () => {
    const choice = fc.oneof(fc.constantFrom(...CHOICE_MODES.filter((m) => m !== 'limit')).map((mode) => ({ mode }) as const), fc.record({ mode: fc.constant('limit' as const), count: fc.integer({ min: 1, max: 100_000 }), window: fc.constantFrom('minute' as const, 'hour' as const, 'day' as const) }));
    fc.assert(
      fc.property(server, fc.infiniteStream(choice), (generated, choices) => {
        const [entry] = buildCatalogue([generated], []).servers;
        const picked = entry!.tools.map(() => choices.next().value);
        const { yaml, json } = serverPolicyTexts(entry!.policyInput, picked);
        const fromYaml = parseYaml(yaml);
        expect(validatePolicy(fromYaml)).toEqual([]);
        expect(JSON.parse(json)).toEqual(fromYaml);
        expect(Object.keys(fromYaml.tools).sort()).toEqual(generated.tools.map((t) => t.name).filter((n) => n !== '*').sort());
      }),
      { numRuns: 150 },
    );
  });

  test('every tool allowed under a limit gets a typical example call its policy allows, and every example decides as the evaluator does', () => {
    fc.assert(
      fc.property(server, (generated) => {
        for (const entry of buildCatalogue([generated], []).tools) {
          const examples = toolExampleCalls(entry);
          expect(examples.length).toBeGreaterThanOrEqual(1);
          expect(examples.length).toBeLessThanOrEqual(4);
          if (entry.choice.mode === 'limit' && entry.tool.name !== '*') expect(examples[0]!.decision).toBe('allowed');
          for (const example of examples.filter((e) => e.callsBefore === 0)) {
            expect(evaluateCall(toolPolicyTexts(entry).policy, example.call).allowed).toBe(example.decision === 'allowed');
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
