import { readFileSync } from 'node:fs';

/** The `server/tool` keys or server ids a round's JSON file next to this one lists. */
const listedIn = (file: string): ReadonlySet<string> => new Set(JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as string[]);

/**
 * Test-split servers labelled on 2026-11-29 (afternoon) while the rules were being changed, by
 * helpers who never saw the classifier, and first measured only once those changes were done.
 * Nobody writing rules has seen their labels; their first figures (86.2% before the first set of
 * changes, 89.4% after) were the cleanest estimate of accuracy on unseen servers, and are what the
 * second set of changes was told in aggregate. `npm run eval:classifier` reports them apart from
 * the rest of the test split.
 * Drawn with `npm run --silent label:sample -- --only test --servers 500 --per-server 10 --seed 29`.
 * Tools of these servers labelled in a later round belong to that round, not this one.
 */
const SECOND_ROUND_TEST_SERVERS: ReadonlySet<string> = new Set([
  'accessflow',
  'accesslint',
  'antd-components',
  'ask-gemini',
  'budget-allocator',
  'coderabbitai',
  'cohort-heatmap',
  'comfyui',
  'devkit',
  'electron',
  'falconer',
  'godot-satelliteoflove',
  'google-analytics',
  'google-sheets',
  'humanagent',
  'jina-tools',
  'llmindset-hf',
  'mssql',
  'ohno',
  'open-library',
  'pdf-mcp-z',
  'polyglot',
  'postgrest',
  'provenonce',
  'qase',
  'ripgrep',
  'shadcn-studio',
  'sheet-music',
  'ssh-manager',
  'stockquotes',
  'strapi',
  'strava',
  'unified-sf-docs',
  'universal-netlist',
  'voltagent-docs',
  'wcf',
  'webresearch',
  'wiki-explorer',
  'workos-docs',
]);

/**
 * Test-split tools (`server/tool`) labelled in a third round, after the second round had been
 * measured and while a second set of rule changes was being made: more tools of servers already
 * in the test split, drawn at random (up to eight a server), labelled blind, and measured once,
 * after those changes. Listed in third-round-tools.json.
 */
const THIRD_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('third-round-tools.json');

/**
 * Test-split tools labelled in a fourth round, after the third had been measured and while a third
 * set of rule changes was being made (drawn and labelled like the third). Listed in fourth-round-tools.json.
 */
const FOURTH_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('fourth-round-tools.json');

/**
 * Test-split tools labelled in a fifth round (late afternoon), after the third set of rule changes
 * and before the fourth: the tools of test servers still unlabelled, drawn at random in two draws of
 * up to twelve a server (219 tools of the 23 servers with any left, then 151 of the 16 with any
 * left), labelled blind. First measured on the rules as the fourth set began (a3ffebb: 207/219 and
 * 147/151); nobody writing rules has seen them. Listed in fifth-round-tools.json.
 */
const FIFTH_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('fifth-round-tools.json');

/**
 * Test-split servers imported late on 2026-11-29 (the last 187 candidates of the package
 * list) and labelled in a sixth round: servers nobody had seen, up to ten tools a server, labelled
 * blind. First measured on the rules as the fourth set began (a3ffebb); nobody writing rules has
 * seen them. The closest estimate of accuracy on a server the catalogue has never imported.
 * Tools of these servers labelled in the seventh round belong to that round. Listed in
 * sixth-round-servers.json. Drawn with
 * `npm run --silent label:sample -- --only test --servers 500 --per-server 10 --seed 71`.
 */
const SIXTH_ROUND_TEST_SERVERS: ReadonlySet<string> = listedIn('sixth-round-servers.json');

/**
 * Test-split tools labelled in a seventh round, while a fifth set of rule changes was being made, in
 * two draws: more tools of the servers imported late on 2026-11-29 (up to twenty a server; 13 of
 * the 38 had any left: 175 tools), then of any test server with tools left (up to fifteen a server:
 * 215 tools of 15 servers). Drawn at random, labelled blind. First measured on a3ffebb (165/175,
 * 207/215) and after the fourth set (5c9c8b1: 166/175, 207/215). Listed in seventh-round-tools.json.
 */
const SEVENTH_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('seventh-round-tools.json');

/**
 * Eighth round (2026-11-29 night), blind to the sixth set of rule changes: up to thirty tools of each
 * test server with unlabelled tools left (285 tools of 13 servers, most of them large). Drawn at random,
 * labelled blind by three helpers. First measured on c83c9bd, before the sixth set. Listed in
 * eighth-round-tools.json.
 */
const EIGHTH_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('eighth-round-tools.json');

/**
 * Ninth round (2026-11-29, late evening), blind to the ninth set of rule changes: every tool of the
 * test split still unlabelled (716 tools of 7 large servers), so the whole split is now labelled and
 * no draw chose which tools count. Labelled blind by seven helpers. First measured on 22c4b54, before
 * the ninth set. Listed in ninth-round-tools.json.
 */
const NINTH_ROUND_TEST_TOOLS: ReadonlySet<string> = listedIn('ninth-round-tools.json');

/**
 * Every round that lists its tools one by one. A tool belongs to the round it was labelled in, so a
 * round that lists servers (the second, the sixth) leaves out its servers' tools that any of these list.
 */
const TOOL_ROUNDS: readonly ReadonlySet<string>[] = [THIRD_ROUND_TEST_TOOLS, FOURTH_ROUND_TEST_TOOLS, FIFTH_ROUND_TEST_TOOLS, SEVENTH_ROUND_TEST_TOOLS, EIGHTH_ROUND_TEST_TOOLS, NINTH_ROUND_TEST_TOOLS];
const inToolRound = (server: string, tool: string): boolean => TOOL_ROUNDS.some((round) => round.has(`${server}/${tool}`));

/** A blind round of the test split: what `eval:classifier` calls it, and which labelled tools it holds. */
export interface BlindRound {
  title: string;
  includes: (server: string, tool: string) => boolean;
}

/** The blind rounds, oldest first; `eval:classifier` reports each apart, in aggregate only. */
export const BLIND_ROUNDS: readonly BlindRound[] = [
  { title: 'servers labelled in the second round, blind to every rule change (scripts/eval-lib/second-round.ts)', includes: (server, tool) => SECOND_ROUND_TEST_SERVERS.has(server) && !inToolRound(server, tool) },
  { title: 'tools labelled in the third round, blind to the second set of rule changes (scripts/eval-lib/third-round-tools.json)', includes: (server, tool) => THIRD_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
  { title: 'tools labelled in the fourth round, blind to the third set of rule changes (scripts/eval-lib/fourth-round-tools.json)', includes: (server, tool) => FOURTH_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
  { title: 'tools labelled in the fifth round, blind to the fourth set of rule changes (scripts/eval-lib/fifth-round-tools.json)', includes: (server, tool) => FIFTH_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
  { title: 'servers imported and labelled in the sixth round, never seen by anyone writing rules (scripts/eval-lib/sixth-round-servers.json)', includes: (server, tool) => SIXTH_ROUND_TEST_SERVERS.has(server) && !inToolRound(server, tool) },
  { title: 'tools labelled in the seventh round, blind to the fifth set of rule changes (scripts/eval-lib/seventh-round-tools.json)', includes: (server, tool) => SEVENTH_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
  { title: 'tools labelled in the eighth round, blind to the sixth set of rule changes (scripts/eval-lib/eighth-round-tools.json)', includes: (server, tool) => EIGHTH_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
  { title: 'tools labelled in the ninth round, the rest of the test split, blind to the ninth set of rule changes (scripts/eval-lib/ninth-round-tools.json)', includes: (server, tool) => NINTH_ROUND_TEST_TOOLS.has(`${server}/${tool}`) },
];
