import type { LocatedHit } from './text-hits.ts';

/**
 * Data a tool is named for is its purpose, not a harvest: `chat history` in `upload-chat-history`,
 * a project's `.env` file for a tool that manages environment variables (moved out of text-hits.ts).
 */
const FILLER = /\b(?:the|this|that|your|their|user'?s|all|any|every|full|entire|whole|complete|current|previous|prior|earlier|past|recent|last|of|so|far)\b/gi;

// A tool named for environment variables: `hosting_replaceNode_jsEnvironmentVariablesV1`, `set_env_vars`, `update-dotenv`.
const ENV_TOOL = /environment_?variables|env_?vars?\b|(?:^|[_-])env(?:$|[_-])|dotenv/i;

/** True when a secret-file hit names only a `.env` file and the tool is named for environment variables. */
export function isEnvFileOfEnvTool(hit: LocatedHit, toolName: string): boolean {
  return /^[^/\s]*\.env\b/.test(hit.source.slice(hit.index, hit.index + hit.length).replace(/^[\x60'"]/, '')) && ENV_TOOL.test(toolName.replace(/([a-z])([A-Z])/g, '$1_$2'));
}

/** True when the data a hit names is what the tool is named for: `chat history` in `upload-chat-history`. */
export function isToolPurpose(hit: LocatedHit, toolName: string): boolean {
  const noun = hit.source.slice(hit.index, hit.index + hit.length).replace(FILLER, '').replace(/[^a-z]/gi, '').toLowerCase();
  return noun.length >= 4 && toolName.replace(/[^a-z]/gi, '').toLowerCase().includes(noun);
}
