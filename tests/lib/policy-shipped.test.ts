import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { toolToPolicy } from '../../src/lib/policy/compose.ts';
import { toolToRecommendation } from '../../src/lib/policy/recommend.ts';
import type { Rule } from '../../src/lib/policy/types.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';
import { readServers } from '../support/shipped.ts';

/**
 * The promises of docs/policies.md, checked on every shipped tool (the catalogue grows to thousands:
 * one test loops over them all). What counts as a code argument or a sum of money is read here from
 * names and types alone, independently of src/lib/policy/argument-roles.ts.
 */

interface Shipped {
  id: string;
  tool: Tool;
  category: Category;
  rules: readonly Rule[];
  hidden: boolean;
}

const shipped: Shipped[] = readServers(fileURLToPath(new URL('../../content', import.meta.url))).flatMap((server) => {
  const context = toolsToServerContext(server.tools);
  return server.tools.map((tool) => {
    const { category } = classifyTool(tool, context);
    const { choice, policyTool } = toolToRecommendation(tool, category);
    const policy = toolToPolicy(policyTool, choice, server.name);
    return { id: `${server.id}/${tool.name}`, tool, category, rules: policy.tools[tool.name]?.rules ?? [], hidden: (policy.hide ?? []).includes(tool.name) };
  });
});

const properties = (tool: Tool) => Object.entries(tool.inputSchema.properties ?? {}).map(([name, raw]) => ({ name, property: (raw ?? {}) as Record<string, unknown>, required: (tool.inputSchema.required ?? []).includes(name) }));
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const isString = (p: Record<string, unknown>) => p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string') && !p.type.includes('array'));
const isNumber = (p: Record<string, unknown>) => ['number', 'integer'].includes(p.type as string) || (Array.isArray(p.type) && p.type.some((t) => t === 'number' || t === 'integer'));
const refusesEverything = (s: Shipped) => s.hidden || s.rules.some((r) => r.action === 'deny');
const conditionsOn = (s: Shipped, name: string) => s.rules.flatMap((r) => r.conditions ?? []).filter((c) => c.path === `args.${name}`);

describe('the recommended policy of every shipped tool', () => {
  test('there are tools to check', () => {
    expect(shipped.length).toBeGreaterThan(700);
  });

  test('denies every Execute tool with a code, command, script or SQL string argument, or checks that argument', () => {
    const unguarded: string[] = [];
    for (const s of shipped.filter((t) => t.category === 'Execute')) {
      const sqlTool = /\bsql\b|postgres|mysql|sqlite|clickhouse|\bd1\b/i.test(s.tool.description ?? '');
      for (const { name, property } of properties(s.tool)) {
        const words = snake(name);
        const codeLike = /^(code|command|cmd|script|sql)$/.test(words) || (/^(query|statement)$/.test(words) && (sqlTool || /\bsql\b/i.test(String(property.description ?? ''))));
        if (!codeLike || !isString(property) || property.enum !== undefined) continue;
        if (!refusesEverything(s) && conditionsOn(s, name).length === 0) unguarded.push(`${s.id} (${name})`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  test('caps or denies every Financial tool that takes a sum of money', () => {
    const uncapped: string[] = [];
    for (const s of shipped.filter((t) => t.category === 'Financial')) {
      for (const { name, property } of properties(s.tool)) {
        // A minimum (`min_cart_value`, a discount's threshold) is a condition on the cart, not a sum the call moves.
        if (!isNumber(property) || !/(^|_)(amount|price|total|value)(_|$)/.test(snake(name)) || /(^|_)(count|limit|percent|quantity|min)(_|$)/.test(snake(name))) continue;
        if (!refusesEverything(s) && !conditionsOn(s, name).some((c) => c.op === 'lte' || c.op === 'lt')) uncapped.push(`${s.id} (${name})`);
      }
    }
    expect(uncapped).toEqual([]);
  });

  test('names the argument in on_deny wherever a rule checks an optional argument, so the agent knows how to retry', () => {
    const silent: string[] = [];
    for (const s of shipped) {
      const optional = new Set(properties(s.tool).filter((p) => !p.required).map((p) => p.name));
      for (const rule of s.rules) {
        for (const c of rule.conditions ?? []) {
          const name = c.path.slice('args.'.length);
          if (c.path.startsWith('args.') && optional.has(name) && !(rule.on_deny ?? '').includes(name)) silent.push(`${s.id}: rule “${rule.name}”`);
        }
      }
    }
    expect(silent).toEqual([]);
  });

  test('never checks an optional argument with neq or not_in, which Intercept fails when the argument is left out', () => {
    const blocking = shipped.flatMap((s) => {
      const optional = new Set(properties(s.tool).filter((p) => !p.required).map((p) => p.name));
      return s.rules.flatMap((r) => r.conditions ?? []).filter((c) => (c.op === 'neq' || c.op === 'not_in') && optional.has(c.path.slice(5))).map((c) => `${s.id}: ${c.path} ${c.op}`);
    });
    expect(blocking).toEqual([]);
  });

  test('limits every tool it allows by the rate of its kind, except where Intercept cannot count (a dot in the name)', () => {
    const unlimited = shipped.filter((s) => !refusesEverything(s) && !s.tool.name.includes('.') && !s.rules.some((r) => r.rate_limit)).map((s) => s.id);
    expect(unlimited).toEqual([]);
  });
});
