/**
 * What the recommended policies of a catalogue do, counted: tools per rule type and per rate kind,
 * Execute tools with a code/command/script/SQL string argument denied or checked, Financial tools
 * with a sum of money capped or denied. Run after an import: node scripts/policy-stats.ts [content-dir]
 * (default content/). Prints one JSON object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyTool } from '../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../src/lib/classifier/server-context.ts';
import { toolToPolicy } from '../src/lib/policy/compose.ts';
import { toolToRecommendation } from '../src/lib/policy/recommend.ts';
import type { Rule } from '../src/lib/policy/types.ts';
import { parseServerFile } from '../src/lib/server-file.ts';

const contentDir = process.argv[2] ?? 'content';
const serversDir = path.join(contentDir, 'servers');
const servers = readdirSync(serversDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => parseServerFile(path.join(serversDir, f), readFileSync(path.join(serversDir, f), 'utf8')));

const toolsPerRuleType: Record<string, number> = {};
const toolsPerRecommendation: Record<string, number> = {};
const executeCode = { denied: 0, checked: 0, unchecked: [] as string[] };
const financialAmounts = { capped: 0, denied: 0, uncapped: [] as string[] };
let tools = 0;

for (const server of servers) {
  const context = toolsToServerContext(server.tools);
  for (const tool of server.tools) {
    tools++;
    const { category } = classifyTool(tool, context);
    const recommendation = toolToRecommendation(tool, category);
    const policy = toolToPolicy(recommendation.policyTool, recommendation.choice, server.name);
    const rules = policy.tools[tool.name]?.rules ?? [];
    const hidden = (policy.hide ?? []).includes(tool.name);
    const refused = hidden || rules.some((r) => r.action === 'deny');
    const kind = recommendation.choice.mode === 'limit' ? `limit (${recommendation.rateClass})` : recommendation.choice.mode;
    toolsPerRecommendation[kind] = (toolsPerRecommendation[kind] ?? 0) + 1;
    for (const type of new Set([...(hidden ? ['hide'] : []), ...rules.map(ruleType)])) toolsPerRuleType[type] = (toolsPerRuleType[type] ?? 0) + 1;
    const id = `${server.id}/${tool.name}`;
    const properties = Object.entries(tool.inputSchema.properties ?? {}) as [string, Record<string, unknown>][];
    const checked = (name: string) => rules.some((r) => r.conditions?.some((c) => c.path === `args.${name}`));
    if (category === 'Execute') {
      const sqlTool = /\bsql\b|postgres|mysql|sqlite|clickhouse|\bd1\b/i.test(tool.description ?? '');
      const codeArgs = properties.filter(([name, p]) => (/^(code|command|cmd|script|sql)$/i.test(name) || (/^(query|statement)$/i.test(name) && (sqlTool || /\bsql\b/i.test(String(p.description ?? ''))))) && (p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'))) && p.enum === undefined);
      if (codeArgs.length > 0) {
        if (refused) executeCode.denied++;
        else if (codeArgs.every(([name]) => checked(name))) executeCode.checked++;
        else executeCode.unchecked.push(id);
      }
    }
    if (category === 'Financial') {
      const amounts = properties.filter(([name, p]) => /(^|_)(amount|price|total|value)(_|$)/i.test(name.replace(/([a-z])([A-Z])/g, '$1_$2')) && (p.type === 'number' || p.type === 'integer'));
      if (amounts.length > 0) {
        if (refused) financialAmounts.denied++;
        else if (amounts.every(([name]) => rules.some((r) => r.conditions?.some((c) => c.path === `args.${name}` && c.op === 'lte')))) financialAmounts.capped++;
        else financialAmounts.uncapped.push(id);
      }
    }
  }
}

/** A rule's type: the catalogue's rule names start with what they do ("one command in command" → "one command"). */
function ruleType(rule: Rule): string {
  if (rule.rate_limit) return `rate_limit ${rule.rate_limit}`;
  if (rule.action === 'deny') return rule.on_deny?.includes('runs the code') || rule.on_deny?.includes('cannot read') ? 'deny (code or unreadable command)' : 'deny (category)';
  const condition = rule.conditions?.[rule.conditions.length - 1];
  if (condition?.op === 'exists') return rule.name.startsWith('no code') ? 'exists false (code argument)' : 'exists false (flag or argument left out)';
  if (condition?.op === 'eq') return 'eq false (flag passed as false)';
  return rule.name.replace(/ (in|of|per) .*$/, '').replace(/^(cap|declared|public https|read-only) .*$/, '$1');
}

const sorted = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
console.log(
  JSON.stringify(
    {
      servers: servers.length,
      tools,
      toolsPerRecommendation: sorted(toolsPerRecommendation),
      toolsPerRuleType: sorted(toolsPerRuleType),
      executeWithCodeCommandScriptOrSql: executeCode,
      financialWithAmounts: financialAmounts,
    },
    null,
    2,
  ),
);
