import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the tenth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

describe('a discount or a coupon changes what customers are charged: the rubric\'s "change a price" (Financial)', () => {
  expectCases([
    { behaviour: 'create_discount "Create a discount for a store" is Financial', name: 'create_discount', description: 'Create a discount for a store.', expected: 'Financial' },
    { behaviour: 'coupons_update "Update a coupon" is Financial', name: 'coupons_update', description: 'Update a coupon', expected: 'Financial' },
    { behaviour: 'list_discounts "List a store\'s discounts" still reads', name: 'list_discounts', description: "List a store's discounts.", expected: 'Read' },
  ]);
});

describe('recording a payment enters money received or paid in the books (Financial)', () => {
  expectCases([
    { behaviour: '"Record a customer payment against open invoices" is Financial', name: 'receive_payment', description: 'Record a customer payment against one or more open invoices.', expected: 'Financial' },
    { behaviour: 'record_payment is Financial by its name', name: 'record_payment', description: 'Marks an invoice as settled.', expected: 'Financial' },
    { behaviour: '"Record task feedback for learning" still only stores a note (Write)', name: 'record_feedback', description: 'Record task feedback for learning.', expected: 'Write' },
  ]);
});

describe('an amount whose own words put it in a currency is a sum of money, as with a currency argument', () => {
  const price = { type: 'number', description: 'Price in smallest currency unit (e.g. 1999 = $19.99)' };
  expectCases([
    { behaviour: 'create_variant(price "in smallest currency unit") sets a price (Financial)', name: 'create_variant', description: 'Create a variant for a product.', properties: { product_id: { type: 'string' }, price }, expected: 'Financial' },
    { behaviour: 'update_item(unit_price "in cents") sets a price (Financial)', name: 'update_item', description: 'Update an item.', properties: { unit_price: { type: 'integer', description: 'Unit price in cents.' } }, expected: 'Financial' },
    // Twelfth set: an argument named the price is the price charged, unit or not (the rubric's "change a price"; price-arguments.ts).
    { behaviour: 'create_variant(price with no unit) sets the variant\'s price all the same (Financial)', name: 'create_variant', description: 'Create a variant for a product.', properties: { price: { type: 'number', description: 'The price.' } }, expected: 'Financial' },
    { behaviour: 'create_variant(weight with no unit) is only a product record (Write)', name: 'create_variant', description: 'Create a variant for a product.', properties: { weight: { type: 'number', description: 'The weight.' } }, expected: 'Write' },
    { behaviour: 'search_products(price "in USD") changes nothing: its name does not change anything (Read)', name: 'search_products', description: 'Search products.', properties: { price: { type: 'number', description: 'Maximum price in USD.' } }, expected: 'Read' },
  ]);
});

describe('a login, OAuth or sign-in flow is the tool\'s own session, not a workflow run (Other)', () => {
  expectCases([
    { behaviour: '"Start device login flow and return verification URL + code" logs in', name: 'auth_login_start', description: 'Start device login flow and return verification URL + code.', expected: 'Other' },
    { behaviour: '"Start the OAuth flow for a new account" logs in', name: 'connect_account', description: 'Start the OAuth flow for a new account.', expected: 'Other' },
    { behaviour: '"Initiate the sign-in flow" logs in', name: 'begin', description: 'Initiate the sign-in flow.', expected: 'Other' },
    { behaviour: '"Start the approval flow for a document" still runs a flow (Execute)', name: 'start_approval', description: 'Start the approval flow for a document.', expected: 'Execute' },
    { behaviour: '"Run the login test suite" still runs tests (Execute)', name: 'run_suite', description: 'Run the login test suite.', expected: 'Execute' },
  ]);
});

describe('"you\'re", "you\'ve": a contracted caller is still the caller, whose infinitive is no effect of the tool', () => {
  expectCases([
    { behaviour: '"Given what you\'re trying to build, recommend the best primitives" reads', name: 'recommend_primitives', description: "Given what you're trying to build, recommend the best shadcn primitives.", expected: 'Read' },
    { behaviour: '"Once you\'ve decided to delete them, list the files" reads', name: 'list_candidates', description: "List stale files. Once you've decided to delete them, call purge_files.", expected: 'Read' },
    { behaviour: '"Build the project you\'re working on" still builds', name: 'build', description: "Build the project you're working on.", expected: 'Execute' },
  ]);
});

describe('a sum in an event the call reports (a conversion, an analytics event) records a payment made elsewhere: no money moves', () => {
  const currency = { type: 'string', description: 'ISO currency code' };
  expectCases([
    { behaviour: 'send_conversion(conversion_value, currency) reports a conversion (Write)', name: 'send_conversion', description: 'Send an offline conversion to the ads platform.', properties: { conversion_value: { type: 'number' }, currency }, expected: 'Write' },
    { behaviour: 'track_event(value, currency) records an analytics event (Write)', name: 'track_event', description: 'Send a purchase event to the analytics API.', properties: { value: { type: 'number' }, currency }, expected: 'Write' },
    { behaviour: 'create_payment(amount, currency) still moves money (Financial)', name: 'create_payment', description: 'Create a payment.', properties: { amount: { type: 'number' }, currency }, expected: 'Financial' },
  ]);
});

describe('an invoice template, an order fulfilment or billing settings are not the money their first noun names', () => {
  expectCases([
    { behaviour: 'create_invoice_template "Create an invoice template" makes a layout (Write)', name: 'create_invoice_template', description: 'Create an invoice template.', expected: 'Write' },
    { behaviour: 'delete_invoice_template "Delete an invoice template by ID" deletes a layout (Destructive)', name: 'delete_invoice_template', description: 'Delete an invoice template by ID.', expected: 'Destructive' },
    { behaviour: 'createOrderFulfillment "Create order fulfillment" ships it (Write)', name: 'createOrderFulfillment', description: 'Create order fulfillment.', expected: 'Write' },
    { behaviour: 'create_invoice "Create an invoice" still bills (Financial)', name: 'create_invoice', description: 'Create an invoice for a customer.', expected: 'Financial' },
  ]);
});

describe('provisioning creates a resource (Write): what later runs on it is another call\'s', () => {
  expectCases([
    { behaviour: '"Provision a tenant" writes', name: 'account_create', description: 'Provision a tenant for the customer.', expected: 'Write' },
    { behaviour: 'provision_machine "Provision an agent runtime machine" writes', name: 'provision_machine', description: 'Provision an agent runtime machine.', expected: 'Write' },
    { behaviour: '"Provision a server and run the setup script on it" still runs a script (Execute)', name: 'provision_server', description: 'Provision a server and run the setup script on it.', properties: { script: { type: 'string', description: 'Shell script to run after boot.' } }, expected: 'Execute' },
  ]);
});

describe('what a call builds or renders is found at the head of its object, also past four words or before an adverb', () => {
  expectCases([
    { behaviour: '"Create text embeddings locally using Ollama" computes them for the caller (Read)', name: 'ai_embed', description: 'Create text embeddings locally using Ollama.', expected: 'Read' },
    { behaviour: '"Build a ready-to-use Playwright connect() websocket endpoint" hands back a URL (Read)', name: 'ws_endpoint', description: 'Build a ready-to-use Playwright connect() websocket endpoint for the grid.', expected: 'Read' },
    { behaviour: '"Create a chart widget in the dashboard" still adds a widget (Write)', name: 'add_widget', description: 'Create a chart widget in the dashboard.', expected: 'Write' },
    { behaviour: '"Build the docker image for the service" still runs a build (Execute)', name: 'image', description: 'Build the docker image for the service.', expected: 'Execute' },
  ]);
});

describe('a predicate in the lead sentence that moves money is what the call does, even second', () => {
  expectCases([
    { behaviour: '"Book a flight for the traveler and charge the saved card" is Financial', name: 'book_flight', description: 'Book a flight for the traveler and charge the saved card.', expected: 'Financial' },
    { behaviour: '"Create an event and notify the attendees" still writes', name: 'create_event', description: 'Create an event and notify the attendees.', expected: 'Write' },
  ]);
});

describe('moving to another plan or renewing a domain changes what is billed (the rubric\'s "subscribe/cancel a paid plan")', () => {
  expectCases([
    { behaviour: 'upgrade_plan is Financial', name: 'upgrade_plan', description: 'Upgrade the account.', expected: 'Financial' },
    { behaviour: '"Subscribe the workspace to the Pro plan" is Financial', name: 'workspace_billing', description: 'Subscribe the workspace to the Pro plan.', expected: 'Financial' },
    { behaviour: '"Downgrade the organization to the free tier" is Financial', name: 'org_tier', description: 'Downgrade the organization to the free tier.', expected: 'Financial' },
    { behaviour: 'renew_domain "Renew a domain for another year" pays for it', name: 'renew_domain', description: 'Renew a domain for another year.', expected: 'Financial' },
    { behaviour: '"Subscribe to issue updates" still only follows an issue (Write)', name: 'subscribe', description: 'Subscribe to issue updates.', expected: 'Write' },
    { behaviour: 'get_upgrade_plan reads: after a leading read verb the plan is what is read', name: 'get_upgrade_plan', description: 'Get a structured upgrade plan for migrating between versions.', expected: 'Read' },
    { behaviour: '"Create an implementation plan" still writes a plan', name: 'create_plan', description: 'Create an implementation plan with ordered steps.', expected: 'Write' },
  ]);
});

describe('receiving or consuming what waits in a queue reads it', () => {
  expectCases([
    { behaviour: '"Receive messages from the queue" reads', name: 'receive_messages', description: 'Receive messages from the queue.', expected: 'Read' },
    { behaviour: '"Consume messages from the topic" reads', name: 'consume', description: 'Consume up to ten messages from the topic.', expected: 'Read' },
    { behaviour: '"Receive messages and delete them from the queue" still deletes', name: 'drain_queue', description: 'Receive messages and delete them from the queue.', expected: 'Destructive' },
  ]);
});

describe('forgetting a memory or emptying a container loses what it held (Destructive)', () => {
  expectCases([
    { behaviour: '"Forget a stored memory by its ID" deletes it', name: 'forget', description: 'Forget a stored memory by its ID.', expected: 'Destructive' },
    { behaviour: '"Empty an S3 bucket" deletes its objects', name: 'empty_bucket', description: 'Empty an S3 bucket.', expected: 'Destructive' },
    { behaviour: '"Create an empty document": an adjective, no loss (Write)', name: 'create_doc', description: 'Create an empty document.', expected: 'Write' },
    { behaviour: 'is_empty "Check whether the cart is empty" reads', name: 'is_empty', description: 'Check whether the cart is empty.', expected: 'Read' },
  ]);
});

describe('swapping on-chain assets moves value, with no recipient to name (Financial)', () => {
  expectCases([
    { behaviour: 'swap_tokens "Swap tokens on a DEX" is Financial', name: 'swap_tokens', description: 'Swap tokens on a DEX.', expected: 'Financial' },
    { behaviour: 'swap "Swap ETH for USDC" is Financial', name: 'swap', description: 'Swap ETH for USDC using the best route.', expected: 'Financial' },
    { behaviour: 'swap_quote "Get a quote for swapping tokens" reads', name: 'swap_quote', description: 'Get a quote for swapping tokens.', expected: 'Read' },
    { behaviour: 'swap_elements "Swap two elements of the list" moves no value', name: 'swap_elements', description: 'Swap two elements of the list.', expected: 'Write' },
    { behaviour: 'swap_token "Swap the refresh token for a new access token" is a credential, no asset', name: 'swap_token', description: 'Swap the refresh token for a new access token.', expected: 'Write' },
    { behaviour: 'exchange_code "Exchange an OAuth code for tokens" moves no value', name: 'exchange_code', description: 'Exchange an OAuth code for tokens.', expected: 'Write' },
  ]);
});

describe('a forced push overwrites the remote\'s history: the rubric\'s force-push (Destructive)', () => {
  expectCases([
    { behaviour: '"Force push the branch to the remote" is Destructive', name: 'push_branch', description: 'Force push the branch to the remote.', expected: 'Destructive' },
    { behaviour: 'force_push is Destructive by its name', name: 'force_push', description: 'Push the branch.', expected: 'Destructive' },
    { behaviour: 'git_push(force: boolean) can force the push (Destructive)', name: 'git_push', description: 'Push commits to the remote.', properties: { force: { type: 'boolean', description: 'Force the push.' } }, expected: 'Destructive' },
    { behaviour: '"Push commits to the remote. Never force-pushes." writes', name: 'git_push', description: 'Push commits to the remote. Never force-pushes.', expected: 'Write' },
    { behaviour: 'upload(force: boolean) on a tool that pushes nothing is not a forced push (Write)', name: 'upload_file', description: 'Upload a file.', properties: { force: { type: 'boolean' } }, expected: 'Write' },
  ]);
});

describe('altering a schema changes it; removing an image\'s background or watermark loses no stored data', () => {
  expectCases([
    { behaviour: 'alter_table "Alter a table\'s schema" writes (it read before: no verb was known)', name: 'alter_table', description: "Alter a table's schema.", expected: 'Write' },
    { behaviour: '"Remove the background from an image" is no loss (Write)', name: 'remove_background', description: 'Remove the background from an image.', expected: 'Write' },
    { behaviour: '"Remove the file from the disk" still deletes', name: 'delete_file', description: 'Remove the file from the disk.', expected: 'Destructive' },
  ]);
});

describe('watching a stored record subscribes to it, and refreshing stored derived data recomputes it (Write)', () => {
  expectCases([
    { behaviour: '"Watch a repository to receive notifications" writes', name: 'watch_repo', description: 'Watch a repository to receive notifications.', expected: 'Write' },
    { behaviour: 'watch_mailbox "Watch for changes to the user\'s mailbox" writes', name: 'watch_mailbox', description: "Watch for changes to the user's mailbox", expected: 'Write' },
    { behaviour: '"Watch the log file for new lines" only observes (Read)', name: 'watch_logs', description: 'Watch the log file for new lines.', expected: 'Read' },
    { behaviour: '"Refresh a Power BI dataset" writes', name: 'refresh_dataset', description: 'Refresh a Power BI dataset.', expected: 'Write' },
    { behaviour: '"Refresh the materialized view" writes', name: 'refresh_view', description: 'Refresh the materialized view.', expected: 'Write' },
    { behaviour: '"Refresh the list of available models" re-reads it (Read)', name: 'refresh_models', description: 'Refresh the list of available models.', expected: 'Read' },
  ]);
});

describe('choosing the repository, cluster or namespace later calls work on is the tool\'s own session (Other)', () => {
  expectCases([
    { behaviour: '"Select the repository to work on" chooses a scope', name: 'select_repo', description: 'Select the repository to work on.', expected: 'Other' },
    { behaviour: '"Switch to a different namespace" chooses a scope', name: 'switch_namespace', description: 'Switch to a different namespace.', expected: 'Other' },
    { behaviour: '"Set the database for subsequent queries" chooses a scope', name: 'set_database', description: 'Set the database for subsequent queries.', expected: 'Other' },
    { behaviour: '"Select the rows in the repository table" chooses rows (Write)', name: 'select_rows', description: 'Select the rows in the repository table.', expected: 'Write' },
  ]);
});

describe('a command sent to a device, a server or a process is carried out there (Execute)', () => {
  expectCases([
    { behaviour: '"Send a command to the device" runs it', name: 'send_command', description: 'Send a command to the device.', expected: 'Execute' },
    { behaviour: 'issue_command "Issue a shell command on the remote host" runs it', name: 'issue_command', description: 'Issue a shell command on the remote host.', expected: 'Execute' },
    { behaviour: '"Send a message to the channel" still writes', name: 'send_message', description: 'Send a message to the channel.', expected: 'Write' },
    { behaviour: 'hooks_post-command "Record a finished command" writes: post is no delivery here', name: 'hooks_post-command', description: 'Record the outcome of a finished command.', expected: 'Write' },
  ]);
});

describe('releasing held funds or an escrow pays them out (Financial)', () => {
  expectCases([
    { behaviour: 'release_funds "Release escrowed funds to the seller" is Financial', name: 'release_funds', description: 'Release escrowed funds to the seller.', expected: 'Financial' },
    { behaviour: '"Release the escrow for a completed order" is Financial', name: 'release_escrow', description: 'Release the escrow for a completed order.', expected: 'Financial' },
    { behaviour: '"Release a lock on the file" still only writes', name: 'release_lock', description: 'Release a lock on the file.', expected: 'Write' },
  ]);
});

describe('reloading settings or rules puts edited ones into effect (Write); reloading an app still runs it', () => {
  expectCases([
    { behaviour: '"Reload the server configuration from disk" writes', name: 'reload_config', description: 'Reload the server configuration from disk.', expected: 'Write' },
    { behaviour: 'reload_rules "Reload mock rules" writes', name: 'reload_rules', description: 'Reload mock rules.', expected: 'Write' },
    { behaviour: '"Reload the React Native app" still runs it (Execute)', name: 'reload_app', description: 'Reload the React Native app.', expected: 'Execute' },
  ]);
});

describe('a summary, an outline or an answer written for the caller is text handed back (Read), like a guide', () => {
  expectCases([
    { behaviour: '"Create a summary of the document" reads', name: 'create_summary', description: 'Create a summary of the document.', expected: 'Read' },
    { behaviour: '"Create an outline for a blog post" reads', name: 'create_outline', description: 'Create an outline for a blog post.', expected: 'Read' },
    { behaviour: '"Save a summary to the notes database" still writes', name: 'save_summary', description: 'Save a summary to the notes database.', expected: 'Write' },
    { behaviour: '"Create a summary page in Notion" still writes', name: 'create_summary_page', description: 'Create a summary page in Notion.', expected: 'Write' },
  ]);
});

describe('running an XPath, a jq filter or a regular expression over given data computes (Read)', () => {
  expectCases([
    { behaviour: '"Execute a jq filter on JSON" reads', name: 'execute_jq', description: 'Execute a jq filter on JSON.', expected: 'Read' },
    { behaviour: '"Run an XPath expression against the document" reads', name: 'run_xpath', description: 'Run an XPath expression against the document.', expected: 'Read' },
    { behaviour: '"Run a regular expression against the text" reads', name: 'match_text', description: 'Run a regular expression against the text.', expected: 'Read' },
    { behaviour: '"Run the cron job now" still runs a job', name: 'run_cron', description: 'Run the cron job now.', expected: 'Execute' },
  ]);
});

describe('mirroring copies something to another place (Write), and removing what the source lacks loses it', () => {
  expectCases([
    { behaviour: '"Mirror a repository to another remote" writes', name: 'repository', description: 'Mirror a repository to another remote.', expected: 'Write' },
    { behaviour: '"Mirror the source directory to the destination, removing extra files" is Destructive (the rubric\'s sync_repo)', name: 'mirror_sync', description: 'Mirror the source directory to the destination, removing extra files.', expected: 'Destructive' },
  ]);
});

describe('verbs the rules did not know: streaming reads, defining creates, beginning is a light verb like start', () => {
  expectCases([
    { behaviour: '"Stream console logs for a duration" reads', name: 'runtime', description: 'Stream console logs for a specified duration.', expected: 'Read' },
    { behaviour: '"Define a new custom contact field in a profile" writes', name: 'contact_field', description: 'Define a new custom contact field in a profile.', expected: 'Write' },
    { behaviour: '"Begin a new export job" runs a job', name: 'export', description: 'Begin a new export job.', expected: 'Execute' },
  ]);
});

describe('a boolean run switch asks for the effect, as apply or commit do: the call can change something', () => {
  expectCases([
    { behaviour: '"Read-only by default. Pass run: true to kick off a fresh check" can change something (Write)', name: 'brand_status', description: 'Brand status across the web.\n\nRead-only by default. Pass `run: true` to kick off a fresh check, which performs external requests.', properties: { run: { type: 'boolean' } }, expected: 'Write' },
    { behaviour: 'a run switch on a tool that deletes still deletes', name: 'purge_cache_entries', description: 'Delete stale entries. Set run to true to delete them.', properties: { run: { type: 'boolean' } }, expected: 'Destructive' },
  ]);
});

describe('picking, like selecting or choosing, is a verb', () => {
  expectCases([
    { behaviour: '"Pick a variant for an impression … Returns the variant id" writes the pick it records', name: 'variant', description: 'Pick a variant for an impression using Thompson sampling. Returns the variant id and the spec to render. Records the impression.', expected: 'Write' },
  ]);
});

describe('more verbs the rules did not know, found as first words of tuning descriptions', () => {
  expectCases([
    { behaviour: '"Enumerate the GraphQL types" reads', name: 'schema_types', description: 'Enumerate the GraphQL types of the schema.', expected: 'Read' },
    { behaviour: '"Geocode an address" reads', name: 'address_lookup', description: 'Geocode an address into coordinates.', expected: 'Read' },
    { behaviour: '"Rewrite a published post to improve its score" writes', name: 'post_score', description: 'Rewrite a published post to improve its score.', expected: 'Write' },
    { behaviour: '"Unset the default profile" writes', name: 'profile_default', description: 'Unset the default profile.', expected: 'Write' },
    { behaviour: '"Fire an event to trigger automations" runs them', name: 'event', description: 'Fire an event to trigger automations for a contact.', expected: 'Execute' },
    { behaviour: '"Unskip a skipped delivery week" writes', name: 'delivery_week', description: 'Unskip a previously skipped delivery week.', expected: 'Write' },
  ]);
});

describe('after an opening "Returns …", an imperative that would change something tells the caller what to do with the result', () => {
  expectCases([
    { behaviour: '"Return a themed CSS block. Drop into globals.css directly." reads', name: 'theme', description: 'Return a brand-themed CSS block for the app. Drop into globals.css directly.', expected: 'Read' },
    { behaviour: '"Returns the result. Deletes the file after reading." still deletes: a statement, not an imperative', name: 'read_once', description: 'Returns the result. Deletes the file after reading.', expected: 'Destructive' },
    { behaviour: '"Create a user. Returns the new id." still writes', name: 'user', description: 'Create a user. Returns the new id.', expected: 'Write' },
    { behaviour: '"Return the thing. Clears the cache afterwards." still clears its own cache (Other): a statement, not an imperative', name: 'get_thing', description: 'Return the thing. Clears the cache afterwards.', expected: 'Other' },
  ]);
});

describe('an optional output path with a default place of its own saves a file on every call (Write)', () => {
  expectCases([
    { behaviour: 'export_bundle(output "Output file path (default: ~/.app/bundles/)") writes', name: 'export_bundle', description: 'Export connected services as a portable bundle file.', properties: { output: { type: 'string', description: 'Output file path (default: ~/.app/bundles/)' } }, expected: 'Write' },
    { behaviour: 'export_data(output_directory "defaults to ./exports") writes', name: 'export_data', description: 'Export entities to CSV.', properties: { output_directory: { type: 'string', description: 'Directory to write to; defaults to ./exports' } }, expected: 'Write' },
    { behaviour: 'export_report(output "Output format (default: json)") only returns it (Read)', name: 'export_report', description: 'Export a report.', properties: { output: { type: 'string', description: 'Output format (default: json)' } }, expected: 'Read' },
  ]);
});

describe('collecting payment, moving money and opening or closing a trading position move money (Financial)', () => {
  expectCases([
    { behaviour: '"Collect payment for an invoice" is Financial', name: 'collect_payment', description: 'Collect payment for an invoice.', expected: 'Financial' },
    { behaviour: '"Collect metrics from the cluster" still reads', name: 'collect_metrics', description: 'Collect metrics from the cluster.', expected: 'Read' },
    { behaviour: '"Move money between two of your accounts" is Financial', name: 'transfer_between_accounts', description: 'Move money between two of your accounts.', expected: 'Financial' },
    { behaviour: '"Move a card to another list" still writes', name: 'move_card', description: 'Move a card to another list.', expected: 'Write' },
    { behaviour: '"Open a long position with 5x leverage" is Financial', name: 'open_position', description: 'Open a long position with 5x leverage.', expected: 'Financial' },
    { behaviour: '"Close all open positions at market price" is Financial', name: 'close_all_positions', description: 'Close all open positions at market price.', expected: 'Financial' },
    { behaviour: '"Set the position of a node" still writes', name: 'set_node_position', description: 'Set the position of a node.', expected: 'Write' },
  ]);
});
