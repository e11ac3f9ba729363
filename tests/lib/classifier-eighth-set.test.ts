import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/**
 * Rules of the eighth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const described = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: 'object', properties } });

describe('a session inherited from the server drives only by gestures, not by verbs that change records', () => {
  const selector = { selector: { type: 'string' } };
  const drivers = [
    described('tap', 'Tap a target.', selector),
    described('type_text', 'Type text into a target.', selector),
    described('scroll', 'Scroll the view.', selector),
  ];
  const observers = [described('devices', 'List available devices.'), described('logs', 'Show recent logs.'), described('wait', 'Wait for a duration.')];
  const license = described('activate_license', 'Activate a Pro license using an activation token from your dashboard.', { token: { type: 'string' } });
  const feedback = described('send_feedback', 'Send feedback about these tools to their authors.', { title: { type: 'string' }, body: { type: 'string' } });
  const back = described('back', 'Navigate back in the app.');
  const tools = [...drivers, ...observers, license, feedback, back];
  const context = toolsToServerContext(tools);

  test('the server drives a session (a third of its tools drive one)', () => {
    expect(context.drivesSession).toBe(true);
  });

  test.each([
    ['activate_license ("Activate a Pro license") writes a record', license, 'Write'],
    ['send_feedback ("Send feedback about these tools") writes a record', feedback, 'Write'],
    ['back ("Navigate back in the app") still drives the session', back, 'Execute'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool, context).category).toBe(expected);
  });

  test('a tool that places itself in the page still drives it by the same verbs (submit a form → Execute)', () => {
    const submit = described('submit_form', 'Submit the form on the current page.', selector);
    expect(classifyTool(submit, context).category).toBe('Execute');
    expect(classifyTool(described('activate_tab', 'Activate a browser tab by its index.', { index: { type: 'number' } }), context).category).toBe('Execute');
  });
});

describe('money moved by a plain verb on a money object', () => {
  test.each([
    ['claim_fees ("Claim accrued fee-share fees") collects money owed', described('claim_fees', 'Claim accrued fee-share fees for a token you launched.', { token: { type: 'string' } }), 'Financial'],
    ['disable_auto_renewal ("Disable auto-renewal for a subscription") stops a paid plan', described('disable_auto_renewal', 'Disable auto-renewal for a subscription.', { subscriptionId: { type: 'string' } }), 'Financial'],
    ['enable_auto_renewal commits to future charges', described('enable_auto_renewal', 'Enable auto-renewal for a subscription.', { subscriptionId: { type: 'string' } }), 'Financial'],
    ['create_bill ("Create a vendor bill") records an amount owed', described('create_bill', 'Create a vendor bill with line items.', { vendor: { type: 'string' } }), 'Financial'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });

  test.each([
    ['claiming a free domain transfer moves no money', described('claim_free_domain_transfer', 'Claim a free domain transfer available on your account.', { domain: { type: 'string' } }), 'Write'],
    ['enabling a payment method only configures a store', described('enable_payment_method', 'Enable a manual payment method so the store can accept orders.', { storeId: { type: 'string' } }), 'Write'],
    ['claiming an issue for work is no money', described('claim_issue', 'Claim an issue for work.', { issueId: { type: 'string' } }), 'Write'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });
});

describe('resetting something to its defaults restores a setting, it loses no data', () => {
  test.each([
    ['config_reset ("Reset configuration to defaults")', described('config_reset', 'Reset configuration to defaults.'), 'Write'],
    ['reset_extensions ("… to their default state")', described('reset_extensions', 'Resets all PHP extensions of the website to their default state.', { domain: { type: 'string' } }), 'Write'],
    ['reset_hostname ("… to default value")', described('reset_hostname', 'Reset the hostname of a virtual machine to default value.', { vmId: { type: 'string' } }), 'Write'],
  ] as const)('%s is Write', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });

  test.each([
    ['a reset that clears files', described('reset_environment', 'Reset the environment to its default state, clearing all files.')],
    ['a reset back to default records (the custom records go)', described('reset_dns_records', 'Reset the DNS zone to the default records.', { domain: { type: 'string' } })],
    ['a reset with no defaults named', described('reset_branch', 'Resets migrations of a development branch.', { branch: { type: 'string' } })],
  ] as const)('%s stays Destructive', (_, tool) => {
    expect(classifyTool(tool).category).toBe('Destructive');
  });
});

describe('a plural noun opening a sentence, subject of a modal, is no verb', () => {
  test('"Only builds in the failed state can be analysed" runs no build (Read)', () => {
    const tool = described('analyse_failed_build', 'Returns an AI analysis of why a build failed and how to fix it. Only builds in the failed state can be analysed.', { buildId: { type: 'string' } });
    expect(classifyTool(tool).category).toBe('Read');
  });

  test('"Scripts must be attached first" runs no script: the tool that wires a signal writes (Write)', () => {
    const tool = described('wire_signal', 'Wire a signal between two nodes. Scripts must be attached first.', { scene_path: { type: 'string' } });
    expect(classifyTool(tool).category).toBe('Write');
  });

  test.each([
    ['"Builds the project and can deploy it" still builds', described('make_project', 'Builds the project and can deploy it.'), 'Execute'],
    ['"reports whether a task can be assigned" still reports', described('teammate_idle', 'Hook fired when a teammate finishes; reports whether a pending task can be auto-assigned.'), 'Read'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });
});

describe('a name that ends in a verb after a noun names its object by that compound', () => {
  test('set_image_fill ("Set an image fill … decoded in the browser bridge") sets a fill (Write), it fills no field', () => {
    const tool = described('set_image_fill', 'Set an image fill on one or more nodes. The image is decoded in the browser bridge.', { nodeIds: { type: 'array' } });
    expect(classifyTool(tool).category).toBe('Write');
  });

  test('two verbs joined by "and" still weigh alike (record_and_click → Execute)', () => {
    expect(classifyTool(described('record_and_click', 'Record and click.')).category).toBe('Execute');
  });
});

describe('a read-only claim about other tools it names is not about the call', () => {
  test('"Read-only tools (read_scene, get_node) may be mixed in" on a tool that runs tool calls (Execute)', () => {
    const tool = described('batch_execute', 'Run an ordered list of tool calls as one operation. Read-only tools (read_scene, get_node_properties) may be mixed in.', { commands: { type: 'array' } });
    expect(classifyTool(tool).category).toBe('Execute');
  });

  test('"Read-only tool." still claims the call reads', () => {
    expect(classifyTool(described('sync_things', 'Sync things. Read-only tool.')).category).toBe('Read');
  });
});

describe('a verb glossed by a bracketed verb means what the gloss says', () => {
  test('"Show (unhide) a range of rows in a sheet" changes the sheet (Write)', () => {
    const tool = described('showSheetDimension', 'Show (unhide) a range of columns or rows in a sheet.', { spreadsheetId: { type: 'string' } });
    expect(classifyTool(tool).category).toBe('Write');
  });

  test('"View (read) a file" still reads', () => {
    expect(classifyTool(described('view_file', 'View (read) a file.', { path: { type: 'string' } })).category).toBe('Read');
  });
});

describe('"must" after a thing other than the tool states a requirement, not what the call does', () => {
  test('"the method must match an entry in the allowlist" does not make a method call a lookup (Execute)', () => {
    const tool = described('method_call', 'Call a whitelisted server method directly. Deny-by-default: the method must match an entry in the allowlist, or the call is rejected.', { method: { type: 'string' } });
    expect(classifyTool(tool).category).toBe('Execute');
  });

  test('"This tool must delete the old index" still speaks of the call (Destructive)', () => {
    expect(classifyTool(described('old_index', 'This tool must delete the old index.')).category).toBe('Destructive');
  });
});

describe('a name word used as the description\'s verb places a tool in no screen', () => {
  const screeners = ['stocks', 'forex', 'crypto', 'etf'].map((market) => described(`screen_${market}`, `Screen ${market} based on fundamental and technical criteria. Returns matches.`, { filters: { type: 'object' } }));
  const others = ['get_quote', 'list_presets', 'get_preset', 'list_fields', 'get_history', 'lookup_symbol', 'get_news'].map((name) => described(name, 'Get market data.', { symbol: { type: 'string' } }));
  const select = described('select_preset', 'Select a preset screening strategy as the default.', { key: { type: 'string' } });
  const context = toolsToServerContext([...screeners, ...others, select]);

  test('a stock screener server drives no session', () => {
    expect(context.drivesSession).toBeFalsy();
    expect(classifyTool(select, context).category).not.toBe('Execute');
  });

  test('"Get the screen size of the device" still places get_screen_size on a device', () => {
    const sizes = [described('get_screen_size', 'Get the screen size of the device.'), described('list_apps', 'List apps.'), described('get_logs', 'Get logs.')];
    expect(toolsToServerContext(sizes).drivesSession).toBe(true);
  });
});

describe('loading something into a stored thing changes it', () => {
  test.each([
    ['"Load a CSV file into a database table" writes the table', described('load_csv', 'Load a CSV file into a database table.', { path: { type: 'string' } }), 'Write'],
    ['"Load a texture into a sprite node" changes the scene', described('load_texture', 'Load a texture into a sprite node of the scene.', { nodePath: { type: 'string' } }), 'Write'],
    ['"Load a file into context" still reads', described('load_file', 'Load a file into context for the model to read.', { path: { type: 'string' } }), 'Read'],
    ['"Load the image into memory" still reads', described('load_image', 'Load the image into memory and return its size.', { path: { type: 'string' } }), 'Read'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });
});

describe('finishing a login is logging in', () => {
  test.each([
    ['"Finish the OAuth authorization flow" manages its own session', described('finish_auth', 'Finish the OAuth authorization flow.'), 'Other'],
    ['"Complete the login" manages its own session', described('complete_login', 'Complete the login.'), 'Other'],
    ['"Complete a task" still writes', described('complete_task', 'Complete a task.', { taskId: { type: 'string' } }), 'Write'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });
});

describe('building a map, a diagram or a visualization computes it for the caller', () => {
  test.each([
    ['"Build an interactive visual map of all scripts" reads', described('map_scripts', 'Crawl the project and build an interactive visual map of all scripts.', { root: { type: 'string' } }), 'Read'],
    ['"Build the project" still runs a build', described('build_project', 'Build the project.', { root: { type: 'string' } }), 'Execute'],
  ] as const)('%s', (_, tool, expected) => {
    expect(classifyTool(tool).category).toBe(expected);
  });
});
