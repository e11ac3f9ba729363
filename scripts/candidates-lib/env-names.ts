import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Variables every process has, or that steer Node and tooling: never a server's setting.
const SYSTEM = /^(NODE_\w*|HOME|PATH|PWD|USER|SHELL|TERM|TMPDIR|LANG|LC_\w+|CI|DEBUG|npm_\w+|XDG_\w+|APPDATA|USERPROFILE|LOCALAPPDATA|HOSTNAME|TZ|FORCE_COLOR|NO_COLOR|COLORTERM|VITEST\w*|JEST_\w+|HTTPS?_PROXY|NO_PROXY|ALL_PROXY|SSL_\w+|READABLE_STREAM|SUPPRESS_\w+|UV_\w+|TS_\w+|ELECTRON_\w+|GITHUB_ACTIONS|VERCEL\w*|AWS_LAMBDA\w*)$/;

// Settings a server needs before it serves (accounts, keys, where its service is), as opposed to
// knobs whose dummy would change what it offers (tool filters, read-only switches, log levels).
const NEEDED = /KEY|TOKEN|SECRET|PASS|_ID$|URL|URI|HOST|ENDPOINT|ACCOUNT|USER|EMAIL|ORG|WORKSPACE|PROJECT|DOMAIN|TENANT|REGION|INSTANCE|SITE|DSN|CONNECTION|DATABASE|CREDENTIAL|AUTH/;
const KNOB = /LOG|DEBUG|TOOLS?($|_)|READ_?ONLY|MODE|PORT|TRANSPORT|ENABLE|DISABLE|TELEMETRY|ANALYTICS|TIMEOUT|VERBOSE|PROXY/;

/**
 * The environment variables a package's own code reads (`process.env.NAME`, `process.env['NAME']`),
 * outside its node_modules: the names to give dummy values when it will not start without them.
 */
export function envNamesInPackage(packageDir: string, limit = 40): string[] {
  const names = new Set<string>();
  let budget = 8 * 1024 * 1024;
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const file = path.join(dir, entry);
      const stat = statSync(file);
      if (stat.isDirectory()) visit(file);
      else if (/\.(c|m)?js$/.test(entry) && stat.size < budget) {
        budget -= stat.size;
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\])/g)) {
          const name = match[1] ?? match[2]!;
          if (!SYSTEM.test(name) && /^[A-Z][A-Z0-9_]+$/.test(name) && NEEDED.test(name) && !KNOB.test(name)) names.add(name);
        }
      }
    }
  };
  visit(packageDir);
  return [...names].slice(0, limit);
}
