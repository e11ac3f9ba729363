import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { inflectionToVerb, verbToCategory } from '../../src/lib/classifier/lexicon.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the eleventh set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

describe('a verb we know with a re- prefix is that verb done again', () => {
  test('redefine, rescan, reinstall and re-enable take the category of define, scan, install and enable', () => {
    expect(verbToCategory('redefine')).toBe('Write');
    expect(verbToCategory('rescan')).toBe('Read');
    expect(verbToCategory('reinstall')).toBe('Execute');
    expect(inflectionToVerb('re-enables')).toEqual({ verb: 'enable', form: 'third' });
    expect(inflectionToVerb('recreating')).toEqual({ verb: 'create', form: 'gerund' });
  });

  test('a name or an action value with no word at all is no verb, and classifying it does not throw', () => {
    expect(() => classifyTool(caseToTool({ behaviour: '', name: ' ', properties: { action: { type: 'string', enum: [' ', ':'] } }, expected: 'Other' }))).not.toThrow();
  });

  test('a "re" that belongs to another word is no prefix: returns, react, retail, remarks stay unknown', () => {
    for (const word of ['returns', 'return', 'react', 'retail', 'remarks', 'retyped', 'resort', 'rebilling']) expect(inflectionToVerb(word), word).toBeUndefined();
    // Verbs the lexicon lists itself keep their own category.
    expect(verbToCategory('reset')).toBe('Destructive');
    expect(verbToCategory('restart')).toBe('Execute');
  });

  expectCases([
    { behaviour: 'redefine_classes "Hot-swap changed classes into a running JVM" changes the running program (Write, not Read)', name: 'redefine_classes', description: 'Hot-swap changed Java classes into a running JVM. Scans a classes directory for .class files and redefines them.', properties: { classesDir: { type: 'string' } }, expected: 'Write' },
    { behaviour: '"Reinstall the SSL certificate of a domain" configures, like installing one (Write)', name: 'reinstall_ssl', description: 'Reinstall the SSL certificate of a domain.', properties: { domain: { type: 'string' } }, expected: 'Write' },
    { behaviour: '"Reconnect to the API server by recreating all clients" is still its own session (Other)', name: 'reconnect', description: 'Reconnect to the Kubernetes API server by recreating all API clients.', expected: 'Other' },
  ]);
});

describe('an entry taken out of a list is gone: it exists only in the list (Destructive)', () => {
  expectCases([
    { behaviour: 'delete_list_entry "Remove an entry from a list" loses the entry', name: 'delete_list_entry', description: 'Remove an entry from a list.', properties: { list_id: { type: 'string' }, entry_id: { type: 'string' } }, expected: 'Destructive' },
    { behaviour: '"Remove multiple entries from the suppression list" loses them', name: 'remove_suppressions', description: 'Remove multiple entries from the suppression list.', expected: 'Destructive' },
    { behaviour: '"Remove an issue from a release" still only unlinks the issue (Write)', name: 'remove_issue_from_release', description: 'Remove an issue from a release.', expected: 'Write' },
    { behaviour: '"Remove a record from a list" still only unlinks the record, which lives on (Write)', name: 'remove_from_list', description: 'Remove a record from a list.', expected: 'Write' },
  ]);
});

describe('what follows "under", "inside" or "between" says where or whose, not what the verb acts on', () => {
  expectCases([
    { behaviour: '"Create a mailbox under the given mail order" moves no money (Write)', name: 'create_mailbox', description: 'Create a mailbox under the given mail order.', properties: { order_id: { type: 'string' }, local_part: { type: 'string' } }, expected: 'Write' },
    { behaviour: '"Create an order for the customer" still commits a purchase (Financial)', name: 'create_order', description: 'Create an order for the customer.', properties: { customer_id: { type: 'string' } }, expected: 'Financial' },
  ]);
});

describe('a subscription that delivers notifications is no paid plan', () => {
  expectCases([
    { behaviour: 'create-subscription "Subscribes a listener to receive change notifications" writes', name: 'create-subscription', description: 'Subscribes a listener application to receive change notifications when a resource changes.', expected: 'Write' },
    { behaviour: 'update-subscription "Renew a webhook subscription by extending its expiry time" writes', name: 'update-subscription', description: 'Renew a subscription by extending its expiry time. Renews a webhook subscription.', expected: 'Write' },
    { behaviour: 'delete-subscription of a webhook still deletes it (Destructive)', name: 'delete-subscription', description: 'Delete a subscription. No further change notifications will be sent.', expected: 'Destructive' },
    { behaviour: 'cancel_subscription "Cancel the paid plan; notifications stop" still cancels a paid plan (Financial)', name: 'cancel_subscription', description: 'Cancel a subscription to the paid plan. Billing notifications stop.', expected: 'Financial' },
    { behaviour: 'create_subscription with no word of notifications stays Financial', name: 'create_subscription', description: 'Create a subscription for a customer.', expected: 'Financial' },
  ]);
});

describe('switching automatic payments on or off commits to or stops future charges (Financial)', () => {
  expectCases([
    { behaviour: '"Enable or manage auto-payment for an invoice schedule" is Financial', name: 'auto_payment_schedule', description: 'Enable or manage auto-payment for an invoice schedule.', expected: 'Financial' },
    { behaviour: '"Suspend billing for a location" is Financial', name: 'suspend_location_billing', description: 'Suspend billing for a location.', expected: 'Financial' },
    { behaviour: '"Enable a manual payment method for the store" only configures it (Write)', name: 'enable_payment_method', description: 'Enable a manual payment method so the store can accept orders.', expected: 'Write' },
  ]);
});

describe('typing into a field of a page drives it, however the sentence opens', () => {
  expectCases([
    { behaviour: 'input_text "Type text into an input field or textarea" drives the page (Execute)', name: 'input_text', description: 'Type text into an input field or textarea', properties: { ref: { type: 'string' }, text: { type: 'string' } }, expected: 'Execute' },
    { behaviour: '"Select an option from a dropdown/select element" drives the page (Execute)', name: 'select_option', description: 'Select an option from a dropdown/select element by value, text, or index', properties: { ref: { type: 'string' }, value: { type: 'string' } }, expected: 'Execute' },
    { behaviour: '"Upload a file through a file input element" drives the page (Execute)', name: 'file_upload', description: 'Upload a file through a file input element', properties: { ref: { type: 'string' }, path: { type: 'string' } }, expected: 'Execute' },
    { behaviour: '"Type definitions for the API" is a noun phrase, no typing', name: 'get_types', description: 'Type definitions for the API.', expected: 'Read' },
  ]);
});

describe('unlinking one thing from another, or detaching it, leaves both (Write)', () => {
  expectCases([
    { behaviour: '"Unlinks a domain from the website" outranks the name\'s unlink (Write)', name: 'unlink_domain', description: 'Unlinks a domain from the specified website. The website stops serving traffic on this domain.', expected: 'Write' },
    { behaviour: 'unlinkDomainFromWebsite by its name alone unlinks (Write)', name: 'unlinkDomainFromWebsite', expected: 'Write' },
    { behaviour: '"Unlink a file from the filesystem" is the POSIX unlink, which deletes it', name: 'unlink_file', description: 'Unlink a file from the filesystem.', expected: 'Destructive' },
    { behaviour: 'detach_script "Remove a script from a node in a scene" restates the name: it unlinks (Write)', name: 'detach_script', description: 'Remove a script from a node in a scene.', expected: 'Write' },
    { behaviour: 'detach_volume that also "permanently deletes its data" still loses it', name: 'detach_volume', description: 'Remove a volume from the server and permanently delete its data.', expected: 'Destructive' },
    { behaviour: 'remove_script "Remove a script from a node" with no detaching name still deletes', name: 'remove_script', description: 'Remove a script from a node in a scene.', expected: 'Destructive' },
    { behaviour: '"Remove focus from a specific element" loses no data (Write)', name: 'blur_element', description: 'Remove focus from a specific element', expected: 'Write' },
  ]);
});

describe('a later sentence that says the call stores what it made is an effect (Write)', () => {
  expectCases([
    { behaviour: '"Generate N variants of a form\'s headline. Each variant is added as \'active\'." writes', name: 'form_variants_generate', description: "Use the model to generate N alternative variants of a form's headline. Each variant is added as 'active' alongside the control.", expected: 'Write' },
    { behaviour: '"Run a patent scan. It writes findings." writes', name: 'patent_scan', description: 'Run a patent-intelligence scan. This performs external searches, and it writes findings.', expected: 'Write' },
    { behaviour: '"Open a bundle. Saves the connections as files." writes', name: 'bundle_open', description: 'Open a bundle file and extract its connections. Saves each connection as a file.', expected: 'Write' },
    { behaviour: '"Open a bundle. Decrypts credentials and saves them as files." writes', name: 'engine_open', description: 'Open a bundle file and extract its connections. Decrypts credentials and saves them as individual connection files.', expected: 'Write' },
    { behaviour: 'a lookup whose name observes still reads: get_report "Full reports are saved to disk"', name: 'get_report', description: 'Get the report. It saves a copy to disk.', expected: 'Read' },
    { behaviour: 'by-products of an observation: "Run an audit. Full reports are saved to disk." still reads', name: 'lighthouse_audit', description: 'Run a Lighthouse audit of the page. Full reports are saved to disk.', expected: 'Read' },
    { behaviour: 'a store denied or conditional is none: "Generate a summary. Nothing is saved."', name: 'summary_generate', description: 'Generate a summary of the text. Nothing is saved to disk.', expected: 'Read' },
  ]);
});

describe('making a checkout session or a payment link begins a purchase (Financial)', () => {
  expectCases([
    { behaviour: '"Start a Stripe checkout session for a product" is Financial', name: 'ucp_checkout', description: 'Start a Stripe checkout session for a product. Returns the hosted checkout URL the buyer needs to visit.', properties: { product_id: { type: 'string' } }, expected: 'Financial' },
    { behaviour: '"Generate a payment link for a sub-account to pay for their subscription" is Financial', name: 'generate_payment_link', description: 'Generate a payment link for a sub-account to pay for their SaaS subscription.', expected: 'Financial' },
    { behaviour: '"Get basket ready for checkout" still reads', name: 'checkout_ready', description: 'Get basket ready for checkout with payment context. Call this before placing an order.', expected: 'Read' },
    { behaviour: 'git_checkout "Can checkout an existing branch" is no purchase (Write)', name: 'git_checkout', description: 'Switch branches or restore working tree files. Can checkout an existing branch, create a new branch, or restore specific files.', expected: 'Write' },
  ]);
});

describe('migrating data moves it (Write); migrating a database runs its migrations (Execute)', () => {
  expectCases([
    { behaviour: '"Migrate an external authentication connection for an app" writes', name: 'migrate_connection', description: 'Migrate an external authentication connection for a specific app and location.', expected: 'Write' },
    { behaviour: '"Migrate entities into a destination project" writes', name: 'migrate_entities', description: 'Migrate entities into a destination project.', expected: 'Write' },
    { behaviour: '"Migrate the database to the latest schema" still runs migrations (Execute)', name: 'migrate_db', description: 'Migrate the database to the latest schema.', expected: 'Execute' },
    { behaviour: 'apply_migration "Applies a migration to the database" still runs (Execute)', name: 'apply_migration', description: 'Applies a migration to the database.', expected: 'Execute' },
  ]);
});

describe('a command handed in to be judged is not run', () => {
  const command = { type: 'string', description: 'Command to execute' };
  expectCases([
    { behaviour: 'pre_command(command) "Assess risk before executing a command" reads', name: 'pre_command', description: 'Assess risk before executing a command.', properties: { command }, expected: 'Read' },
    { behaviour: 'run_command(command) "Run a shell command" still runs', name: 'run_command', description: 'Run a shell command.', properties: { command }, expected: 'Execute' },
  ]);
});

describe('a message sent is a record delivered to people, even from a device tool (Write)', () => {
  expectCases([
    { behaviour: 'device_notify "Send the owner a phone notification" on a device writes', name: 'device_notify', description: 'Send the owner a phone notification. Respects their per-device toggle.', expected: 'Write' },
    { behaviour: '"Send a command to the device" still runs there (Execute)', name: 'device_command', description: 'Send a command to the device.', expected: 'Execute' },
  ]);
});

describe('"Call with …" says how to call the tool, not what it does', () => {
  expectCases([
    { behaviour: 'authenticate "Step 1: Call with no arguments to get the authorization URL" manages its own session (Other)', name: 'qbo_authenticate', description: 'Authenticate with QuickBooks using OAuth. Step 1: Call with no arguments to get the authorization URL. Step 2: Call again with the redirect URL.', expected: 'Other' },
    { behaviour: '"Call the webhook endpoint with the payload" still calls it', name: 'call_webhook', description: 'Call the webhook endpoint with the payload.', expected: 'Execute' },
  ]);
});

describe('words that name data are no verbs', () => {
  const action = (values: string[]) => ({ action: { type: 'string', enum: values } });
  expectCases([
    { behaviour: '"Hyperliquid trade fills. • by_address — fills by wallet." looks fills up (Read)', name: 'hl_fills', description: 'Hyperliquid trade fills.\n• by_address — fills by wallet. Requires: address\n• by_oid — fills by order ID. Requires: oid', properties: { ...action(['by_address', 'by_oid']), address: { type: 'string' } }, expected: 'Read' },
    { behaviour: '"Deletes by ID" still deletes', name: 'purge', description: 'Deletes by ID or by name.', expected: 'Destructive' },
    { behaviour: 'index_data "Index data. • price — index price" names data, the name\'s index is a noun (Read)', name: 'index_data', description: 'Index data.\n• price — index price. Requires: key\n• list — all available indexes', properties: { ...action(['price', 'list']), key: { type: 'string' } }, expected: 'Read' },
    { behaviour: 'index_documents "Index the documents for search" still indexes (Write)', name: 'index_documents', description: 'Index the documents for search.', expected: 'Write' },
  ]);
});

describe('a mock, a stub or an override removed is a setting, not data (Write)', () => {
  expectCases([
    { behaviour: 'network_mock(action: add|list|remove|clear) changes rules that replace responses (Write)', name: 'network_mock', description: "Intercept the app's HTTP requests and replace or modify the response.", properties: { action: { type: 'string', enum: ['add', 'list', 'remove', 'clear'] }, id: { type: 'string' } }, expected: 'Write' },
    { behaviour: '"Remove a mock from the running app" writes', name: 'remove_network_mock', description: 'Remove a network mock from the running app.', expected: 'Write' },
  ]);
});

describe('a bare imperative on a pronoun points back: an instruction, never the lead', () => {
  expectCases([
    { behaviour: 'get_refresh_status "… if so the filter matches nothing — drop it." does not drop anything', name: 'refresh_probe', description: 'Pull-style probe: did the runtime accept an update? FILTER: `sincePath` matches the module path; if so the filter matches nothing — drop it.', properties: { since: { type: 'number' } }, expected: 'Read' },
  ]);
});

describe('a screen recording started or stopped is a capture (Read)', () => {
  test('record(action: start|stop) "Start or stop a screen recording" on a device driver reads', () => {
    const record = caseToTool({ behaviour: '', name: 'record', description: 'Start or stop a screen recording for the active app session.', properties: { action: { type: 'string', enum: ['start', 'stop'] }, path: { type: 'string' } }, expected: 'Read' });
    const tap = caseToTool({ behaviour: '', name: 'tap', description: 'Tap a UI element on the selected device.', expected: 'Execute' });
    const swipe = caseToTool({ behaviour: '', name: 'swipe', description: 'Swipe on the selected device screen.', expected: 'Execute' });
    expect(classifyTool(record, toolsToServerContext([record, tap, swipe])).category).toBe('Read');
  });
});

describe('a light verb governing an action named by a plain verb does that action', () => {
  expectCases([
    { behaviour: 'perform_system_repair "Attempt to automatically repair common system issues" repairs (Write)', name: 'perform_system_repair', description: 'Attempt to automatically repair common system issues', expected: 'Write' },
    { behaviour: '"Trigger a full filesystem rescan in the editor" scans (Read)', name: 'rescan_filesystem', description: 'Trigger a full filesystem rescan in the Godot editor.', expected: 'Read' },
    { behaviour: '"Run an ordered list of tool calls" still runs them: a list is a noun', name: 'batch_execute', description: 'Run an ordered list of MCP tool calls as a single composite operation.', expected: 'Execute' },
    { behaviour: '"Trigger a production deploy" still runs: a verb that runs is no plain action noun', name: 'trigger_deploy', description: 'Trigger a production deploy.', expected: 'Execute' },
  ]);
});

describe('a session given a title, a description or its participants is a record (Write)', () => {
  expectCases([
    { behaviour: 'create_coordination_session(title, description, agents) "Start a multi-agent coordination session" writes', name: 'create_coordination_session', description: 'Start a multi-agent coordination session', properties: { title: { type: 'string' }, description: { type: 'string' }, agents: { type: 'array', items: { type: 'string' } } }, required: ['title', 'description', 'agents'], expected: 'Write' },
    { behaviour: 'create_session(browser) "Create a new browser session" is still its own session (Other)', name: 'create_session', description: 'Create a new browser session.', properties: { browser: { type: 'string' } }, required: ['browser'], expected: 'Other' },
  ]);
});

describe('an observing verb right after a light verb names the activity started', () => {
  expectCases([
    { behaviour: 'start_render_highlight "Show visual re-render overlay on device" observes (Read)', name: 'start_render_highlight', description: 'Show visual re-render overlay on device. Highlights re-rendering components with count badges.', properties: { deviceId: { type: 'string' } }, expected: 'Read' },
    { behaviour: 'start_build still runs a build', name: 'start_build', description: 'Start a build of the project.', expected: 'Execute' },
  ]);
});

describe('connecting a provider links a record; predictions made are the call\'s own output', () => {
  expectCases([
    { behaviour: '"Connect a custom payment provider to a location" links it (Write)', name: 'connect_custom_provider', description: 'Connect a custom payment provider to a location.', expected: 'Write' },
    { behaviour: '"Connect to the server" is still its own session (Other)', name: 'connect', description: 'Connect to the server.', expected: 'Other' },
    { behaviour: 'neural_predict "Make predictions using a neural model" computes (Read)', name: 'neural_predict', description: 'Make predictions using a neural model.', expected: 'Read' },
    { behaviour: '"Make a new forecast record in the planner" still creates a record (Write)', name: 'add_forecast', description: 'Make a new forecast in the planner.', expected: 'Write' },
  ]);
});

describe('holding a target on a page or a device is a gesture (Execute)', () => {
  expectCases([
    { behaviour: 'longpress "Hold a UI target on the selected device" drives it', name: 'longpress', description: 'Hold a UI target on the selected device to open a context menu.', properties: { ref: { type: 'string' } }, expected: 'Execute' },
    { behaviour: '"Hold an order for review" outside a page or a device still writes', name: 'hold_order', description: 'Hold an order for manual review.', expected: 'Write' },
  ]);
});

describe('converting a file into a stored document makes that document (Write)', () => {
  expectCases([
    { behaviour: '"Convert an existing PDF in Drive into an editable Google Doc" writes', name: 'convertPdfToGoogleDoc', description: 'Convert an existing PDF in Drive into an editable Google Doc', properties: { fileId: { type: 'string' } }, expected: 'Write' },
    { behaviour: '"Convert a Markdown string to HTML" still computes (Read)', name: 'convert_markdown', description: 'Convert a Markdown string to HTML.', properties: { markdown: { type: 'string' } }, expected: 'Read' },
  ]);
});

describe('a verb that moves things, before a bare object and its source or place, is the verb', () => {
  expectCases([
    { behaviour: '"Full pipeline: import credentials from file → create encrypted bundle" imports (Write)', name: 'engine_bundle', description: 'Full pipeline: import credentials from file → map to services → create encrypted .0n bundle.', expected: 'Write' },
    { behaviour: '"Transfer funds to a savings account" moves money (Financial)', name: 'funds_tool', description: 'Transfer funds to a savings account.', expected: 'Financial' },
    { behaviour: '"Log entries from the server" is still a noun phrase naming data', name: 'server_logs', description: 'Log entries from the server.', expected: 'Read' },
  ]);
});

describe('building a template, an email or a dashboard makes a record where it is built (Write)', () => {
  expectCases([
    { behaviour: '"Save or build a new email template in the email builder" writes', name: 'save_email', description: 'Save or build a new email template in the CRM email builder.', expected: 'Write' },
    { behaviour: '"Build a sales dashboard from the metrics" writes', name: 'build_dashboard', description: 'Build a sales dashboard from the metrics.', expected: 'Write' },
    { behaviour: '"Build the site from the templates" still runs a build', name: 'build_site', description: 'Build the site from its templates.', expected: 'Execute' },
  ]);
});

describe('a dry-run switch among an options object\'s fields makes the read-only claim the rehearsal\'s', () => {
  const options = { type: 'object', properties: { dry_run: { type: 'boolean', description: 'Execute in dry-run mode (no actual changes)' } } };
  expectCases([
    { behaviour: 'orchestrate_template(options.dry_run) "EXECUTE multi-step workflows … • dry_run: Test without making changes" runs', name: 'orchestrate_template', description: 'EXECUTE multi-step workflows for complex entity operations.\n• dry_run: Test without making changes', properties: { template_id: { type: 'string' }, options }, expected: 'Execute' },
    { behaviour: 'a read-only lookup with no such switch keeps its claim: "Get a template. Does not make changes."', name: 'get_template', description: 'Get a template. Does not make changes.', properties: { template_id: { type: 'string' } }, expected: 'Read' },
  ]);
});
