import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules written to generalise to servers nobody has labelled (issue #14, second round): each is
 * stated in the rubric's terms and shown by made-up tools, never by a labelled one.
 */

const lightVerbs: ToolCase[] = [
  { behaviour: 'running a health probe reads', name: 'ping_service', description: 'Run a lightweight health probe against the service.', expected: 'Read' },
  { behaviour: 'running a code review reads: the head of the compound is the review', name: 'review_repo', description: 'Run a code review of the current branch.', expected: 'Read' },
  { behaviour: 'a test scan still runs tests', name: 'visual_scan', description: 'Run a visual test scan.', expected: 'Execute' },
  { behaviour: 'running a suite runs it', name: 'suite', description: 'Execute a regression suite.', expected: 'Execute' },
  { behaviour: 'running SQL runs it', name: 'sql_batch', description: 'Run SQL in a transaction.', expected: 'Execute' },
  { behaviour: 'a light verb governing an action noun does that action', name: 'trigger_sync', description: 'Trigger an integration sync.', expected: 'Write' },
  { behaviour: 'performing a translation translates', name: 'do_translation', description: 'Perform a translation of the given text.', expected: 'Read' },
  { behaviour: 'a light verb in a name whose object runs nothing does not outrank a lead sentence that reads', name: 'run_prompt', description: 'Fetch a prompt from the library and return its text.', expected: 'Read' },
  { behaviour: 'a light verb whose object runs nothing weighs as a plain verb against readOnlyHint', name: 'probe', description: 'Run the Acme thing.', annotations: { readOnlyHint: true }, expected: 'Read' },
  { behaviour: 'a light verb whose object runs nothing still says Execute when nothing else speaks', name: 'kick_off', description: 'Run the Acme thing.', expected: 'Execute' },
  { behaviour: 'a light verb listed with other verbs is aimed at the tool\'s subject', name: 'scenario', description: 'Scenario ops: list/run/status/get.', expected: 'Execute' },
  { behaviour: 'a participle in a list of states is not an action', name: 'session_counts', description: 'Get session counts (total, passed, failed, running) and average duration.', expected: 'Read' },
  { behaviour: 'updating a version record writes; nothing is installed', name: 'update_version', description: 'Update an existing version in a project.', expected: 'Write' },
  { behaviour: 'updating to the latest version still installs', name: 'update_plugin', description: 'Update a plugin to the latest version.', expected: 'Execute' },
];

describe('light verbs take their meaning from their object', () => {
  test.each(lightVerbs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('a lead sentence whose light verb runs nothing known is not a confident Execute', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'acme', description: 'Run the Acme thing.', expected: 'Execute' }));
    expect(verdict.confidence).toBeLessThan(0.8);
  });
});

const verbs: ToolCase[] = [
  { behaviour: 'a noun listed among slash-separated verbs does not end the list', name: 'dataset', description: 'Dataset ops: list/get/schema/preview/create/update/delete.', expected: 'Destructive' },
  { behaviour: 'aligning shapes on a canvas changes the drawing', name: 'align_elements', description: 'Align elements to a position.', expected: 'Write' },
  { behaviour: 'flagging emails changes them', name: 'bulk_flag_by_sender', description: 'Flag or unflag all emails from a sender.', expected: 'Write' },
  { behaviour: 'symbolicating a crash report computes', name: 'symbolicate_report', description: 'Symbolicate a crash report.', expected: 'Read' },
  { behaviour: 'a flag that is a noun is not the verb', name: 'get_flag', description: 'Get a feature flag.', expected: 'Read' },
  { behaviour: 'grouping in a search is aggregation, not a change', name: 'get_grouped_count', description: 'Search, group and count events by a dimension.', expected: 'Read' },
];

describe('verbs the rubric knows, wherever they stand', () => {
  test.each(verbs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('a verb every tool name of a server starts with is its namespace', () => {
  const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object' } });
  const sandbox = [
    tool('bash_exec', 'Execute a bash command.'),
    tool('bash_read_file', 'Read a file.'),
    tool('bash_sandbox_mkdir', 'Create a directory in the sandbox.'),
    tool('bash_sandbox_domain', 'Get the sandbox domain.'),
    tool('bash_list_files', 'List files.'),
  ];
  const context = toolsToServerContext(sandbox);

  test('the shared prefix decides nothing', () => {
    expect(context.namespace).toBe('bash');
    expect(classifyTool(sandbox[2]!, context).category).toBe('Write');
    expect(classifyTool(sandbox[3]!, context).category).toBe('Read');
  });

  test('the verb after the prefix still decides', () => {
    expect(classifyTool(sandbox[0]!, context).category).toBe('Execute');
  });

  test('a shared read verb is the verb, not a namespace', () => {
    const books = [tool('get_book_by_title', 'Books by title.'), tool('get_book_by_id', 'A book.'), tool('get_author_info', 'An author.')];
    expect(toolsToServerContext(books).namespace).toBeUndefined();
  });
});

const nothingLost: ToolCase[] = [
  { behaviour: 'removing a tag from a task unlinks it, outranking the name', name: 'remove_tag_from_task', description: 'Remove a tag from a task.', expected: 'Write' },
  { behaviour: 'removing reviewers of a pull request unlinks them', name: 'update_reviewers', description: 'Add or remove reviewers for a pull request.', expected: 'Write' },
  { behaviour: 'removing a breakpoint removes a setting, not data', name: 'remove_breakpoint', description: 'Remove a breakpoint by id.', expected: 'Write' },
  { behaviour: 'moving a message to the trash can be undone', name: 'trash_message', description: 'Move a message to the trash.', expected: 'Write' },
  { behaviour: 'deleting into a restorable trash can be undone', name: 'delete_item', description: 'Move a file to trash (can be restored from the trash).', expected: 'Write' },
  { behaviour: 'a warning of permanent loss outranks the trash', name: 'empty_trash', description: 'Permanently delete all emails in the trash.', expected: 'Destructive' },
  { behaviour: 'clearing a cache outranks a name that says clear: nothing is lost, and no argument says whose, so the cache is the tool\'s own', name: 'clear_snapshot', description: 'Clear the snapshot cache.', expected: 'Other' },
  { behaviour: 'a bare action value acts on what the name is about', name: 'manage_cache', description: 'Cache operations.', properties: { operation: { type: 'string', enum: ['stats', 'clear'] } }, expected: 'Write' },
  { behaviour: 'a bare action value that deletes still deletes', name: 'manage_records', description: 'Record operations.', properties: { operation: { type: 'string', enum: ['get', 'delete'] } }, expected: 'Destructive' },
  { behaviour: 'removing a port forward it created is the tool\'s own session', name: 'close_forward', description: 'Remove a port-forward created for inspection.', expected: 'Other' },
  { behaviour: 'removing a user still loses access', name: 'remove_user_from_project', description: 'Remove a user from the project.', expected: 'Destructive' },
];

describe('remove, clear and trash lose nothing when the object says so', () => {
  test.each(nothingLost)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('a lead sentence that explains the name away is not confident on its own', () => {
    expect(classifyTool(caseToTool(nothingLost[0]!)).confidence).toBeLessThan(0.9);
  });
});

const sessions: ToolCase[] = [
  { behaviour: 'initializing a connection manages its own session', name: 'init-acme', description: 'Initialize connection to the Acme instance.', expected: 'Other' },
  { behaviour: 'initializing a new session manages its own session', name: 'session_begin', description: 'Initialize a new conversation session.', expected: 'Other' },
  { behaviour: 'an upload session is still a resource the call creates', name: 'create_upload_session', description: 'Initialize an upload session for a large file.', expected: 'Write' },
  { behaviour: 'choosing the working directory chooses what it works on', name: 'mod_location', description: 'Sets up the working directory for the mods.', expected: 'Other' },
  { behaviour: 'a selection for the current session is the tool\'s own session', name: 'choose_project', description: 'Select the project for the current session.', expected: 'Other' },
  { behaviour: 'a modal whose subject is the caller is not what the tool does', name: 'ask_feedback', description: 'Feedback form for agents. Usage rules (you must update these notes when done).', expected: 'Read' },
];

describe('the tool\'s own session, and the caller\'s actions', () => {
  test.each(sessions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const descriptionOutranksName: ToolCase[] = [
  { behaviour: 'a description saying the tool does not do its name\'s verb outranks the name', name: 'execute_task', description: 'Retrieve the guidance for a task. It is designed to guide you, not to execute the task for you.', expected: 'Read' },
  { behaviour: '"does not delete" takes back a name that deletes', name: 'delete_preview', description: 'Lists what a cleanup would remove. This tool does not delete anything.', expected: 'Read' },
  { behaviour: 'a prohibition addressed to the caller does not take back the name\'s verb', name: 'send_email', description: 'Sends an email. Do not send marketing email with it.', expected: 'Write' },
  { behaviour: 'what the user does not do does not take back the name\'s verb', name: 'approve_task', description: 'Approve the finished task. If the user does not approve, ask why.', expected: 'Write' },
  { behaviour: 'converting the content of a web page computes', name: 'get_markdown', description: 'Converts web page content to Markdown.', expected: 'Read' },
  { behaviour: 'converting an issue into a subtask changes the record', name: 'convert_issue', description: 'Convert an issue to a subtask.', expected: 'Write' },
  { behaviour: 'capturing a journal entry records it', name: 'journal_capture', description: 'Capture a journal entry or a note.', expected: 'Write' },
  { behaviour: 'capturing memory state reads it', name: 'take_memory_snapshot', description: 'Capture memory state.', expected: 'Read' },
  { behaviour: 'selecting the active tab chooses what it works on', name: 'select_page', description: 'Select active tab by index.', expected: 'Other' },
];

describe('the description outranks the name', () => {
  test.each(descriptionOutranksName)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('a `code` argument shaped like an identifier is not code', () => {
  const cases: ToolCase[] = [
    { behaviour: 'a project code of a few letters', name: 'upsert_case', description: 'Create or update a test case in a run.', properties: { code: { type: 'string', maxLength: 10, description: 'Project code' } }, expected: 'Write' },
    { behaviour: 'a code with a pattern', name: 'record_result', description: 'Record results into a run.', properties: { code: { type: 'string', pattern: '^[A-Z]+$', description: 'The code of the project to run against' } }, expected: 'Write' },
    { behaviour: 'code to run, unbounded, is still code', name: 'sandbox', description: 'A sandbox.', properties: { code: { type: 'string', description: 'JavaScript code to execute' } }, expected: 'Execute' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('code that is not run', () => {
  const cases: ToolCase[] = [
    { behaviour: 'a SELECT query the tool executes is a read', name: 'query', description: 'Execute a SELECT query.', properties: { sql: { type: 'string' } }, expected: 'Read' },
    { behaviour: 'a script transformed without executing it is not run', name: 'script_transform', description: 'Transform a bash script without executing it.', properties: { command: { type: 'string', description: 'The script' } }, expected: 'Read' },
    { behaviour: 'a command assessed before it is executed is not run', name: 'assess_command', description: 'Assess risk before executing a command.', properties: { command: { type: 'string', description: 'The shell command' } }, expected: 'Read' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('verbs a definition uses that the rules did not know', () => {
  const cases: ToolCase[] = [
    { behaviour: 'stashing changes writes', name: 'git_stash', description: 'Stashes changes in the working directory.', expected: 'Write' },
    { behaviour: 'issuing a certificate creates it', name: 'issueCert', description: 'Issue a new cert.', expected: 'Write' },
    { behaviour: 'visiting a web page loads it to read it', name: 'visit_page', description: 'Visit a webpage and extract its content.', expected: 'Read' },
    { behaviour: 'recalling from memory reads', name: 'hierarchical_recall', description: 'Recall from hierarchical memory.', expected: 'Read' },
    { behaviour: 'examples after "actions like" are capabilities', name: 'asset_tool', description: 'Designer Tool - Asset tool to perform actions like create folder, get all assets and update assets.', expected: 'Write' },
    { behaviour: 'revoking its own connection id ends its session', name: 'disconnect', description: 'Close a connection and revoke its connectionId.', expected: 'Other' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('a second predicate of another category is competing evidence and keeps a read below 0.9', () => {
    const verdict = classifyTool(caseToTool({ behaviour: '', name: 'get_user', description: 'Get a user by id and lock it.', annotations: { readOnlyHint: true }, expected: 'Read' }));
    expect(verdict.category).toBe('Read');
    expect(verdict.competing?.category).toBe('Write');
    expect(verdict.confidence).toBeLessThan(0.9);
  });
});

describe('action values: what a value names', () => {
  const cases: ToolCase[] = [
    { behaviour: 'a value that starts with a verb is that verb (get_call_stack reads)', name: 'stack', description: 'Stack tools.', properties: { action: { type: 'string', enum: ['get_call_stack', 'read_raw'] } }, expected: 'Read' },
    { behaviour: 'after a noun, a verb that is also a noun is part of it (symbol_auto_complete)', name: 'symbols', description: 'Symbol tools.', properties: { action: { type: 'string', enum: ['symbol_auto_complete', 'get_string'] } }, expected: 'Read' },
    { behaviour: 'a union spells its values one by one', name: 'handles', description: 'Handle tools.', properties: { action: { anyOf: [{ type: 'object', properties: { action: { const: 'list_handles' } } }, { type: 'object', properties: { action: { const: 'delete_handle' } } }] } }, expected: 'Destructive' },
    { behaviour: 'a value glossed by a noun phrase names data', name: 'signal_data', description: 'Signal data. • alert — current signal alerts • change — abnormal price movements', properties: { action: { type: 'string', enum: ['alert', 'change'] } }, expected: 'Read' },
    { behaviour: 'a value glossed by a verb is an action', name: 'records', description: 'Records. • list — lists records • update — changes a record', properties: { action: { type: 'string', enum: ['list', 'update'] } }, expected: 'Write' },
    { behaviour: 'a run glossed by a noun phrase still runs', name: 'flow', description: 'Flow orchestration: batch (multi-command), run (multi-step automation).', properties: { action: { type: 'string', enum: ['batch', 'run'] } }, expected: 'Execute' },
    { behaviour: 'a description that only names data reads', name: 'hl_whale', description: 'Hyperliquid whale data. All actions support an optional coin filter.', properties: { coin: { type: 'string' }, window: { type: 'object' } }, expected: 'Read' },
    { behaviour: 'a noun phrase that ends in something else is not data', name: 'data_modeling', description: 'Interactive data modeling with design patterns.', properties: { spec: { type: 'object' } }, expected: 'Other' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('stepping a debugger', () => {
  test('stepping out of a function runs the program (Execute)', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'step_out', description: 'Step out of the current function. Waits briefly for the program to stop.', expected: 'Execute' })).category).toBe('Execute');
  });

  test('a step that is a noun does not run anything', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'list_steps', description: 'List the steps of a recipe.', expected: 'Read' })).category).toBe('Read');
  });
});

describe('what the caller wants, and what the tool releases', () => {
  test('an infinitive after the caller as subject is not what the tool does', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'memory_store', description: 'Persistent key-value store that survives sessions, and you need to delete entries by key.', expected: 'Write' })).category).toBe('Write');
  });

  test('releasing all its resources ends its own session', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'sandbox_stop', description: 'Stop and clean up the isolated environment, releasing all resources.', expected: 'Other' })).category).toBe('Other');
  });
});

describe('products, certificates and setups', () => {
  const cases: ToolCase[] = [
    { behaviour: 'a product name whose halves are verbs is a noun (WordPress is no press)', name: 'changeWordPressVersion', description: 'Changes the WordPress core version of a website.', expected: 'Write' },
    { behaviour: 'installing an SSL certificate configures; it installs no software', name: 'hosting_installSSLV1', description: 'Requests a lifetime SSL certificate for the website.', expected: 'Write' },
    { behaviour: 'starting a certificate setup sets it up', name: 'cert_begin', description: "Starts a Let's Encrypt certificate setup for the domain.", expected: 'Write' },
    { behaviour: 'installing a package still installs software', name: 'install_package', description: 'Install an npm package.', expected: 'Execute' },
    { behaviour: 'an action noun after "and" belongs to another predicate', name: 'knip-run', description: 'Run Knip and return configuration hints and issues.', expected: 'Execute' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('warnings and gestures that lose nothing', () => {
  const cases: ToolCase[] = [
    { behaviour: '"NON-DESTRUCTIVE" is no warning of loss', name: 'security_audit', description: 'Dynamic security testing of a web application. SAFE and NON-DESTRUCTIVE.', expected: 'Read' },
    { behaviour: 'drag and drop is one gesture, a drag', name: 'drag_drop', description: 'Drag and drop from source element to target element.', expected: 'Execute' },
    { behaviour: 'dropping cached reads loses derived data only', name: 'reset_shortcut_cache', description: 'Drop cached shortcut reads for a workspace.', properties: { workspace_id: { type: 'string' } }, expected: 'Write' },
    { behaviour: 'clearing a field value removes a setting', name: 'update_custom_field', description: 'Set or clear a custom field value on an issue.', expected: 'Write' },
    { behaviour: 'a capitalised DESTRUCTIVE still warns', name: 'replace_diagram', description: 'DESTRUCTIVE: replaces the whole diagram.', expected: 'Destructive' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('"by …-ing" says how, not what', () => {
  test('optimizing a style by removing unused layers optimizes it (the call reads)', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'optimize_style', description: 'Optimizes map styles by removing unused sources and duplicate layers.', annotations: { readOnlyHint: true }, expected: 'Read' })).category).toBe('Read');
  });

  test('reading a contract by calling a view function reads', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'read_contract', description: 'Read data from a smart contract by calling a view function.', expected: 'Read' })).category).toBe('Read');
  });
});


describe('reads that save files, and skips', () => {
  const cases: ToolCase[] = [
    { behaviour: 'exporting a board to an XML file writes that file', name: 'export_board', description: 'Export a board file to an IPC-2581 XML file.', expected: 'Write' },
    { behaviour: 'exporting a report as text returns it', name: 'export_report', description: 'Export the report as Markdown text.', expected: 'Read' },
    { behaviour: 'a path to a file name is not a file written', name: 'get_asset', description: 'Get the URL to the file name of an asset.', expected: 'Read' },
    { behaviour: 'skipping a delivery changes the order', name: 'skip_delivery', description: 'Skip a delivery week.', expected: 'Write' },
    { behaviour: 'a lone key glossed in another script is a label, not the lead sentence', name: 'plan_report', description: '计算部署计划。\n- delete：删除的资源', expected: 'Read' },
  ];
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});
