import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { RE2JS } from 're2js';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distOf, type BuildName } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

/**
 * Every tool page shows example calls with the decision of its own policy. The decisions here are
 * re-derived by a second, deliberately separate reading of Intercept's rules (../shared/reference/
 * intercept-policy.md, "How Intercept decides"), applied to the YAML the page prints: the site's
 * evaluator and this reading must agree on every row.
 */

type Json = Record<string, unknown>;
interface Call {
  name: string;
  arguments: Json;
}

/** What Intercept decides for `call`, after `before` identical allowed calls in the same window (fresh counters otherwise). */
function interceptDecides(doc: Json, call: Call, before: number): 'allowed' | 'denied' {
  const hide = (doc.hide as string[] | undefined) ?? [];
  if (hide.includes('*') || hide.includes(call.name)) return 'denied';
  const tools = doc.tools as Record<string, { rules: Json[] }>;
  const own = Object.prototype.hasOwnProperty.call(tools, call.name) ? tools[call.name] : undefined;
  if (doc.default === 'deny' && !own) return 'denied';
  const rules = [...(own?.rules ?? []), ...(call.name !== '*' && tools['*'] ? tools['*'].rules : [])];
  for (const rule of rules) {
    if (rule.action === 'deny') return 'denied';
    if (typeof rule.rate_limit === 'string') {
      if (before + 1 > Number(rule.rate_limit.split('/')[0])) return 'denied';
      continue;
    }
    const state = rule.state as { counter: string; increment_from?: string; increment?: number } | undefined;
    for (const condition of (rule.conditions as { path: string; op: string; value: unknown }[] | undefined) ?? []) {
      let actual: unknown;
      let present: boolean;
      if (condition.path.startsWith('state.')) {
        // Counters hold this call's reservation on top of `before` identical earlier calls.
        const step = state?.increment_from ? call.arguments[state.increment_from.slice(5)] : (state?.increment ?? 1);
        actual = (before + 1) * (typeof step === 'number' ? step : 0);
        present = true;
      } else {
        let at: unknown = call.arguments;
        present = true;
        for (const key of condition.path.slice(5).split('.')) {
          if (at && typeof at === 'object' && !Array.isArray(at) && Object.prototype.hasOwnProperty.call(at, key)) at = (at as Json)[key];
          else present = false;
        }
        actual = at;
      }
      if (!holds(condition.op, condition.value, present, actual)) return 'denied';
    }
  }
  return 'allowed';
}

function holds(op: string, value: unknown, present: boolean, actual: unknown): boolean {
  if (op === 'exists') return (present && actual !== null) === value;
  if (!present) return false;
  const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? a === b : printed(a) === printed(b));
  switch (op) {
    case 'eq': return same(actual, value);
    case 'neq': return !same(actual, value);
    case 'in': return (value as unknown[]).some((v) => same(actual, v));
    case 'not_in': return !(value as unknown[]).some((v) => same(actual, v));
    case 'lt': return typeof actual === 'number' && actual < (value as number);
    case 'lte': return typeof actual === 'number' && actual <= (value as number);
    case 'gt': return typeof actual === 'number' && actual > (value as number);
    case 'gte': return typeof actual === 'number' && actual >= (value as number);
    case 'regex': return typeof actual === 'string' && RE2JS.compile(value as string).test(actual);
    case 'contains': return typeof actual === 'string' ? actual.includes(String(value)) : Array.isArray(actual) && actual.some((a) => same(a, value));
    default: throw new Error(`unknown operator ${op}`);
  }
}

/** Go's %v for the scalars that occur here (large or tiny numbers do not). */
function printed(value: unknown): string {
  return value === null || value === undefined ? '<nil>' : String(value);
}

/** The rows of a page's example table. */
function examplesOf(main: HTMLElement): { call: Call; decision: string; before: number }[] {
  return main.querySelectorAll('table[data-policy-examples] tbody tr').map((tr) => ({
    call: JSON.parse(tr.getAttribute('data-call')!) as Call,
    decision: tr.getAttribute('data-decision')!,
    before: Number(tr.getAttribute('data-calls-before') ?? '0'),
  }));
}

describe.each(['shipped', 'hostile'] as BuildName[])('example calls on the %s build’s tool pages', (build) => {
  const dist = distOf(build);
  const toolPages = listFiles(dist, 'index.html').filter((f) => /^servers\/[^/]+\/tools\/[^/]+\/index\.html$/.test(f));

  test('every tool page has a table of one to four calls, each deciding as Intercept’s rules do on the page’s own snippet', () => {
    expect(toolPages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of toolPages) {
      const main = readPage(dist, file).querySelector('main')!;
      const name = main.getAttribute('data-tool')!;
      const doc = parseYaml(main.querySelector('pre[data-policy="intercept-yaml"]')!.textContent) as Json;
      const rows = examplesOf(main);
      if (rows.length < 1 || rows.length > 4) problems.push(`${file}: ${rows.length} example calls`);
      for (const row of rows) {
        if (row.call.name !== name) problems.push(`${file}: a call to ${JSON.stringify(row.call.name)}`);
        const expected = interceptDecides(doc, row.call, row.before);
        if (row.decision !== expected) problems.push(`${file}: ${JSON.stringify(row.call.arguments)} after ${row.before} says ${row.decision}, Intercept's rules say ${expected}`);
      }
      const rules = (doc.tools as Record<string, { rules: Json[] }>)[name]?.rules ?? [];
      const refused = (doc.hide as string[] | undefined)?.includes(name) || rules.some((r) => r.action === 'deny') || !(name in (doc.tools as Json));
      if (!refused && !rows.some((r) => r.decision === 'allowed')) problems.push(`${file}: no allowed call although the policy allows some`);
      if (!refused && rules.some((r) => Array.isArray(r.conditions) && (r.conditions as { path: string }[]).some((c) => c.path.startsWith('args.'))) && !rows.some((r) => r.decision === 'denied' && r.before === 0)) problems.push(`${file}: argument checks but no call they refuse`);
      if (rows.length < 2 && (Object.keys(rows[0]?.call.arguments ?? {}).length > 0 || rules.some((r) => r.rate_limit))) problems.push(`${file}: a single example for a tool with arguments or a rate limit`);
    }
    expect(problems).toEqual([]);
  });

  test('every refused call shows what the agent reads, and every allowed call says it reaches the server', () => {
    const problems: string[] = [];
    for (const file of toolPages) {
      for (const tr of readPage(dist, file).querySelectorAll('table[data-policy-examples] tbody tr')) {
        const said = tr.querySelectorAll('td')[3]!.textContent;
        if (tr.getAttribute('data-decision') === 'denied' ? !/INTERCEPT POLICY DENIED|hidden|allow-list/.test(said) : said !== 'The call reaches the server.') problems.push(`${file}: ${said}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('example calls in the API', () => {
  const dist = distOf('shipped');

  test('each server’s JSON lists, per tool, the same calls and decisions as the tool page', () => {
    const problems: string[] = [];
    for (const file of listFiles(path.join(dist, 'api/servers'), '.json')) {
      const detail = JSON.parse(readFileSync(path.join(dist, 'api/servers', file), 'utf8')) as { tools: { url: string; policy: { examples: { call: Call; decision: string; callsBefore: number }[] } }[] };
      for (const tool of detail.tools) {
        const page = `${new URL(tool.url).pathname.replace(/^\//, '')}index.html`;
        const onPage = examplesOf(readPage(dist, page).querySelector('main')!).map((r) => ({ call: r.call, decision: r.decision, callsBefore: r.before }));
        const inApi = tool.policy.examples.map((e) => ({ call: e.call, decision: e.decision, callsBefore: e.callsBefore }));
        if (JSON.stringify(onPage) !== JSON.stringify(inApi)) problems.push(page);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('what a tool page says about its policy', () => {
  const dist = distOf('shipped');
  const toolPages = listFiles(dist, 'index.html').filter((f) => /^servers\/[^/]+\/tools\/[^/]+\/index\.html$/.test(f));

  test('the summary has one line per rule of the snippet, naming it, and “Why it needs a policy” names no rule the snippet lacks', () => {
    const problems: string[] = [];
    for (const file of toolPages) {
      const main = readPage(dist, file).querySelector('main')!;
      const name = main.getAttribute('data-tool')!;
      const doc = parseYaml(main.querySelector('pre[data-policy="intercept-yaml"]')!.textContent) as Json;
      const rules = ((doc.tools as Record<string, { rules: { name: string }[] }>)[name]?.rules ?? []).map((r) => r.name);
      const lines = main.querySelectorAll('ul[data-policy-summary] li').map((li) => li.textContent);
      const ruleLines = lines.filter((l) => l.startsWith('Rule “'));
      if (JSON.stringify(ruleLines.map((l) => l.slice('Rule “'.length, l.indexOf('”')))) !== JSON.stringify(rules)) problems.push(`${file}: summary ${JSON.stringify(ruleLines)} for rules ${JSON.stringify(rules)}`);
      const rationale = main.querySelector('ul.rationale')!.textContent;
      for (const [, quoted] of rationale.matchAll(/rule “([^”]+)”/g)) if (!rules.includes(quoted!)) problems.push(`${file}: the rationale cites rule ${JSON.stringify(quoted)}, which the snippet lacks`);
      if (/As a (Execute|Other)\b/.test(rationale)) problems.push(`${file}: "As a ${RegExp.$1}"`);
    }
    expect(problems).toEqual([]);
  });
});
