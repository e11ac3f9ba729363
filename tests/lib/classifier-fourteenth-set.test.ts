import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the fourteenth set (issue #14): the Execute line both ways (a run against a read or a change) and changes
 * read as reads, shown by made-up tools in the shapes real servers use, never by a labelled one, with cases on the
 * other side of each line where a rule could overreach.
 *
 * Measure of generalisation: six batches of made-up definitions (/tmp/c10/probe.ts and fresh*.ts of the session), each
 * written before the rules it then prompted, counted before the set / at first sight (on the code of that moment) /
 * after the set: the three lines, 24 of them Write tools that read like lookups, 110/110/122 of 126; a second batch
 * 32/37/40 of 42; a third 38/39/40 of 41; verbs that set something going 13/13/20 of 26; Write tools that read like
 * exports and lookups 23/24/28 of 28; things made for the caller 12/12/18 of 26. All: 228 -> 235 at first sight -> 268
 * of 289. A seventh batch of 30 written after every rule and never used to change one: 27/30 (25 before the set).
 * Left: Jira's `execute_transition`, "Capture a lead", an enrichment run that saves fields, a VM
 * started, "Label the objects in an image", "Generate a presigned URL to upload a file", names whose verb is a noun ("update_check").
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
const text = (description?: string) => ({ type: 'string', ...(description && { description }) });
const flag = (description?: string) => ({ type: 'boolean', ...(description && { description }) });

describe('an argument whose own words say it is code to run takes code, whatever its name', () => {
  expectCases([
    { behaviour: 'sandbox(source: "Source code to execute") runs code (Execute)', name: 'sandbox', description: 'Code sandbox.', properties: { language: { type: 'string', enum: ['python', 'node'] }, source: text('Source code to execute') }, expected: 'Execute' },
    { behaviour: 'scrape_page(browserActions: "JSON array of browser commands to execute before scraping") drives a page (Execute)', name: 'scrape_page', description: 'Scrape a web page and return its HTML.', properties: { url: text(), browserActions: text('Optional JSON array of browser commands to execute before scraping') }, expected: 'Execute' },
    { behaviour: 'run_saved_script(script_id: "ID of the script to run") names the code, carries none: still Execute by its name', name: 'run_saved_script', description: 'Run a saved script.', properties: { script_id: text('ID of the script to run') }, expected: 'Execute' },
    { behaviour: 'vault_capture(expression: "JS evaluated in the app") runs JavaScript, "JS" being JavaScript (Execute)', name: 'vault_capture', description: 'Read a credential out of the running app into the vault.', properties: { expression: text('JS evaluated in the app; its result goes to the vault') }, expected: 'Execute' },
    { behaviour: 'get_job(job: "Name of the command to execute") names a command, looks it up (Read)', name: 'get_job', description: 'Get a job definition.', properties: { job: text('Name of the command to execute') }, expected: 'Read' },
  ]);
});

describe('code handed to a tool that saves it is content kept for later, not run', () => {
  expectCases([
    { behaviour: 'save_query(name, sql) "Save a SQL query to the query library" stores it (Write)', name: 'save_query', description: 'Save a SQL query to the query library.', properties: { name: text(), sql: text() }, expected: 'Write' },
    { behaviour: 'snippets_store(javascript) "Store a JavaScript snippet for reuse" stores it (Write)', name: 'snippets_store', description: 'Store a JavaScript snippet for reuse.', properties: { title: text(), javascript: text() }, expected: 'Write' },
    { behaviour: 'save_and_run_query(sql) "Save a SQL query and execute it" still runs it (Execute)', name: 'save_and_run_query', description: 'Save a SQL query and execute it against the warehouse.', properties: { sql: text() }, expected: 'Execute' },
    { behaviour: 'run_sql(sql) "Run a SQL statement" runs it (Execute)', name: 'run_sql', description: 'Run a SQL statement against the database.', properties: { sql: text() }, expected: 'Execute' },
  ]);
});

describe('an infinitive after a command or a script the call hands back says what that text does, not the call', () => {
  expectCases([
    { behaviour: 'shadcn_install_command "Generate the exact shell command to install a component" returns text (Read)', name: 'shadcn_install_command', description: 'Generate the exact shell command to install a shadcn component.', properties: { components: { type: 'array', items: text() } }, expected: 'Read' },
    { behaviour: 'deploy_script "Generate a script to deploy the app to Fly.io" returns text (Read)', name: 'deploy_script', description: 'Generate a script to deploy the app to Fly.io.', properties: { app: text() }, expected: 'Read' },
    { behaviour: 'build_deploy_command "Build the command to deploy the stack" assembles a command, deploys nothing (Read)', name: 'build_deploy_command', description: 'Build the command to deploy the stack, without running it.', properties: { stack: text() }, expected: 'Read' },
    { behaviour: 'build_project "Build the project to a folder" still runs a build (Execute)', name: 'build_project', description: 'Build the project to the output folder.', properties: { dir: text() }, expected: 'Execute' },
    { behaviour: 'install_package "Find the package to install and install it" still installs (Execute)', name: 'install_package', description: 'Install a package from the registry.', properties: { name: text() }, expected: 'Execute' },
    { behaviour: 'delete_files "Find files to delete" keeps its verb: the files are deleted (Destructive)', name: 'delete_files', description: 'Find files to delete and delete them.', properties: { pattern: text() }, expected: 'Destructive' },
  ]);
});

describe('a task set up to run later is a scheduled task (Execute); a schedule or a queue of records is not', () => {
  expectCases([
    { behaviour: 'createSchedule "Creates a schedule that triggers the pipeline every night" (Execute)', name: 'createSchedule', description: 'Creates a schedule that triggers the pipeline every night.', properties: { pipelineId: text(), cron: text() }, expected: 'Execute' },
    { behaviour: 'tasks_schedule "Schedule a task to run at a later time" (Execute)', name: 'tasks_schedule', description: 'Schedule a task to run at a later time.', properties: { task: text('What the task does'), at: text() }, expected: 'Execute' },
    { behaviour: 'add_reminder "Add a timer that fires a prompt every morning" (Execute)', name: 'add_reminder', description: 'Add a timer that fires a prompt every morning.', properties: { prompt: text(), time: text() }, expected: 'Execute' },
    { behaviour: 'addRecurringAgentRun "Registers a recurring agent run that executes the given prompt on a cron schedule" (Execute)', name: 'addRecurringAgentRun', description: 'Registers a recurring agent run that executes the given prompt on a cron schedule.', properties: { prompt: text(), cron: text() }, expected: 'Execute' },
    { behaviour: 'create_schedule "Create an on-call schedule" makes a record (Write)', name: 'create_schedule', description: 'Create an on-call schedule.', properties: { name: text(), time_zone: text() }, expected: 'Write' },
    { behaviour: 'schedule_meeting "Schedule a meeting to start at 3pm" books it (Write)', name: 'schedule_meeting', description: 'Schedule a meeting to start at 3pm.', properties: { title: text(), start: text() }, expected: 'Write' },
    { behaviour: 'create_task "Create a task to run the tests" with no time is a to-do (Write)', name: 'create_task', description: 'Create a task to run the tests.', properties: { title: text() }, expected: 'Write' },
    { behaviour: 'reddit_bulk_post "Queue multiple posts for delayed submission" queues messages, runs nothing (Write)', name: 'reddit_bulk_post', description: 'Queue multiple posts for delayed submission.', properties: { posts: { type: 'array' } }, expected: 'Write' },
    { behaviour: 'queue_build "Queue a build of the project" still runs a build (Execute)', name: 'queue_build', description: 'Queue a build of the project.', properties: { project: text() }, expected: 'Execute' },
  ]);
});

describe('a read whose description goes on to say it marks, creates or subscribes changes state (Write)', () => {
  expectCases([
    { behaviour: 'read_email "Read an email. The email is marked as read." (Write)', name: 'read_email', description: 'Read an email. The email is marked as read.', properties: { id: text() }, expected: 'Write' },
    { behaviour: 'lookup_contact "… If none is found, a new contact is created." (Write)', name: 'lookup_contact', description: 'Look up a contact by phone number. If none is found, a new contact is created.', properties: { phone: text() }, expected: 'Write' },
    { behaviour: 'get_access_token "Get an API token. Creates a new personal access token on the account." (Write)', name: 'get_access_token', description: 'Get an API token. Creates a new personal access token on the account.', properties: { scopes: { type: 'array' } }, expected: 'Write' },
    { behaviour: '"List issues. Issues that are marked as done are skipped." names a state, in a relative clause (Read)', name: 'list_issues', description: 'List issues of a project. Issues that are marked as done are skipped.', properties: { project: text() }, expected: 'Read' },
    { behaviour: '"Get webhook details. The secret is returned only when a webhook is created." is a condition (Read)', name: 'get_webhook', description: 'Get the details of a webhook. The secret is returned only when a webhook is created.', properties: { id: text() }, expected: 'Read' },
    { behaviour: '"Get a net. Large nets are sampled and the response is marked truncated." describes the answer (Read)', name: 'get_net', description: 'Get the geometry of a net. For very large nets the geometry is sampled and the response is marked truncated.', properties: { net: text() }, expected: 'Read' },
    { behaviour: '"Generate Q&A pairs. Creates high-quality pairs for fine-tuning." hands text back (Read)', name: 'generate_pairs', description: 'Generate training data from a topic. Creates high-quality Q&A pairs formatted for fine-tuning.', properties: { topic: text() }, expected: 'Read' },
  ]);
});

describe('marking messages as read, said in Japanese, changes their state', () => {
  expectCases([
    { behaviour: 'read_room_messages "チャットのメッセージを既読にします。" marks messages read (Write)', name: 'read_room_messages', description: 'チャットのメッセージを既読にします。', properties: { room_id: { type: 'integer' }, message_id: text() }, expected: 'Write' },
    { behaviour: 'get_room_messages "チャットのメッセージを取得します。" gets them (Read)', name: 'get_room_messages', description: 'チャットのメッセージを取得します。', properties: { room_id: { type: 'integer' } }, expected: 'Read' },
  ]);
});

describe('a boolean that asks a read to mark, persist, subscribe or create as well makes the call a change', () => {
  expectCases([
    { behaviour: 'get_messages(markAsRead) "Get messages from the inbox" (Write)', name: 'get_messages', description: 'Get messages from the inbox.', properties: { folder: text(), markAsRead: flag('Mark fetched messages as read') }, expected: 'Write' },
    { behaviour: 'find_user(createIfMissing) "Find a user by email" (Write)', name: 'find_user', description: 'Find a user by email.', properties: { email: text(), createIfMissing: flag() }, expected: 'Write' },
    { behaviour: 'fetch_page(persistToLibrary) "Fetch a web page" (Write)', name: 'fetch_page', description: 'Fetch a web page and return its text.', properties: { url: text(), persistToLibrary: flag() }, expected: 'Write' },
    { behaviour: 'scrape(storeInCache) "Scrape a page" keeps its own cache (Read)', name: 'scrape', description: 'Scrape a page and return markdown.', properties: { url: text(), storeInCache: flag() }, expected: 'Read' },
    { behaviour: 'list_documents(archive_serial_number__isnull) filters on a noun (Read)', name: 'list_documents', description: 'List documents.', properties: { archive_serial_number__isnull: flag() }, expected: 'Read' },
    { behaviour: 'search_mail(includeRead) chooses what comes back (Read)', name: 'search_mail', description: 'Search mail.', properties: { query: text(), includeRead: flag() }, expected: 'Read' },
  ]);
});

describe('an unknown verb whose first sentence returns what it computed from its input reads', () => {
  expectCases([
    { behaviour: 'process_image "Process an image and return its dominant colors" computes (Read)', name: 'process_image', description: 'Process an image and return its dominant colors.', properties: { url: text() }, expected: 'Read' },
    { behaviour: 'process_text "Process text and return the extracted entities" computes (Read)', name: 'process_text', description: 'Process text and return the extracted entities.', properties: { text: text() }, expected: 'Read' },
    { behaviour: 'split_transaction(transaction_id) "Split a transaction and return the new parts" changes a record (Write)', name: 'split_transaction', description: 'Split an existing transaction into parts and return the new parts.', properties: { transaction_id: text(), parts: { type: 'array' } }, expected: 'Write' },
  ]);
});

describe('a phrasal verb listed before another verb keeps the list going', () => {
  expectCases([
    { behaviour: 'setupAutomateTests "Set up and run automated web-based tests" runs tests (Execute)', name: 'setupAutomateTests', description: 'Set up and run automated web-based tests on BrowserStack.', properties: { project: text() }, expected: 'Execute' },
    { behaviour: 'find_record "Look up and delete a record" deletes it (Destructive)', name: 'find_record', description: 'Look up and delete a record.', properties: { key: text() }, expected: 'Destructive' },
    { behaviour: 'lookup_contact "Look up a contact and show its notes" reads (Read)', name: 'lookup_contact', description: 'Look up a contact and show its notes.', properties: { email: text() }, expected: 'Read' },
  ]);
});

describe('a later sentence that opens with a quoted text is an example mentioned, not what the call does', () => {
  expectCases([
    { behaviour: 'ai_generate "One-shot text generation. Example: ai_generate({ prompt: "Write a Python function" })" reads (Read)', name: 'ai_generate', description: 'One-shot text generation with a local model.\nExample: ai_generate({ prompt: "Write a Python function to sort a list" })', properties: { prompt: text() }, expected: 'Read' },
    { behaviour: '"Get a file. Deletes the file after reading." still deletes (Destructive)', name: 'get_file', description: 'Get a file from the queue. Deletes the file after reading.', properties: { path: text() }, expected: 'Destructive' },
  ]);
});

describe('checking a guest in or a book out changes a record; a mutation is run whatever verb sends it; a dry run changes nothing', () => {
  expectCases([
    { behaviour: 'check_in_guest "Check in a guest" changes the booking (Write)', name: 'check_in_guest', description: 'Check in a guest.', properties: { booking_id: text() }, expected: 'Write' },
    { behaviour: 'check_in "Check in on the status of a job" reads (Read)', name: 'check_job', description: 'Check in on the status of a job.', properties: { job_id: text() }, expected: 'Read' },
    { behaviour: 'graphql(query: "GraphQL query or mutation") "Send an operation to the GraphQL API" runs it (Execute)', name: 'graphql', description: 'Send an operation to the GraphQL API.', properties: { query: text('GraphQL query or mutation') }, expected: 'Execute' },
    { behaviour: 'graphql_query(query: "GraphQL query") "Run a GraphQL query against the API" reads (Read)', name: 'graphql_query', description: 'Run a GraphQL query against the API.', properties: { query: text('GraphQL query') }, expected: 'Read' },
    { behaviour: 'dry_run_deploy "Dry-run a deployment and report the changes" rehearses (Read)', name: 'dry_run_deploy', description: 'Dry-run a deployment and report the changes.', properties: { service: text() }, expected: 'Read' },
    { behaviour: 'plan_migration "Dry-run the pending migrations" rehearses (Read)', name: 'plan_migration', description: 'Dry-run the pending migrations and list what would change.', properties: {}, expected: 'Read' },
    { behaviour: 'deploy "Deploy the service. Use dry_run: true to preview." still deploys (Execute)', name: 'deploy', description: 'Deploy the service. Use dry_run: true to preview.', properties: { service: text(), dry_run: flag() }, expected: 'Execute' },
  ]);
});

describe('a verb that sets something going, done to a stored record that runs no code, sends or changes it (Write)', () => {
  expectCases([
    { behaviour: 'launch_campaign "Launch an email campaign to its audience" sends it (Write)', name: 'launch_campaign', description: 'Launch an email campaign to its audience.', properties: { campaign_id: text() }, expected: 'Write' },
    { behaviour: 'dispatch_order "Dispatch an order to the carrier" ships it (Write)', name: 'dispatch_order', description: 'Dispatch an order to the carrier.', properties: { order_id: text() }, expected: 'Write' },
    { behaviour: 'trigger_incident "Trigger a new incident on a service" opens it (Write)', name: 'trigger_incident', description: 'Trigger a new incident on a service.', properties: { service_id: text(), title: text() }, expected: 'Write' },
    { behaviour: 'promote_user "Promote a user to workspace admin" changes a role (Write)', name: 'promote_user', description: 'Promote a user to workspace admin.', properties: { user_id: text() }, expected: 'Write' },
    { behaviour: 'retry_webhook_delivery "Retry a failed webhook delivery" resends it (Write)', name: 'retry_webhook_delivery', description: 'Retry a failed webhook delivery.', properties: { delivery_id: text() }, expected: 'Write' },
    { behaviour: 'build_audience "Build an audience segment from filters" saves a group of contacts (Write)', name: 'build_audience', description: 'Build an audience segment from filters.', properties: { name: text(), filters: { type: 'object' } }, expected: 'Write' },
    { behaviour: 'build_app "Build the app for production" still runs a build (Execute)', name: 'build_app', description: 'Build the app for production.', properties: { target: text() }, expected: 'Execute' },
    { behaviour: 'trigger_campaign_workflow "Trigger the campaign workflow" still runs a workflow (Execute)', name: 'trigger_campaign_workflow', description: 'Trigger the campaign workflow for a contact.', properties: { contact_id: text() }, expected: 'Execute' },
    { behaviour: 'promote_deployment "Promote a deployment to production" still deploys (Execute)', name: 'promote_deployment', description: 'Promote a deployment to production.', properties: { deployment_id: text() }, expected: 'Execute' },
    { behaviour: 'retry_job "Retry a failed job" still runs it (Execute)', name: 'retry_job', description: 'Retry a failed job.', properties: { job_id: text() }, expected: 'Execute' },
  ]);
});

describe('a definition that says nothing else is read by what an argument is for; a gerund that marks a record changes it', () => {
  expectCases([
    { behaviour: 'memory(text: "Fact to remember") "Long-term memory for the assistant." stores a fact (Write)', name: 'memory', description: 'Long-term memory for the assistant.', properties: { text: text('Fact to remember') }, expected: 'Write' },
    { behaviour: 'sheet_values(range, values: "Values to write into the range") writes cells (Write)', name: 'sheet_values', description: 'Spreadsheet values.', properties: { range: text(), values: { type: 'array', description: 'Values to write into the range' } }, expected: 'Write' },
    { behaviour: 'acme_thing(body: "Text to search for") says nothing of a change (Other)', name: 'acme_thing', description: 'Acme thing.', properties: { body: text('Text to search for') }, expected: 'Other' },
    { behaviour: 'view_message "View a message. Viewing a message marks it as read." (Write)', name: 'view_message', description: 'View a message. Viewing a message marks it as read.', properties: { id: text() }, expected: 'Write' },
    { behaviour: 'check_off_item "Check off an item on a checklist" ticks a record (Write)', name: 'check_off_item', description: 'Check off an item on a checklist.', properties: { item_id: text() }, expected: 'Write' },
  ]);
});

describe('a delete said to stay recoverable, and in-memory state cleared, lose no stored data', () => {
  expectCases([
    { behaviour: 'delete_direction "Trash a saved direction. The document stays recoverable in the trash." (Write)', name: 'delete_direction', description: 'Trash a saved design direction. The document stays recoverable in the trash.', properties: { id: text() }, expected: 'Write' },
    { behaviour: 'delete_doc "Delete a document. It is not recoverable." (Destructive)', name: 'delete_doc', description: 'Delete a document. It is not recoverable.', properties: { id: text() }, expected: 'Destructive' },
    { behaviour: 'reload_app "Reload the app. It clears in-memory state and re-runs the bundle." runs it again (Execute)', name: 'reload_app', description: 'Reload the app. It clears in-memory state and re-runs the bundle from scratch.', properties: {}, expected: 'Execute' },
    { behaviour: 'reset_conversation "Delete stored in-memory chat history" loses the history (Destructive)', name: 'reset_conversation', description: 'Delete stored in-memory chat history for a conversation.', properties: { conversation_id: text() }, expected: 'Destructive' },
  ]);
});

describe('values computed from the input, drafts handed back, and nouns in names beside a description that reads', () => {
  expectCases([
    { behaviour: 'make_slug "Make a URL slug from a title" computes it (Read)', name: 'make_slug', description: 'Make a URL slug from a title.', properties: { title: text() }, expected: 'Read' },
    { behaviour: 'create_diff "Create a unified diff between two texts" computes it (Read)', name: 'create_diff', description: 'Create a unified diff between two texts.', properties: { a: text(), b: text() }, expected: 'Read' },
    { behaviour: 'create_hash_entry "Create a new hash entry in the store" keeps a record (Write)', name: 'create_hash_entry', description: 'Create a new hash entry in the store.', properties: { key: text(), value: text() }, expected: 'Write' },
    { behaviour: 'compose_draft "Compose an email draft and return it for review" hands text back (Read)', name: 'compose_draft', description: 'Compose an email draft and return it for review. Nothing is sent.', properties: { to: text(), topic: text() }, expected: 'Read' },
    { behaviour: 'set_operations "Compute the union, intersection or difference of two lists" computes (Read)', name: 'set_operations', description: 'Compute the union, intersection or difference of two lists.', properties: { a: { type: 'array' }, b: { type: 'array' } }, expected: 'Read' },
    { behaviour: 'write_poem "Write a short poem about a topic" writes for the caller to read (Read)', name: 'write_poem', description: 'Write a short poem about a topic.', properties: { topic: text() }, expected: 'Read' },
    { behaviour: 'build_prompt "Build a prompt for the model from a template and variables" assembles text (Read)', name: 'build_prompt', description: 'Build a prompt for the model from a template and variables.', properties: { template: text(), vars: { type: 'object' } }, expected: 'Read' },
    { behaviour: 'create_story "Create a user story in the backlog" keeps a record (Write)', name: 'create_story', description: 'Create a user story in the backlog.', properties: { title: text() }, expected: 'Write' },
    { behaviour: 'create_signed_url "Create a signed URL for downloading an object" computes it (Read)', name: 'create_signed_url', description: 'Create a signed URL for downloading an object.', properties: { bucket: text(), key: text() }, expected: 'Read' },
    { behaviour: 'create_short_url "Create a short URL for a link" keeps a redirect (Write)', name: 'create_short_url', description: 'Create a short URL for a link.', properties: { url: text() }, expected: 'Write' },
    { behaviour: 'pull_image "Download an image from a registry" keeps the image locally (Write)', name: 'pull_image', description: 'Download an image from a registry.', properties: { image: text() }, expected: 'Write' },
    { behaviour: 'tag_release "Get the latest release and tag it" still tags (Write)', name: 'tag_release', description: 'Get the latest release and tag it.', properties: { repo: text(), tag: text() }, expected: 'Write' },
  ]);
});
