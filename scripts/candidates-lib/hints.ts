import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serverJsonToLaunch } from '../import-lib/server-json.ts';

/** What a package's own files say it needs to start: arguments and variable names. */
export interface StartHints {
  args: string[];
  env: Map<string, string>;
  /** Where the hints came from, for the record. */
  source?: 'server.json' | 'README';
}

const ENV_BLOCK = /"env"\s*:\s*\{([^{}]*)\}/g;
const ENV_KEY = /"([A-Z][A-Z0-9_]*)"\s*:/g;
const ARGS_BLOCK = /"args"\s*:\s*\[([^\]]*)\]/g;

/**
 * Reads the package's server.json (the MCP Registry's format) when it ships one, else the
 * configuration examples of its README: `"env": {…}` names and the `"args": […]` after the
 * package's own name. Placeholder paths become /tmp (the sandbox's empty folder).
 */
export function readStartHints(packageDir: string, npm: string, dummyFor: (name: string) => string, registryServerJson?: string): StartHints {
  for (const serverJson of [registryServerJson, path.join(packageDir, 'server.json')]) {
    if (!serverJson || !existsSync(serverJson)) continue;
    try {
      const launch = serverJsonToLaunch(serverJson, readFileSync(serverJson, 'utf8'));
      if (launch.npm === npm) return { args: launch.args, env: launch.env, source: 'server.json' };
    } catch { /* an unusable server.json: try the next, then the README */ }
  }
  const readme = readdirSync(packageDir).find((f) => /^readme(\.md|\.markdown)?$/i.test(f));
  if (!readme) return { args: [], env: new Map() };
  const text = readFileSync(path.join(packageDir, readme), 'utf8');
  const env = new Map<string, string>();
  for (const block of text.matchAll(ENV_BLOCK)) for (const key of block[1]!.matchAll(ENV_KEY)) env.set(key[1]!, dummyFor(key[1]!));
  return { args: readmeArgs(text, npm), env, source: env.size > 0 ? 'README' : undefined };
}

function readmeArgs(text: string, npm: string): string[] {
  for (const block of text.matchAll(ARGS_BLOCK)) {
    const strings = [...block[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    const at = strings.findIndex((s) => s === npm || s.startsWith(`${npm}@`));
    if (at < 0) continue;
    return strings.slice(at + 1).map((arg) => (/path\/to|^<|^\/Users\/|^C:\\|YOUR|your[-_]/i.test(arg) ? (arg.startsWith('-') ? arg : '/tmp') : arg));
  }
  return [];
}
