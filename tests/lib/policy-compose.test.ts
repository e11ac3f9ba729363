import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { schemaToArgumentRules } from '../../src/lib/policy/argument-rules.ts';
import { CHOICE_MODES, recommendedChoice, recommendedChoiceFor, type Choice } from '../../src/lib/policy/choices.ts';
import { choiceToRules, serverToPolicy, toolToPolicy, type PolicyTool } from '../../src/lib/policy/compose.ts';
import { policyToJson, policyToYaml } from '../../src/lib/policy/serialize.ts';
import { toolToRateClass, type RateClass } from '../../src/lib/policy/rates.ts';
import { WINDOWS } from '../../src/lib/policy/types.ts';
import type { InputSchema } from '../../src/lib/schemas/tool.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { CATEGORIES, type Category } from '../../src/lib/taxonomy.ts';

const payment: PolicyTool = {
  name: 'create_payment',
  category: 'Financial',
  argumentRules: schemaToArgumentRules('create_payment', 'Financial', { type: 'object', properties: { amount: { type: 'number' } }, required: ['amount'] }, '').rules,
};
const readFile: PolicyTool = { name: 'read_file', category: 'Read', argumentRules: [] };
const deleteRepo: PolicyTool = { name: 'delete_repo', category: 'Destructive', argumentRules: [] };
const runCommand: PolicyTool = {
  name: 'run_command',
  category: 'Execute',
  argumentRules: schemaToArgumentRules('run_command', 'Execute', { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] }, '').rules,
};

describe('choiceToRules', () => {
  test('gives an allowed tool no rules', () => {
    expect(choiceToRules(runCommand, { mode: 'allow' })).toEqual([]);
  });

  test('gives a limited tool its rate limit first, then its argument rules', () => {
    const rules = choiceToRules(payment, { mode: 'limit', count: 5, window: 'minute' });
    expect(rules[0]).toEqual({ name: 'at most 5 per minute', rate_limit: '5/minute', on_deny: 'Rate limit reached: at most 5 calls per minute to this tool. Wait before retrying.' });
    expect(rules.slice(1)).toEqual(payment.argumentRules);
    expect(rules.map((rule) => rule.name)).toEqual(['at most 5 per minute', 'cap amount per call', 'cap amount per day']);
  });

  test('gives a denied tool its own on_deny when it has one (code evaluation), else its category’s', () => {
    const evaluate: PolicyTool = { name: 'browser_evaluate', category: 'Execute', argumentRules: [], denyMessage: 'Blocked by policy: this tool runs the code the agent writes in function.' };
    expect(choiceToRules(evaluate, { mode: 'deny' })[0]!.on_deny).toBe('Blocked by policy: this tool runs the code the agent writes in function.');
  });

  test.each(WINDOWS.map((window) => ({ window })))('writes a rate limit per $window', ({ window }) => {
    expect(choiceToRules(readFile, { mode: 'limit', count: 60, window })).toEqual([expect.objectContaining({ rate_limit: `60/${window}` })]);
  });

  test.each([
    { mode: 'deny' as const, tool: deleteRepo, capability: 'lose data or access irreversibly' },
    { mode: 'hide' as const, tool: deleteRepo, capability: 'lose data or access irreversibly' },
    { mode: 'deny' as const, tool: payment, capability: 'move money or create a financial obligation' },
    { mode: 'deny' as const, tool: runCommand, capability: 'run something whose effect depends on its input' },
  ])('gives a $tool.category tool in $mode mode one deny rule whose message names the category', ({ mode, tool, capability }) => {
    expect(choiceToRules(tool, { mode })).toEqual([
      {
        name: `block ${tool.category.toLowerCase()} tool`,
        action: 'deny',
        on_deny: `Blocked by policy: a call to this ${tool.category} tool can ${capability}. Ask a human to do it.`,
      },
    ]);
  });

  test('drops the argument rules of a denied tool, which are moot', () => {
    expect(choiceToRules(payment, { mode: 'deny' })).toHaveLength(1);
  });
});

describe('toolToPolicy', () => {
  test('writes a document for one tool with no default, so the server’s other tools are untouched', () => {
    const policy = toolToPolicy(readFile, { mode: 'limit', count: 60, window: 'minute' }, 'Filesystem');
    expect(policy).toEqual({
      version: '1',
      description: 'Recommended policy for the tool "read_file" of Filesystem',
      tools: { read_file: { rules: choiceToRules(readFile, { mode: 'limit', count: 60, window: 'minute' }) } },
    });
    expect('default' in policy).toBe(false);
    expect('hide' in policy).toBe(false);
  });

  test('lists a hidden tool under hide and denies it', () => {
    const policy = toolToPolicy(deleteRepo, { mode: 'hide' }, 'GitHub');
    expect(policy.hide).toEqual(['delete_repo']);
    expect(policy.tools.delete_repo!.rules).toEqual([expect.objectContaining({ action: 'deny' })]);
    expect('default' in policy).toBe(false);
  });

  test('does not hide a denied tool', () => {
    expect('hide' in toolToPolicy(deleteRepo, { mode: 'deny' }, 'GitHub')).toBe(false);
  });

  test('quotes the tool name in the description', () => {
    expect(toolToPolicy({ ...readFile, name: 'a "b"' }, { mode: 'allow' }, 'S').description).toBe('Recommended policy for the tool "a \\"b\\"" of S');
  });
});

describe('serverToPolicy', () => {
  const tools = [
    { tool: readFile, choice: { mode: 'limit', count: 60, window: 'minute' } as Choice },
    { tool: deleteRepo, choice: { mode: 'hide' } as Choice },
    { tool: payment, choice: { mode: 'deny' } as Choice },
    { tool: runCommand, choice: { mode: 'allow' } as Choice },
  ];
  const policy = serverToPolicy('Demo', tools);

  test('is an allow-list: default deny', () => {
    expect(policy.version).toBe('1');
    expect(policy.default).toBe('deny');
    expect(policy.description).toBe('Recommended policy for every tool of Demo');
  });

  test('addresses every tool, in the order given', () => {
    expect(Object.keys(policy.tools)).toEqual(['read_file', 'delete_repo', 'create_payment', 'run_command']);
    for (const { tool, choice } of tools) expect(policy.tools[tool.name]!.rules).toEqual(choiceToRules(tool, choice));
  });

  test('lists a hidden tool in hide and also denies it under tools', () => {
    expect(policy.hide).toEqual(['delete_repo']);
    expect(policy.tools.delete_repo!.rules).toEqual([expect.objectContaining({ name: 'block destructive tool', action: 'deny' })]);
  });

  test('writes no hide key when nothing is hidden', () => {
    expect('hide' in serverToPolicy('Demo', [{ tool: readFile, choice: { mode: 'allow' } }])).toBe(false);
  });

  test('keeps a tool named __proto__ as an own key, not the prototype', () => {
    const proto = serverToPolicy('Demo', [{ tool: { ...deleteRepo, name: '__proto__' }, choice: { mode: 'hide' } }, { tool: readFile, choice: { mode: 'allow' } }]);
    expect(Object.hasOwn(proto.tools, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(proto.tools)).toBe(Object.prototype);
    expect(Object.keys(proto.tools)).toEqual(['__proto__', 'read_file']);
    expect(proto.hide).toEqual(['__proto__']);
    expect(validatePolicy(proto)).toEqual([]);
    expect(parse(policyToYaml(proto))).toEqual(proto);
    expect(JSON.parse(policyToJson(proto))).toEqual(proto);
  });

  test('writes a document with no tools for a server with none', () => {
    expect(serverToPolicy('Empty', [])).toEqual({ version: '1', description: 'Recommended policy for every tool of Empty', default: 'deny', tools: {} });
  });
});

describe('recommendedChoice', () => {
  const input = (category: Category, rateClass: RateClass, boundsMoney = false, deniedForCode = false) => ({ category, rateClass, boundsMoney, deniedForCode });

  test.each([
    { label: 'Read → 120/minute', input: input('Read', 'read'), expected: { mode: 'limit', count: 120, window: 'minute' } },
    { label: 'Write → 30/minute', input: input('Write', 'write'), expected: { mode: 'limit', count: 30, window: 'minute' } },
    { label: 'a message → 30/hour', input: input('Write', 'message'), expected: { mode: 'limit', count: 30, window: 'hour' } },
    { label: 'a browser action → 60/minute', input: input('Execute', 'browser'), expected: { mode: 'limit', count: 60, window: 'minute' } },
    { label: 'a checked command → 30/minute', input: input('Execute', 'command'), expected: { mode: 'limit', count: 30, window: 'minute' } },
    { label: 'a deployment → 30/hour', input: input('Execute', 'deployment'), expected: { mode: 'limit', count: 30, window: 'hour' } },
    { label: 'another Execute tool → 20/minute', input: input('Execute', 'execute'), expected: { mode: 'limit', count: 20, window: 'minute' } },
    { label: 'code evaluation → deny', input: input('Execute', 'browser', false, true), expected: { mode: 'deny' } },
    { label: 'Other → 10/minute', input: input('Other', 'unreviewed'), expected: { mode: 'limit', count: 10, window: 'minute' } },
    { label: 'Destructive → hide', input: input('Destructive', 'destructive'), expected: { mode: 'hide' } },
    { label: 'Destructive with money bounded → hide', input: input('Destructive', 'destructive', true), expected: { mode: 'hide' } },
    { label: 'Financial with money bounded → 10/hour', input: input('Financial', 'payment', true), expected: { mode: 'limit', count: 10, window: 'hour' } },
    { label: 'Financial with money unbounded → deny', input: input('Financial', 'payment', false), expected: { mode: 'deny' } },
  ])('$label', ({ input, expected }) => {
    expect(recommendedChoice(input)).toEqual(expected);
  });
});

describe('a tool whose name is only whitespace', () => {
  // Intercept trims each `hide` entry and refuses an empty one (found by the property test).
  const blankNames = ['\n', '   ', '\t\r\n', '\u00a0', '\u0085', '\u3000'];

  test.each(blankNames.map((name) => ({ name })))('is recommended deny, not hide: $name', ({ name }) => {
    const destructive = { category: 'Destructive' as const, rateClass: 'destructive' as const, boundsMoney: false, deniedForCode: false };
    expect(recommendedChoiceFor(name, destructive)).toEqual({ mode: 'deny' });
    expect(recommendedChoiceFor('delete_repo', destructive)).toEqual({ mode: 'hide' });
  });

  test.each(blankNames.map((name) => ({ name })))('is denied, never listed under hide, when a reader picks hide: $name', ({ name }) => {
    const tool: PolicyTool = { name, category: 'Destructive', argumentRules: [] };
    const single = toolToPolicy(tool, { mode: 'hide' }, 'Odd');
    const server = serverToPolicy('Odd', [{ tool, choice: { mode: 'hide' } }, { tool: deleteRepo, choice: { mode: 'hide' } }]);
    expect(single.hide).toBeUndefined();
    expect(single.tools[name]!.rules.map((r) => r.action)).toEqual(['deny']);
    expect(server.hide).toEqual(['delete_repo']);
    expect(server.tools[name]!.rules.map((r) => r.action)).toEqual(['deny']);
    expect(validatePolicy(single)).toEqual([]);
    expect(validatePolicy(server)).toEqual([]);
  });
});

describe('every composed document', () => {
  const toolsByCategory: { tool: PolicyTool; canBoundMoney: boolean }[] = [readFile, deleteRepo, runCommand, payment, { name: 'create_issue', category: 'Write' as Category, argumentRules: [] }, { name: 'misc', category: 'Other' as Category, argumentRules: [] }].map((tool) => ({
    tool,
    canBoundMoney: tool.argumentRules.some((rule) => rule.state?.increment_from !== undefined),
  }));

  test.each(toolsByCategory.map(({ tool, canBoundMoney }) => ({ name: tool.name, tool, choice: recommendedChoice({ category: tool.category, rateClass: toolToRateClass(tool.name, tool.category, '', tool.argumentRules), boundsMoney: canBoundMoney, deniedForCode: false }) })))(
    'validates for $name with its recommended choice, alone and in a server policy',
    ({ tool, choice }) => {
      expect(validatePolicy(toolToPolicy(tool, choice, 'Demo'))).toEqual([]);
      expect(validatePolicy(serverToPolicy('Demo', [{ tool, choice }]))).toEqual([]);
    },
  );

  test.each(CHOICE_MODES.map((mode) => ({ mode })))('validates for every tool in $mode mode', ({ mode }) => {
    const choice: Choice = mode === 'limit' ? { mode, count: 1, window: 'day' } : { mode };
    const policy = serverToPolicy('Demo', toolsByCategory.map(({ tool }) => ({ tool, choice })));
    expect(validatePolicy(policy)).toEqual([]);
  });

  test('validates and round-trips through YAML for random tool names, categories and choices', () => {
    const toolName = fc.string({
      minLength: 1,
      maxLength: 24,
      unit: fc.oneof(fc.constantFrom('_', '-', '.', ':', '#', '*', '"', "'", ' ', '\n', '\u200b', '\u2028', '\u0085', 'a', 'Z', '0'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    });
    // Intercept trims hide entries, so a whitespace-only name is a known validator gap (see policy-validate.test.ts).
    const name = toolName.filter((n) => n.trim() !== '');
    const choice: fc.Arbitrary<Choice> = fc.oneof(
      fc.constant({ mode: 'allow' as const }),
      fc.record({ mode: fc.constant('limit' as const), count: fc.integer({ min: 1, max: 10_000 }), window: fc.constantFrom(...WINDOWS) }),
      fc.constant({ mode: 'deny' as const }),
      fc.constant({ mode: 'hide' as const }),
    );
    const entry = fc.tuple(name, fc.constantFrom(...CATEGORIES), choice, fc.boolean());
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 8, selector: ([n]) => n }), (entries) => {
        const tools = entries.map(([toolName, category, choice, withArguments]) => {
          const input: InputSchema = { type: 'object', properties: { amount: { type: 'number' }, command: { type: 'string' }, path: { type: 'string' }, force: { type: 'boolean' } }, required: ['amount', 'command', 'path'] };
          const argumentRules = withArguments ? schemaToArgumentRules(toolName, category, input, '').rules : [];
          return { tool: { name: toolName, category, argumentRules }, choice };
        });
        const server = serverToPolicy('Server "x": #1', tools);
        expect(validatePolicy(server)).toEqual([]);
        expect(parse(policyToYaml(server, 'header'))).toEqual(server);
        for (const { tool, choice } of tools) {
          const single = toolToPolicy(tool, choice, 'S');
          expect(validatePolicy(single)).toEqual([]);
          expect(parse(policyToYaml(single))).toEqual(single);
        }
      }),
      { numRuns: 200 },
    );
  });
});
