import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { textToSentences } from '../../src/lib/classifier/words.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the seventh set (issue #14), continued from classifier-seventh-set.test.ts: each stated in the
 * rubric's terms and shown by made-up tools (never by a labelled one), with a case on the other side of
 * the line where the rule could overreach.
 */

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
