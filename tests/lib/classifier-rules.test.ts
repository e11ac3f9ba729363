import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/** One rule of the classifier, shown by a tool that only that rule gets right. */
interface Case {
  rule: string;
  name: string;
  title?: string;
  description?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  annotations?: Tool['annotations'];
  expected: Category;
}

const tool = (c: Case): Tool => ({
  name: c.name,
  title: c.title,
  description: c.description,
  inputSchema: { type: 'object', properties: c.properties ?? {}, required: c.required },
  annotations: c.annotations,
});

const cases: Case[] = [
  // Names: split into words, find the verb anywhere.
  { rule: 'kebab name', name: 'delete-user', expected: 'Destructive' },
  { rule: 'dotted prefix', name: 'github.create_issue', expected: 'Write' },
  { rule: 'upper snake', name: 'DELETE_RECORD', expected: 'Destructive' },
  { rule: 'verb at the end (resource_verb)', name: 'kv_put', expected: 'Write' },
  { rule: 'verb at the end after two nouns', name: 'service_binding_delete', expected: 'Destructive' },
  { rule: 'leading read verb before a verb used as a noun', name: 'list_merge_requests', expected: 'Read' },
  { rule: 'read verb after a prefix before a verb used as a noun', name: 'wfp_list_dispatch_namespaces', expected: 'Read' },
  { rule: 'trailing list after a noun-like word', name: 'queue_list', expected: 'Read' },
  { rule: 'noun-like verb ending a name is a noun', name: 'git_log', description: 'Shows the commit logs', expected: 'Read' },
  { rule: 'HTTP method before a read verb', name: 'API-post-search', description: 'Notion | Search by title', expected: 'Read' },
  { rule: 'verb joined by "or" counts fully', name: 'create_or_delete_tag', expected: 'Destructive' },
  { rule: 'report noun without a verb', name: 'server_status', expected: 'Read' },
  { rule: 'a verb in -ing form when no verb is there', name: 'sequential_thinking', description: 'A tool for dynamic problem-solving through thoughts.', expected: 'Read' },
  { rule: 'an -ing word that is a noun is not a verb', name: 'billing_info', expected: 'Read' },
  // Descriptions: the lead sentence, positions, negations, hedges.
  { rule: 'third person lead', name: 'records', description: 'Deletes all records older than a date.', expected: 'Destructive' },
  { rule: 'lead-in "This tool will"', name: 'refund_tool', description: 'This tool will refund a payment intent in Stripe.', expected: 'Financial' },
  { rule: 'negation: does not delete', name: 'archive_issue', description: 'Archives the issue. It does not delete anything.', expected: 'Write' },
  { rule: 'hedge: never deletes, only moves', name: 'tidy', description: 'Moves old files to an archive folder; never deletes them.', expected: 'Write' },
  { rule: 'negation across "but" does not carry', name: 'sync_notes', description: 'Does not touch local files but deletes remote notes.', expected: 'Destructive' },
  { rule: 'later third-person destructive statement outranks the name', name: 'sync_repo', description: 'Sync the repository. Deletes remote branches not present locally.', expected: 'Destructive' },
  { rule: 'later imperative is an instruction to the caller', name: 'get_docs', description: 'Get documentation for a library. Set "learn=true" to discover sub commands.', expected: 'Read' },
  { rule: '"Call this tool first" is an instruction', name: 'resolve_library_id', description: 'Resolves a package name to a library ID. Call this tool before query-docs.', expected: 'Read' },
  { rule: 'conditional clause is not the tool acting', name: 'feedback_form', description: 'Use this tool when the user wants to submit feedback.', expected: 'Other' },
  { rule: 'gerund capability list', name: 'workbooks', description: 'Workbooks operations - Commands for listing, creating, updating, and deleting workbooks.', expected: 'Destructive' },
  { rule: 'CRUD includes delete', name: 'eventhubs', description: 'Event Hubs operations. Includes CRUD operations on namespaces.', expected: 'Destructive' },
  { rule: 'coordinated verbs with a slash', name: 'manage_k8s_resource', description: 'Read/create/update/delete Kubernetes resources', expected: 'Destructive' },
  { rule: 'noun after a verb is not a coordinated verb', name: 'list_records', description: 'List records from a table', annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'noun-like verb without an object is a noun', name: 'list_loki_label_names', description: 'Log label exploration', expected: 'Read' },
  { rule: '"Returns…" counts when nothing else does', name: 'azureterraformbestpractices', description: 'Returns Terraform best practices for Azure.', expected: 'Read' },
  { rule: '"Returns…" never outranks a name', name: 'execute_command', description: 'Returns the output of a terminal command', expected: 'Execute' },
  { rule: 'destructive warning phrase', name: 'cleanup_tmp', description: 'Removes temporary files. This cannot be undone.', expected: 'Destructive' },
  { rule: 'read-only claim explains a run verb', name: 'run_query', description: 'Run a read-only SQL query', properties: { sql: { type: 'string' } }, expected: 'Read' },
  // Light verbs and objects.
  { rule: 'perform + search reads', name: 'brave_web_search', description: 'Performs a web search using the Brave Search API', expected: 'Read' },
  { rule: 'run + find query reads', name: 'find', description: 'Run a find query against a MongoDB collection', expected: 'Read' },
  { rule: 'start + trace reads', name: 'performance_start_trace', description: 'Start a performance trace on the target webpage.', expected: 'Read' },
  { rule: 'run + rollback pipeline runs', name: 'run_rollback_pipeline', description: 'Run a rollback pipeline for a project.', expected: 'Execute' },
  { rule: 'resolve + id is a lookup', name: 'resolve-library-id', expected: 'Read' },
  { rule: 'resolve an incident is a write', name: 'resolve_incident', expected: 'Write' },
  { rule: 'generate computes', name: 'generate_typescript_types', description: 'Generates TypeScript types for a project.', expected: 'Read' },
  { rule: 'generate a key lasts', name: 'generate_api_key', description: 'Generate a new API key for the project.', expected: 'Write' },
  { rule: 'open a node views it', name: 'open_nodes', description: 'Open specific nodes in the knowledge graph', expected: 'Read' },
  { rule: 'open a pull request writes', name: 'open_pull_request', expected: 'Write' },
  { rule: 'load a dataset writes', name: 'atlas-load-sample-dataset', description: 'Load a MongoDB sample dataset into an Atlas cluster.', expected: 'Write' },
  { rule: 'apply a manifest deploys', name: 'kubectl_apply', description: 'Apply a Kubernetes YAML manifest', expected: 'Execute' },
  { rule: 'apply changes writes', name: 'patch_dashboard', description: 'Apply targeted changes to a dashboard', expected: 'Write' },
  { rule: 'creating a cron trigger schedules a task', name: 'cron_create', description: 'Create a CRON trigger for a Worker', expected: 'Execute' },
  { rule: 'forward a port starts a process', name: 'port_forward', description: 'Forward a local port to a port on a pod', expected: 'Execute' },
  { rule: 'plain create does not outrank a build name', name: 'build_image', description: 'Create an image from a Dockerfile', expected: 'Execute' },
  { rule: 'a read description does not outrank a create name', name: 'create_table_from_csv', description: 'Convert CSV files to tables', expected: 'Write' },
  { rule: 'start + an activity takes the activity\'s meaning', name: 'expect_response', description: 'Ask the client to start waiting for an HTTP response.', expected: 'Read' },
  { rule: 'HTTP GET request reads', name: 'http_get', description: 'Perform an HTTP GET request', properties: { url: { type: 'string' } }, expected: 'Read' },
  { rule: 'HTTP POST request writes, even beside a browser', name: 'playwright_post', description: 'Perform an HTTP POST request', properties: { url: { type: 'string' }, value: { type: 'string' } }, expected: 'Write' },
  { rule: 'HTTP requests: the worst method named', name: 'http_request', description: 'Make HTTP requests (GET, POST, DELETE) to an API', expected: 'Destructive' },
  { rule: 'a relative clause after the verb describes the object', name: 'diagram_tool', description: 'Render a diagram that updates live as the data changes.', expected: 'Read' },
  { rule: 'gather reads', name: 'changelog_context', description: 'Gather commit history to support a changelog review.', expected: 'Read' },
  { rule: 'display reads', name: 'map_view', description: 'Display an interactive map. You can pass several refs to merge datasets.', annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'integrate writes', name: 'vcs_pull', description: 'Pull changes from a remote. Fetches and integrates changes into the current branch.', expected: 'Write' },
  { rule: '"useful for" says what the output helps with', name: 'list_jobs', description: 'List all active jobs. Useful for managing concurrent jobs.', annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: '"starting point" is not starting anything', name: 'route_optimizer', description: 'Find the best route through coordinates. Supports options for starting point and ending point.', annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'a loss caveat about the environment is not the call\'s effect', name: 'run_terminal_command', description: 'Runs a shell command. Files outside the workspace will be lost when the container stops.', properties: { command: { type: 'string' } }, expected: 'Execute' },
  { rule: 'a loss warning about the call stays decisive', name: 'reset_workspace_files', description: 'Restore files from the last commit. Local edits will be lost.', expected: 'Destructive' },
  // Sessions: the rubric's Other.
  { rule: 'close the browser', name: 'browser_close', description: 'Close the page', expected: 'Other' },
  { rule: 'create a session', name: 'browserbase_session_create', description: 'Create or reuse a browser session and set it as active.', expected: 'Other' },
  { rule: 'stop its own recording', name: 'screencast_stop', description: 'Stops the active screencast recording on the target page.', expected: 'Other' },
  { rule: 'stop a port-forward of its own', name: 'stop_port_forward', description: 'Stop a port-forward process', expected: 'Other' },
  { rule: 'description outranks an execute name: stop the session', name: 'firecrawl_interact_stop', description: 'Stop the live interact session and release its resources.', expected: 'Other' },
  { rule: 'connect is its own connection', name: 'connect', description: 'Connect to a MongoDB instance and get back a connectionId.', expected: 'Other' },
  { rule: 'select a page as context', name: 'select_page', description: 'Select a page as a context for future tool calls.', properties: { pageId: { type: 'number' } }, expected: 'Other' },
  { rule: 'log in', name: 'auth', description: 'Log in to the service with a token.', expected: 'Other' },
  { rule: 'signs in', name: 'account', description: 'Signs in to the account with a token.', expected: 'Other' },
  { rule: 'stop its own search', name: 'stop_search', description: 'Stop an active search. Stops the background search process.', annotations: { readOnlyHint: false, destructiveHint: false }, expected: 'Other' },
  // Driving a browser: Execute.
  { rule: 'page argument makes typing drive the browser', name: 'fill', description: 'Type text into an input', properties: { pageId: { type: 'number' }, uid: { type: 'string' } }, expected: 'Execute' },
  { rule: 'upload through a page element', name: 'upload_file', description: 'Upload a file through a provided element.', properties: { pageId: { type: 'number' } }, expected: 'Execute' },
  { rule: 'drop onto an element is drag and drop', name: 'browser_drop', description: 'Drop files onto an element', expected: 'Execute' },
  { rule: 'resizing the browser window of a session drives the page (it re-lays out)', name: 'browser_resize', description: 'Resize the browser window', annotations: { destructiveHint: true }, expected: 'Execute' },
  { rule: 'launching its own browser still manages its session', name: 'browser_launch', description: 'Launch the browser', expected: 'Other' },
  { rule: 'saving the page as PDF writes a file', name: 'browser_pdf_save', description: 'Save the current page as a PDF', expected: 'Write' },
  { rule: 'screenshot in a browser reads', name: 'browser_take_screenshot', description: 'Take a screenshot of the current page', expected: 'Read' },
  { rule: 'going back in a browser session drives it (the rubric\'s "drive an interactive session")', name: 'browser_go_back', description: 'Go back to the previous page', expected: 'Execute' },
  { rule: 'going to a URL outside a session loads it to read it (the rubric\'s "load a URL to read it")', name: 'goto_url', description: 'Go to a URL and return its text.', expected: 'Read' },
  { rule: 'go to a definition outside a browser looks', name: 'go_to_definition', description: 'Go to the definition of a symbol', expected: 'Read' },
  { rule: 'sending input to a REPL drives it', name: 'interact_with_process', description: 'Send input to an existing terminal or REPL process and return its output.', properties: { pid: { type: 'number' }, input: { type: 'string' } }, expected: 'Execute' },
  // Schema.
  { rule: 'action enum: worst value', name: 'manage_tabs', properties: { action: { type: 'string', enum: ['list', 'new', 'close', 'select'] } }, description: 'Manage browser tabs', expected: 'Execute' },
  { rule: 'plural "operations" is a list of reports, not actions', name: 'get_advisor', properties: { operations: { type: 'array', items: { type: 'string', enum: ['dropIndexSuggestions', 'slowQueries'] } } }, annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'free SQL argument on a get tool executes', name: 'get_rows', properties: { sql: { type: 'string' } }, expected: 'Execute' },
  { rule: 'script content argument on a create tool deploys code', name: 'worker_put', description: 'Create or update a Worker script', properties: { script: { type: 'string', description: 'The Worker script content' } }, expected: 'Execute' },
  { rule: 'a script name is not code', name: 'do_create_namespace', description: 'Create a namespace', properties: { script: { type: 'string', description: 'The Worker script that implements this object' } }, expected: 'Write' },
  { rule: 'a verification code is not code', name: 'verify_code', description: 'Verify a login code', properties: { code: { type: 'string', description: 'The 6-digit verification code' } }, expected: 'Read' },
  { rule: 'router command is a sub-command name', name: 'cosmos', description: 'Cosmos DB operations - Commands for managing and querying Cosmos DB resources.', properties: { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } }, expected: 'Write' },
  { rule: '"Work with" claims what "manage" does', name: 'cosmos', description: 'Work with Azure Cosmos DB accounts, databases, and containers', expected: 'Write' },
  { rule: 'router that executes SQL', name: 'mysql', description: 'MySQL operations - Commands for managing servers. Includes operations for listing databases, executing SQL queries and configuring parameters.', properties: { command: { type: 'string' }, parameters: { type: 'object' } }, expected: 'Execute' },
  { rule: 'boolean flag that drops data', name: 'rename-collection', description: 'Renames a collection', properties: { newName: { type: 'string' }, dropTarget: { type: 'boolean' } }, expected: 'Destructive' },
  { rule: 'required output path writes files', name: 'download_images', description: 'Download images used in a file', properties: { localPath: { type: 'string' } }, required: ['localPath'], expected: 'Write' },
  { rule: 'amount with currency is money', name: 'create_coupon', properties: { amount_off: { type: 'number' }, currency: { type: 'string' } }, expected: 'Financial' },
  { rule: 'amount without money context is not', name: 'confirm_cost', description: 'Ask the user to confirm the cost.', properties: { amount: { type: 'number' } }, annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'notification subscription is not money', name: 'update_notification_subscription', expected: 'Write' },
  { rule: 'money verb in a description', name: 'buy_number', description: 'Purchase a phone number', expected: 'Financial' },
  // Annotations as evidence.
  { rule: 'readOnlyHint beats a verb that is only a noun here', name: 'browser_network_request', description: 'Returns full details of a single network request', annotations: { readOnlyHint: true }, expected: 'Read' },
  { rule: 'readOnlyHint never beats a name verb', name: 'delete_user', annotations: { readOnlyHint: true }, expected: 'Destructive' },
  { rule: 'destructiveHint=false never beats drop', name: 'drop_table', annotations: { readOnlyHint: false, destructiveHint: false }, expected: 'Destructive' },
  { rule: 'annotations alone break a tie', name: 'do_thing', annotations: { readOnlyHint: false, destructiveHint: false }, expected: 'Write' },
  { rule: 'nothing to go on', name: 'frobnicate', expected: 'Other' },
];

describe('classifier rules', () => {
  test.each(cases)('$rule: $name is $expected', (c) => {
    expect(classifyTool(tool(c)).category).toBe(c.expected);
  });
});
