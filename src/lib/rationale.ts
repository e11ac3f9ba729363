import type { Classification } from './classifier/classify.ts';
import type { Tool } from './schemas/tool.ts';
import { CATEGORY_CAPABILITY } from './taxonomy.ts';
import { schemaToParameters } from './tool-view.ts';

const PATH_LIKE = /(^|_)(path|file|dir|directory|folder)s?$|Path$/i;
const URL_LIKE = /(^|_)(url|uri|href|endpoint|webhook)s?$|Url$/i;
const CODE_LIKE = /^(command|cmd|script|code|sql|query|statement|expression|function|js|javascript|python|shell)$/i;
const SECRET_LIKE = /(token|secret|password|passwd|api_?key|credential|private_?key)/i;

/**
 * Why this tool needs a policy, in sentences written from its own definition: what a call can do,
 * which arguments carry the risk, and what its annotations claim.
 */
export function toolToRationale(tool: Tool, classification: Classification, label: string): string[] {
  const sentences: string[] = [];
  const { category } = classification;
  sentences.push(`As a ${category} tool, a call to ${label} can ${CATEGORY_CAPABILITY[category]}${category === 'Other' ? ', so a human should review it before an agent uses it freely' : ''}.`);
  const { parameters, acceptsAnything } = schemaToParameters(tool.inputSchema);
  const risky = (test: RegExp) => parameters.filter((p) => test.test(p.name)).map((p) => `\`${p.name}\``);
  const paths = risky(PATH_LIKE);
  const urls = risky(URL_LIKE);
  const code = risky(CODE_LIKE);
  const secrets = risky(SECRET_LIKE);
  if (code.length > 0) sentences.push(`It takes free-form input in ${list(code)}: whatever the agent writes there is what runs, so the input itself needs limits.`);
  if (paths.length > 0) sentences.push(`It takes ${list(paths)}, so a prompt-injected agent could point it at files outside the ones you meant.`);
  if (urls.length > 0) sentences.push(`It takes ${list(urls)}, so it can reach any address the agent chooses, including internal ones, unless the URL is checked.`);
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
  if (a?.openWorldHint !== false && category !== 'Other') sentences.push(a?.openWorldHint === true ? 'It reaches systems outside the server (openWorldHint), where results can carry text written by others.' : '');
  return sentences.filter(Boolean);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
