import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the sixth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const described = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('a verb naming a group of tools on a server that names tools by group is no verb', () => {
  // Most names open with a group noun; `share_*` is one more group, its names carrying their own verbs.
  const grouped = [
    described('hooks_list', 'List the registered hooks.'),
    described('hooks_register', 'Register a new hook.'),
    described('memory_store', 'Store a value in memory.'),
    described('memory_search', 'Search the stored values.'),
    described('vault_info', 'Show the vault status.'),
    described('vault_lock', 'Lock the vault.'),
    described('agent_spawn', 'Spawn an agent.'),
    described('share_hub-search', 'Search the hub for packages.'),
    described('share_hub-popular', 'Get popular packages from the hub.'),
    described('share_pkg-fetch', 'Fetch a package manifest.'),
    described('share_pkg-latest', 'Get the latest packages from the hub.'),
  ];

  test('a group name that is also a verb leaves the call to the rest of the definition (share_hub-popular → Read)', () => {
    const context = toolsToServerContext(grouped);
    expect(context.groupPrefixes?.has('share')).toBe(true);
    expect(classifyTool(grouped[8]!, context).category).toBe('Read');
  });

  test('a server naming tools verb first has no group names (create_issue stays Write)', () => {
    const verbFirst = [
      described('create_issue', 'Create an issue.'),
      described('create_or_update_file', 'Create or update a file.'),
      described('create_pull_request', 'Open a pull request.'),
      described('get_issue', 'Get an issue.'),
      described('list_issues', 'List issues.'),
    ];
    const context = toolsToServerContext(verbFirst);
    expect(context.groupPrefixes).toBeUndefined();
    expect(classifyTool(verbFirst[0]!, context).category).toBe('Write');
  });

  test('a verb opening a group whose names carry no other verb is the verb (share_package → Write)', () => {
    const plain = [...grouped.slice(0, 7), described('share_package', 'Share a package with the team.'), described('share_file', 'Share a file.'), described('share_all', 'Share everything.')];
    const context = toolsToServerContext(plain);
    expect(context.groupPrefixes?.has('share') ?? false).toBe(false);
    expect(classifyTool(plain[7]!, context).category).toBe('Write');
  });
});

const paidArguments: ToolCase[] = [
  { behaviour: 'a sum in a currency that the argument calls a payment is paid by the call', name: 'ask_expert', description: 'Ask a human expert a question and wait for the answer.', properties: { question: { type: 'string' }, reward_usd: { type: 'number', description: 'Payment in USD to the expert who answers.' } }, expected: 'Financial' },
  { behaviour: 'a prize in a currency is paid by the call that posts it', name: 'post_challenge', description: 'Post a design challenge for the community.', properties: { title: { type: 'string' }, prize_eur: { type: 'number', description: 'Winner prize in EUR.' } }, expected: 'Financial' },
  { behaviour: 'a price in a currency used as a filter pays nothing', name: 'search_hotels', description: 'Search hotels in a city.', properties: { city: { type: 'string' }, max_price_usd: { type: 'number', description: 'Maximum price per night in USD.' } }, expected: 'Read' },
  { behaviour: 'a sum in a currency that is not called a payment pays nothing', name: 'get_quote', description: 'Get a shipping quote.', properties: { value_usd: { type: 'number', description: 'Declared value of the parcel in USD.' } }, expected: 'Read' },
];

describe('a sum in a currency that an argument calls a payment is paid by the call', () => {
  test.each(paidArguments)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const keyPresses: ToolCase[] = [
  { behaviour: 'sending a key event drives what has the focus', name: 'app_key', description: 'Send a key event to the running app (Home, Back, Enter).', properties: { keycode: { type: 'number' } }, expected: 'Execute' },
  { behaviour: 'sending a named key drives the session', name: 'term_key', description: 'Send a named key to a terminal.', properties: { id: { type: 'string' }, key: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'simulating keystrokes drives what has the focus', name: 'keys', description: 'Simulate keystrokes in the focused window.', properties: { text: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'sending an API key is no key press', name: 'send_api_key', description: 'Send an API key to the team by email.', properties: { email: { type: 'string' } }, expected: 'Write' },
];

describe('pressing keys, whatever verb delivers them, drives an interactive session', () => {
  test.each(keyPresses)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const playback: ToolCase[] = [
  { behaviour: 'playing an audio file for the user changes nothing', name: 'play_sound', description: 'Play an audio file through the speakers.', properties: { path: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'playing a video for the user changes nothing', name: 'play_clip', description: 'Play a video clip from the library.', properties: { clipId: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'playing something that is not a recording keeps its reading', name: 'play_workflow', description: 'Play a saved workflow.', properties: { workflowId: { type: 'string' } }, expected: 'Write' },
];

describe('playing a recording for the user only shows it', () => {
  test.each(playback)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const checkedCode: ToolCase[] = [
  { behaviour: 'code to test against a rule is matched, not run', name: 'test_lint_rule', description: 'Test a snippet against a lint rule.', properties: { code: { type: 'string', description: 'The code to test against the rule' }, rule: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'code to evaluate against guidelines is scored, not run', name: 'evaluate_component', description: 'Evaluates a component against the style guide and returns a score.', properties: { code: { type: 'string', description: 'The component code to evaluate against the guidelines' } }, expected: 'Read' },
  { behaviour: 'code the argument says is run still runs', name: 'test_snippet', description: 'Test a snippet against the sandbox.', properties: { code: { type: 'string', description: 'The code to run and test against the expected output' } }, expected: 'Execute' },
];

describe('code measured against a standard is read, not run', () => {
  test.each(checkedCode)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const ownRuns: ToolCase[] = [
  { behaviour: 'stopping the run going now with nothing named to stop ends its own job', name: 'stop_game', description: 'Stop the currently running game.', expected: 'Other' },
  { behaviour: 'a device or platform selector names no run', name: 'stop_preview', description: 'Stops the active preview on the device.', properties: { deviceId: { type: 'string' }, platform: { type: 'string' } }, expected: 'Other' },
  { behaviour: 'an argument naming the run makes it a managed resource', name: 'stop_vm', description: 'Stop the running virtual machine.', properties: { vmId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a stop that deletes still deletes', name: 'stop_container', description: 'Stop the currently running container and permanently delete its volumes.', expected: 'Destructive' },
];

describe('stopping the run going now, with nothing naming it, ends the tool’s own job', () => {
  test.each(ownRuns)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const gerundsInObject: ToolCase[] = [
  { behaviour: 'a gerund after "including" in a sentence that reads is part of what is read', name: 'analyze_member', description: 'Analyze member behaviour including voting alignment and attendance rates.', properties: { memberId: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a gerund after "capabilities for" in a sentence that reads is part of what is read', name: 'getWidgetDescription', description: 'Get a description of the widget package and its capabilities for building dashboards.', expected: 'Read' },
  { behaviour: 'a gerund after "including" in a sentence that changes things is a capability', name: 'pages', description: 'Get or manage pages, including deleting them.', properties: { pageId: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a capability gerund after "commands for" still counts', name: 'repo_tool', description: 'Commands for deleting repositories.', properties: { repo: { type: 'string' } }, expected: 'Destructive' },
];

describe('a gerund listing what a reading sentence covers is part of its object', () => {
  test.each(gerundsInObject)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const codeSpans: ToolCase[] = [
  { behaviour: 'a colon inside a code span ends no sentence', name: 'get_selection', description: 'Return the items the user has selected. Response shape: `{ok, items: [{path, name}], count, message?}`.', expected: 'Read' },
];

describe('a code span is one placeholder, whatever punctuation it holds', () => {
  test.each(codeSpans)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('a sentence break outside code spans still splits', () => {
    const tool = caseToTool({ behaviour: '', name: 'get_thing', description: 'Return the thing as `{a: 1}`. Deletes the cache afterwards.', expected: 'Other' });
    expect(classifyTool(tool).evidence.join(' ')).toContain('Deletes the cache');
  });
});

const training: ToolCase[] = [
  { behaviour: 'epochs with a learning rate train a model, a job', name: 'model_fit', description: 'Fit the ranking model on the collected examples.', properties: { modelId: { type: 'string' }, epochs: { type: 'number' }, learningRate: { type: 'number' } }, expected: 'Execute' },
  { behaviour: 'epochs with a batch size train a model, a job', name: 'policy_update', description: 'Improve the policy with batch learning.', properties: { session_id: { type: 'string' }, n_epochs: { type: 'number' }, batch_size: { type: 'number' } }, expected: 'Execute' },
  { behaviour: 'epochs alone, as a filter, train nothing', name: 'list_runs', description: 'List training runs.', properties: { epochs: { type: 'number', description: 'Only runs with this many epochs' } }, expected: 'Read' },
];

describe('arguments of a training run say the call trains a model', () => {
  test.each(training)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const fieldClaims: ToolCase[] = [
  { behaviour: 'a pronoun standing for a property named before it makes no read-only claim', name: 'create_flow', description: 'Create a new flow. The status property should not be sent as it is read-only.', properties: { name: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a pronoun standing for the call still claims read-only', name: 'flow_report', description: 'Run the flow report. It is read-only.', expected: 'Read' },
];

describe('a read-only claim about a field named before its pronoun is no claim about the call', () => {
  test.each(fieldClaims)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const deletedSettings: ToolCase[] = [
  { behaviour: 'deleting a breakpoint removes a debugger setting', name: 'delete_breakpoint', description: 'Deletes a specified breakpoint.', properties: { breakpointId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'deleting a watchpoint removes a debugger setting', name: 'dbg_watch_delete', description: 'Delete a watchpoint by id.', properties: { id: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'deleting a saved note still loses data', name: 'delete_note', description: 'Deletes a specified note.', properties: { noteId: { type: 'string' } }, expected: 'Destructive' },
];

describe('deleting a debugger setting loses no data', () => {
  test.each(deletedSettings)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const sharedExports: ToolCase[] = [
  { behaviour: 'an export to a shareable URL uploads it', name: 'export_board', description: 'Export the current board to a shareable URL.', expected: 'Write' },
  { behaviour: 'an export to a public link uploads it', name: 'export_diagram', description: 'Export the diagram as a public link anyone can open.', properties: { diagramId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'an export handed back as CSV still reads', name: 'export_report', description: 'Export the report as CSV.', properties: { reportId: { type: 'string' } }, expected: 'Read' },
];

describe('an export to a link others can open uploads it', () => {
  test.each(sharedExports)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const checksNamedAsNouns: ToolCase[] = [
  { behaviour: 'a first sentence naming a check as a noun reads', name: 'kyc_screening', description: 'Sanctions screening against global watchlists.', properties: { fullName: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a noun phrase ends at a double dash', name: 'face_liveness', description: 'Liveness detection -- tell whether a face is live from one image.', properties: { image: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a noun phrase whose head is no check or data says nothing', name: 'pipeline_modeling', description: 'Interactive pipeline modeling for teams.', properties: { spec: { type: 'string' } }, expected: 'Other' },
];

describe('a first sentence that names a check as a noun names what the call computes', () => {
  test.each(checksNamedAsNouns)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const clearedInputs: ToolCase[] = [
  { behaviour: 'clearing an input field of a browser page drives the page', name: 'browser_clear_field', description: 'Clear the content of an input field.', properties: { element: { type: 'string' }, ref: { type: 'string' } }, annotations: { destructiveHint: true }, expected: 'Execute' },
  { behaviour: 'clearing a field outside a session removes a setting', name: 'clear_field_value', description: 'Clear the value of a custom field on a record.', properties: { recordId: { type: 'string' }, fieldId: { type: 'string' } }, expected: 'Write' },
];

describe('emptying a form field of a session’s page drives it', () => {
  test.each(clearedInputs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});
