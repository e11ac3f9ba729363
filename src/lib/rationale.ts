import type { Classification } from './classifier/classify.ts';
import { categoryWithArticle } from './category-words.ts';
import { schemaToArgumentRoles, type ArgumentRole } from './policy/argument-roles.ts';
import type { Policy, Rule } from './policy/types.ts';
import type { Tool } from './schemas/tool.ts';
import { CATEGORY_CAPABILITY } from './taxonomy.ts';
import { schemaToParameters } from './tool-view.ts';

const SECRET_LIKE = /(token|secret|password|passwd|api_?key|credential|private_?key)/i;

/** What an argument of each role lets a caller do, as the second half of "It takes … in `x`: …". */
const ROLE_RISK: Partial<Record<ArgumentRole, (list: string) => string>> = {
  code: (list) => `It takes code in ${list}: whatever the agent writes there is what runs.`,
  'shell-command': (list) => `It takes a shell command in ${list}: whatever the agent writes there is what runs.`,
  subcommand: (list) => `It takes a command in ${list}, which the tool passes on to the CLI or the tools it wraps.`,
  sql: (list) => `It takes SQL in ${list}, run against the database as written.`,
  amount: (list) => `It takes a sum of money in ${list}.`,
  path: (list) => `It takes ${list}, so a prompt-injected agent could point it at files outside the ones you meant.`,
  url: (list) => `It takes ${list}, so it can reach any address the agent chooses, including internal ones, unless the URL is checked.`,
  flag: (list) => `Its flag ${list} widens what a call does.`,
};

/**
 * Why this tool needs a policy, in sentences written from its own definition (what a call can do,
 * which arguments carry the risk, what its annotations claim) and, for every risky argument, what
 * the snippet on the page does about it, read from the snippet's own rules.
 */
export function toolToRationale(tool: Tool, classification: Classification, label: string, policy: Policy): string[] {
  const snippet = { rules: Object.hasOwn(policy.tools, tool.name) ? policy.tools[tool.name]!.rules : [], hidden: (policy.hide ?? []).includes(tool.name) };
  const sentences: string[] = [];
  const { category } = classification;
  sentences.push(`As ${categoryWithArticle(category)} tool, a call to ${label} can ${CATEGORY_CAPABILITY[category]}${category === 'Other' ? ', so a human should review it before an agent uses it freely' : ''}.`);
  const roles = schemaToArgumentRoles(category, tool.inputSchema, tool.description ?? '');
  const refused = snippet.rules.find((r) => r.action === 'deny');
  for (const role of Object.keys(ROLE_RISK) as ArgumentRole[]) {
    const args = roles.filter((r) => r.role === role);
    if (args.length === 0) continue;
    sentences.push(ROLE_RISK[role]!(list(args.map((a) => `\`${a.name}\``))));
    if (snippet.hidden || refused) continue;
    for (const arg of args) sentences.push(coverage(arg.name, arg.required, snippet.rules));
  }
  if (snippet.hidden) sentences.push('The recommended policy hides the tool and refuses every call to it, so none of this can happen through the proxy.');
  else if (refused) sentences.push(`The recommended policy refuses every call to it (rule “${refused.name}”), so none of this can happen through the proxy.`);
  const { parameters, acceptsAnything } = schemaToParameters(tool.inputSchema);
  const secrets = parameters.filter((p) => SECRET_LIKE.test(p.name)).map((p) => `\`${p.name}\``);
  if (secrets.length > 0) sentences.push(`It handles credentials through ${list(secrets)}; keep them out of logs and out of the model's reach.`);
  if (acceptsAnything) sentences.push('Its input schema declares no parameters but does not forbid them, so it accepts any arguments.');
  const a = tool.annotations;
  if (!a || (a.readOnlyHint === undefined && a.destructiveHint === undefined)) {
    sentences.push('It declares no behaviour annotations, so by the MCP defaults a client must assume it may change or destroy data.');
  } else if (a.readOnlyHint === true) {
    sentences.push(category === 'Read' ? 'The server marks it read-only (readOnlyHint), which agrees with its definition; the proxy does not verify it.' : `The server marks it read-only (readOnlyHint), but its definition says ${category}: treat the annotation as wrong until checked.`);
  } else if (a.destructiveHint === true && a.readOnlyHint === false) {
    sentences.push(category === 'Destructive' ? 'The server itself marks it destructive (destructiveHint).' : 'The server marks it as possibly destructive (destructiveHint): in MCP terms its updates may overwrite or remove existing data.');
  } else if (a.destructiveHint === false && category !== 'Destructive') {
    sentences.push('The server says its changes are additive only (destructiveHint=false), an unverified claim.');
  }
  if (a?.openWorldHint === true && category !== 'Other') sentences.push('It reaches systems outside the server (openWorldHint), where results can carry text written by others.');
  return sentences;
}

/** What the snippet does about one argument, from the rules whose conditions read it. */
function coverage(name: string, required: boolean, rules: readonly Rule[]): string {
  const checks = rules.filter((r) => r.conditions?.some((c) => c.path === `args.${name}` || (c.path.startsWith('state.') && r.state?.increment_from === `args.${name}`)));
  if (checks.length > 0) return `The recommended policy checks \`${name}\` (${list(checks.map((r) => `rule “${r.name}”`))}, below).`;
  const rate = rules.find((r) => r.rate_limit !== undefined);
  const why = required ? '' : ': it is optional, and Intercept refuses every call that leaves out an argument it checks';
  return `The recommended policy does not check \`${name}\`${why}; ${rate ? `only its rate limit (${rate.rate_limit}) applies` : 'nothing in it limits this'}.`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
