import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { textToSentences } from '../../src/lib/classifier/words.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the seventh set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const described = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: 'object', properties } });

describe('an abbreviation ends no sentence', () => {
  test('"e.g." and "i.e." stay inside their sentence', () => {
    const sentences = textToSentences('Export the report (e.g. a PDF) to a Google Sheet, i.e. the shared one. Returns its URL.');
    expect(sentences.map((s) => s.text)).toEqual(['Export the report (e.g. a PDF) to a Google Sheet, i.e. the shared one.', 'Returns its URL.']);
  });

  test('the lead sentence reads on past "e.g." to where the result goes (export … to a Google Sheet → Write)', () => {
    expect(classifyTool(described('export_report', 'Export the report (e.g. a PDF or a CSV) to a Google Sheet.')).category).toBe('Write');
  });
});

describe('a device or browser driver that mostly observes still drives its session', () => {
  const selector = { selector: { type: 'string' } };
  const observers = [
    described('devices', 'List available devices.'),
    described('apps', 'List installed apps.'),
    described('logs', 'Show recent logs.'),
    described('wait', 'Wait for a duration.'),
    described('snapshot_diff', 'Compare two snapshots.'),
  ];
  const back = described('back', 'Navigate back in the app.');

  test('a third of the tools driving marks the server: its navigation drives the session (back → Execute)', () => {
    const tools = [...observers, described('tap', 'Tap a target.', selector), described('type_text', 'Type text into a target.', selector), described('scroll', 'Scroll the view.', selector), back];
    const context = toolsToServerContext(tools);
    expect(context.drivesSession).toBe(true);
    expect(classifyTool(back, context).category).toBe('Execute');
  });

  test('one driving tool in nine does not (back → Read, loads a page to read it)', () => {
    const tools = [...observers, described('tap', 'Tap a target.', selector), described('get_text', 'Get the text.'), described('get_title', 'Get the title.'), back];
    const context = toolsToServerContext(tools);
    expect(context.drivesSession).toBe(false);
    expect(classifyTool(back, context).category).toBe('Read');
  });
});

const allowances: ToolCase[] = [
  { behaviour: 'approving a spender for tokens grants an allowance over them', name: 'approve_token_spending', description: 'Approve a contract to spend your ERC20 tokens.', properties: { tokenAddress: { type: 'string' }, spenderAddress: { type: 'string' }, amount: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'approving a pull request moves no value', name: 'approve_pull_request', description: 'Approve a pull request.', properties: { owner: { type: 'string' }, repo: { type: 'string' }, pullNumber: { type: 'number' } }, expected: 'Write' },
  { behaviour: 'approving an access token for an app names no spender', name: 'approve_token', description: 'Approve a pending API token request.', properties: { tokenId: { type: 'string' } }, expected: 'Write' },
];

describe('an on-chain allowance is a financial obligation', () => {
  test.each(allowances)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const rollbacks: ToolCase[] = [
  { behaviour: 'rolling a bot back to a version restores it', name: 'rollback_bot', description: 'Roll back a chat bot to an earlier version.', properties: { botId: { type: 'string' }, version: { type: 'number' } }, expected: 'Write' },
  { behaviour: 'rolling a dataset back to a snapshot restores its data', name: 'rollback', description: 'Rollback a dataset to a saved snapshot.', properties: { dataset: { type: 'string' }, snapshot: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'rolling back a deployment redeploys an earlier release', name: 'rollback_deployment', description: 'Rollback to the previous deployment.', properties: { projectId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'rolling back the version of a script puts older code live', name: 'revision_rollback', description: 'Rollback to an earlier revision.', properties: { functionName: { type: 'string' }, revisionId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'running a rollback pipeline runs it', name: 'run_rollback_pipeline', description: 'Run a rollback pipeline for a project.', properties: { projectSlug: { type: 'string' } }, expected: 'Execute' },
];

describe('a rollback restores an earlier version unless it redeploys', () => {
  test.each(rollbacks)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const arithmetic: ToolCase[] = [
  { behaviour: 'adding two numbers computes', name: 'add', description: 'Add two numbers together.', properties: { a: { type: 'number' }, b: { type: 'number' } }, expected: 'Read' },
  { behaviour: 'adding a number field to a form adds a field', name: 'add_field', description: 'Add a number field to a form.', properties: { formId: { type: 'string' }, label: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'adding a number input block to a note adds a block', name: 'insert_block', description: 'Add a number input block to the note.', properties: { noteId: { type: 'string' } }, expected: 'Write' },
];

describe('arithmetic only when the number is the operand, not a qualifier of what is added', () => {
  test.each(arithmetic)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const resolutions: ToolCase[] = [
  { behaviour: 'resolving a snapshot reference to a selector looks it up', name: 'resolve_ref_to_xpath', description: 'Resolve a snapshot reference to an XPath.', properties: { ref: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'resolving a contract symbol looks it up', name: 'resolve_future_contract', description: 'Resolve a specific futures contract.', properties: { symbol: { type: 'string' }, expiry: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'resolving an incident closes it', name: 'resolve_incident', description: 'Resolve an incident.', properties: { incidentId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'resolving a review thread closes it', name: 'resolve_thread', description: 'Resolves a review thread on a pull request.', properties: { threadId: { type: 'string' } }, expected: 'Write' },
];

describe('resolve closes an incident, a thread or a conflict, and otherwise looks something up', () => {
  test.each(resolutions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('three or more hyphenated words are one name or modifier, not a verb', () => {
  test('kebab-case tool names and compounds become one placeholder; "drag-and-drop" keeps its verbs', () => {
    const words = textToSentences('Use list-mail-folders first, step-by-step. Drag-and-drop an element.').map((s) => s.words.join(' '));
    expect(words).toEqual(['use ⟨id⟩ first ⟨id⟩', 'drag and drop an element']);
  });

  test('"Deny-by-default" denies nothing (get_firewall_rules → Read)', () => {
    expect(classifyTool(described('get_firewall_rules', 'Deny-by-default firewall rules for the host.')).category).toBe('Read');
  });
});

const sayings: ToolCase[] = [
  { behaviour: 'reporting whether something holds answers the caller', name: 'pool_idle', description: 'Reports whether the worker pool is idle.', properties: { pool: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'reporting how many workers are busy answers the caller', name: 'busy_workers', description: 'Report how many workers are busy.', properties: { project: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'reporting a bug files a record', name: 'bug_report', description: 'Report a bug to the maintainers.', properties: { title: { type: 'string' } }, expected: 'Write' },
];

describe('report followed by what it says reads', () => {
  test.each(sayings)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const otherActors: ToolCase[] = [
  { behaviour: 'what any other tool does is not this tool’s statement', name: 'threat_analysis', description: 'Deep analysis of input for injection threats. Pair with any tool that ingests untrusted input.', properties: { text: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'what anyone who uses the board does is not this tool’s statement', name: 'board_statistics', description: 'Visitor statistics of a board. Anyone who uploads a file to it is counted.', properties: { boardId: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a tool that says it deletes still deletes', name: 'cleanup_tool', description: 'A cleanup helper. This is a tool that deletes temporary files.', properties: { dir: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a check named as a noun before "if" reads', name: 'input_is_safe', description: 'Quick boolean check if input is safe.', properties: { input: { type: 'string' } }, expected: 'Read' },
];

describe('a relative clause about another tool or person, and a check before "if", say nothing of the call', () => {
  test.each(otherActors)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const installs: ToolCase[] = [
  { behaviour: 'installing a skill file into a project stores a definition', name: 'install_skill', description: 'Install a skill from the catalogue into the current workspace.', properties: { skillId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'installing a rule set stores configuration', name: 'install_lint_rules', description: 'Install the lint ruleset for a repository.', properties: { repo: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'installing an app from an agent store still installs software', name: 'install_from_store', description: 'Install an app from the agent store.', properties: { appId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'installing a plugin installs software', name: 'install_plugin', description: 'Install a plugin on the site.', properties: { slug: { type: 'string' } }, expected: 'Execute' },
];

describe('installing a definition stores it; installing software runs its installer', () => {
  test.each(installs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const continuations: ToolCase[] = [
  { behaviour: 'continuing a paused program runs it', name: 'resume_program', description: 'Continue execution until the next breakpoint.', properties: { sessionId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'a tool named continue runs the debuggee', name: 'continue', description: 'Continues program execution', properties: {}, expected: 'Execute' },
  { behaviour: 'continuing to edit an image edits it', name: 'keep_editing', description: 'Continue editing the last generated image.', properties: { prompt: { type: 'string' } }, expected: 'Write' },
];

describe('continue takes its meaning from what it continues', () => {
  test.each(continuations)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const startStop: ToolCase['properties'] = { action: { type: 'string', enum: ['start', 'stop'] } };
const startedThings: ToolCase[] = [
  { behaviour: 'starting and stopping a trace named by the tool observes', name: 'trace', description: 'Start or stop trace capture on the selected device and return the artifact.', properties: startStop, expected: 'Read' },
  { behaviour: 'starting and stopping perf sampling observes', name: 'perf', description: 'Collect frame timings and memory diagnostics on the selected device.', properties: startStop, expected: 'Read' },
  { behaviour: 'starting and stopping a job named by the tool runs it', name: 'job', description: 'Start or stop the nightly job on the selected device.', properties: startStop, expected: 'Execute' },
];

describe('a bare start/stop action acts on what the tool is named after, a noun even when it is also a verb', () => {
  test.each(startedThings)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const submissions: ToolCase[] = [
  { behaviour: 'submitting a batch job runs it', name: 'submit_batch', description: 'Submit a batch job to the cluster scheduler.', properties: { script: { type: 'string', description: 'Path of the job file.' } }, expected: 'Execute' },
  { behaviour: 'submitting a job named by the tool runs it', name: 'submit_job', description: 'Submit a member of a dataset to the mainframe.', properties: { member: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'submitting a sitemap stores it', name: 'submit_sitemap', description: 'Submit a new sitemap to the search console.', properties: { url: { type: 'string' } }, expected: 'Write' },
];

describe('submitting a job hands it over to be run', () => {
  test.each(submissions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const builtTexts: ToolCase[] = [
  { behaviour: 'building a filter string hands text back', name: 'build_search_filter', description: 'Build a filter string using the log query language.', properties: { fields: { type: 'object' } }, expected: 'Read' },
  { behaviour: 'building a URL hands text back', name: 'build_share_url', description: 'Build a URL that opens the dashboard at a time range.', properties: { from: { type: 'string' }, to: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'building a project runs a build', name: 'build_project', description: 'Build the project with its configured toolchain.', properties: { path: { type: 'string' } }, expected: 'Execute' },
];

describe('building a string, a URL, a filter or a query computes text for the caller', () => {
  test.each(builtTexts)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const takenOut: ToolCase[] = [
  { behaviour: 'taking a task out of a project unlinks it', name: 'remove_task_from_project', description: 'Remove a task from a project.', properties: { taskId: { type: 'string' }, projectId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'taking a project out of an initiative unlinks it', name: 'detach_project', description: 'Remove a project from an initiative.', properties: { projectId: { type: 'string' }, initiativeId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'removing a setting record a project holds deletes it', name: 'remove_flag', description: 'Removes a feature flag from the project.', properties: { key: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'removing a member from a project takes their access', name: 'remove_project_member', description: 'Remove a member from a project.', properties: { userId: { type: 'string' } }, expected: 'Destructive' },
];

describe('a work item taken out of a project or an initiative is unlinked, not lost', () => {
  test.each(takenOut)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const moneyVerbs: ToolCase[] = [
  { behaviour: 'selling shares moves money', name: 'sell_stock', description: 'Sell shares of a stock at market price.', properties: { symbol: { type: 'string' }, quantity: { type: 'number' } }, expected: 'Financial' },
  { behaviour: 'staking coins with a validator commits them', name: 'stake_coins', description: 'Stake coins with a validator.', properties: { validator: { type: 'string' }, amount: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'borrowing against collateral creates a debt', name: 'borrow_asset', description: 'Borrow USDC against deposited collateral.', properties: { amount: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'charging a customer takes a payment', name: 'charge_customer', description: 'Charge a customer for a one-off item.', properties: { customerId: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'reading stake information moves nothing', name: 'get_stake_info', description: 'Get staking information for an address.', properties: { address: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'reading an auto top-up setting moves nothing', name: 'billing_auto_topup_get', description: 'Get the auto top-up setting of the account.', properties: {}, expected: 'Read' },
];

describe('selling, staking, lending, borrowing and charging move money', () => {
  test.each(moneyVerbs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const onDisk: ToolCase[] = [
  { behaviour: 'rendering to an image on disk writes the file', name: 'render_icon', description: 'Render a vector icon to a PNG image on disk.', properties: { svg: { type: 'string' }, outPath: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'rendering a chart for the caller reads', name: 'render_chart', description: 'Render a chart from the given data points.', properties: { points: { type: 'array' } }, expected: 'Read' },
];

describe('a rendered file put on disk is written', () => {
  test.each(onDisk)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const joins: ToolCase[] = [
  { behaviour: 'joining a channel so the tool can talk to an app is its own connection', name: 'join_room', description: 'Join a relay room to communicate with the Sketch plugin.', properties: { room: { type: 'string' } }, expected: 'Other' },
  { behaviour: 'joining a team channel is a membership', name: 'join_team_channel', description: 'Join a public channel in the workspace.', properties: { channelId: { type: 'string' } }, expected: 'Write' },
];

describe('a channel joined to talk to an app is the tool’s own connection', () => {
  test.each(joins)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const halts: ToolCase[] = [
  { behaviour: 'pausing the program under the debugger steers its run', name: 'pause_program', description: 'Pause the running program at its current instruction.', properties: { sessionId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'pausing a stored workflow changes its state', name: 'pause_workflow', description: 'Pause a workflow so that it no longer triggers.', properties: { workflowId: { type: 'string' } }, expected: 'Write' },
];

describe('halting the program a debugger drives steers its run', () => {
  test.each(halts)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('putting text into a field of a driven page is typing, whatever the verb', () => {
  const onScreen = { selector: { type: 'string' }, text: { type: 'string' } };
  test.each([
    { behaviour: 'writing text into a field of a session types it', name: 'input_text', description: 'Write text into the focused input of the app.', properties: onScreen, expected: 'Execute' as const },
    { behaviour: 'entering text in a field of a session types it', name: 'enter_value', description: 'Enter text in a form field.', properties: onScreen, expected: 'Execute' as const },
    { behaviour: 'writing text content to a file stays a write', name: 'save_text', description: 'Write UTF-8 text content to a file next to the page.', properties: onScreen, expected: 'Write' as const },
  ])('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('"value → what it stands for" glosses an argument value, not what the call does', () => {
  test.each([
    { behaviour: 'a glossed value of a topic argument is no action', name: 'get_tips', description: '💡 Rule-based tips • flags → Feature flag best practices • audiences → Targeting tips', expected: 'Read' as const },
    { behaviour: 'a chain of steps is no gloss', name: 'check_snippet', description: 'Check a code snippet against the schema.\nGenerate → validate → fix until clean.', expected: 'Read' as const },
  ])('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool({ ...c, properties: { topic: { type: 'string' } } })).category).toBe(c.expected);
  });
});

const lexiconGaps: ToolCase[] = [
  { behaviour: 'synthesizing an answer from stored memories reads them', name: 'memory_context', description: 'Synthesize context from stored memories for a given query.', properties: { query: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'orchestrating agents runs them', name: 'swarm_orchestrate', description: 'Orchestrate multi-agent coordination for a task.', properties: { task: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'a verification session is a record the call creates, not its own session', name: 'create_session', description: 'Create a verification session for an applicant.', properties: { workflowId: { type: 'string' } }, expected: 'Write' },
];

describe('verbs and sessions the lexicon lacked', () => {
  test.each(lexiconGaps)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('"Call after…", "Use when…" says when to call the tool, not what it does', () => {
  test.each([
    { behaviour: 'an instruction on when to call leaves the call to the next sentence', name: 'file_list', description: 'Call after editing files. Returns the updated file list.', expected: 'Read' as const },
    { behaviour: 'calling a function named by the sentence still runs it', name: 'invoke', description: 'Call a deployed function with a payload.', expected: 'Execute' as const },
  ])('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool({ ...c, properties: { path: { type: 'string' } } })).category).toBe(c.expected);
  });
});

describe('a bar inside brackets separates alternatives, not sentences', () => {
  test('"type (\'a\' | \'b\'), start, end" stays one sentence', () => {
    expect(textToSentences("Each event has: id, type ('motion' | 'ring'), start, end.").map((s) => s.text)).toEqual(['Each event has:', "id, type ('motion' | 'ring'), start, end."]);
  });

  test('a field named start after an enum of alternatives runs nothing (event_feed → Read)', () => {
    const tool = caseToTool({ behaviour: '', name: 'event_feed', description: "Event data of the last seconds. Each message includes: id, type ('motion' | 'ring' | ...), start, end.", properties: { seconds: { type: 'number' } }, expected: 'Read' });
    expect(classifyTool(tool).category).toBe('Read');
  });
});

describe('an action that empties the tool’s own captured buffer loses none of the user’s data', () => {
  test.each([
    { behaviour: 'reading or clearing captured console logs reads', name: 'console_logs', description: 'Console messages of the page under test.', values: ['get', 'clear'], expected: 'Read' as const },
    { behaviour: 'listing or clearing stored records still deletes', name: 'records', description: 'Records of the table under test.', values: ['list', 'clear'], expected: 'Destructive' as const },
  ])('$behaviour ($name → $expected)', (c) => {
    const tool = caseToTool({ behaviour: c.behaviour, name: c.name, description: c.description, properties: { action: { type: 'string', enum: c.values } }, required: ['action'], expected: c.expected });
    expect(classifyTool(tool).category).toBe(c.expected);
  });
});

const attachments: ToolCase[] = [
  { behaviour: 'detaching the attached process it drives is its own session', name: 'detach', description: 'Detach the attached worker process.', properties: { pid: { type: 'number' } }, expected: 'Other' },
  { behaviour: 'detaching a volume from a server still writes', name: 'detach_volume', description: 'Detach a volume from a server.', properties: { volumeId: { type: 'string' }, serverId: { type: 'string' } }, expected: 'Write' },
];

describe('attaching or detaching the process the tool drives is its own session, with or without "to"/"from"', () => {
  test.each(attachments)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('"to a file offset" names a file\'s part, not where the result is saved', () => {
  test.each([
    { behaviour: 'converting an address to a file offset computes', name: 'address_convert', description: 'Convert a virtual address to a file offset.', expected: 'Read' as const },
    { behaviour: 'exporting a table to a file writes it', name: 'table_export', description: 'Export the table to a CSV file.', expected: 'Write' as const },
  ])('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool({ ...c, properties: { value: { type: 'string' } } })).category).toBe(c.expected);
  });
});
