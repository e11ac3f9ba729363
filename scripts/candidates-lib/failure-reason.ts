/** A failed import's output, boiled down to the reason recorded in the candidate list. */
export function failureToReason(output: string): string {
  const checks: [RegExp, string][] = [
    [/npm install .* failed/i, 'install failed'],
    [/has no bin to start/, 'no bin: not started with npx'],
    [/lists no tools/, 'lists no tools'],
    [/\.node['"]?\b|node-gyp|prebuild|bindings file|Could not locate the bindings|NODE_MODULE_VERSION/i, 'needs install scripts (native module)'],
    [/ENOTFOUND|EAI_AGAIN|getaddrinfo|fetch failed|ECONNREFUSED|ENETUNREACH|network/i, 'needs the network or a service to start'],
    [/unauthori[sz]ed|invalid (api )?key|invalid token|authenticat|credential|login|401|403|forbidden/i, 'needs a real account or credentials'],
    [/EROFS|EACCES|read-only file system|permission denied/i, 'writes outside its folders'],
    [/listening on (port|http)|http:\/\/localhost:\d+|sse|streamable http/i, 'not a stdio server'],
    [/Request timed out|no result after/i, 'timed out: no answer over stdio'],
    [/is required|must be set|missing|not set|not configured|no .* provided|please (set|provide)/i, 'needs configuration it cannot get from dummies'],
    [/Cannot find module|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|SyntaxError/i, 'broken package (a module is missing or cannot load)'],
    [/usage:|unknown (command|option)|--help/i, 'needs a subcommand or arguments'],
    [/Connection closed|exited/i, 'exits at start'],
  ];
  for (const [pattern, reason] of checks) if (pattern.test(output)) return reason;
  return 'failed to start';
}

/** Variable names a failed start asked for (FOO_API_KEY, BAR_TOKEN…), not yet given. */
export function missingEnvNames(output: string, given: Set<string>): string[] {
  const names = new Set<string>();
  for (const match of output.matchAll(/\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b/g)) {
    const name = match[1]!;
    if (given.has(name) || /^(MCP_ERROR|ERR_|EADDR|ECONN|ENOENT|NODE_|HTTP_|E[A-Z]+_)/.test(name) || name.length > 60) continue;
    names.add(name);
  }
  return [...names].slice(0, 8);
}

const SUBCOMMANDS = ['stdio', '--stdio', 'mcp', 'serve', 'start', 'server', 'run'];

/**
 * Arguments to try when a package printed its usage instead of serving: the command its own text
 * says to run (`Run 'xcodebuildmcp mcp'`), then the usual stdio subcommands its help mentions.
 */
export function subcommandGuesses(output: string, tried: Set<string>): string[][] {
  if (!/usage|unknown (command|option)|commands:|--help|\brun ['`"]|options:/i.test(output)) return [];
  const guesses: string[][] = [];
  for (const match of output.matchAll(/\brun ['`"][\w@/.-]+ ([\w-]+(?: --?[\w-]+)*)['`"]/gi)) guesses.push(match[1]!.split(' '));
  for (const word of SUBCOMMANDS) if (new RegExp(`(^|[\\s|,(])${word.replace(/-/g, '\\-')}(?=[\\s|,)]|$)`, 'm').test(output)) guesses.push([word]);
  if (/--transport/.test(output)) guesses.unshift(['--transport', 'stdio']);
  return guesses.filter((g) => !tried.has(g.join(' ')));
}
