import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/**
 * Rules for the error classes found on servers the rules had never seen (issue #14), each shown by
 * made-up tools: the case names the behaviour, the rubric's reason is in the rule's comment.
 */
interface Case {
  behaviour: string;
  name: string;
  title?: string;
  description?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  annotations?: Tool['annotations'];
  expected: Category;
}

const toTool = (c: Case): Tool => ({ name: c.name, title: c.title, description: c.description, inputSchema: { type: 'object', properties: c.properties ?? {}, required: c.required }, annotations: c.annotations });

const readOnlyHint = { readOnlyHint: true };

const cases: Case[] = [
  // readOnlyHint: weak evidence, but not nothing.
  { behaviour: 'readOnlyHint outweighs one plain Write verb in the lead sentence', name: 'buffer', description: 'Create a buffer zone around a point.', annotations: readOnlyHint, expected: 'Read' },
  { behaviour: 'readOnlyHint outweighs one plain Execute verb in the name', name: 'trigger_slow_demo', description: 'Demonstrates progress notifications.', annotations: readOnlyHint, expected: 'Read' },
  { behaviour: 'readOnlyHint does not outweigh a verb that name and description agree on', name: 'create_user', description: 'Create a user', annotations: readOnlyHint, expected: 'Write' },
  { behaviour: 'readOnlyHint does not outweigh a name that deletes', name: 'remove_member', description: 'Takes a member off the team', annotations: readOnlyHint, expected: 'Destructive' },
  { behaviour: 'readOnlyHint does not outweigh a code argument', name: 'sandbox', description: 'A sandbox.', properties: { python: { type: 'string' } }, annotations: readOnlyHint, expected: 'Execute' },
  // Tools that hand back a text for the caller (a guide, documentation, examples): nothing outside the call changes.
  { behaviour: 'a name whose head noun is a guide reads, whatever verb makes it', name: 'create_component_guide', expected: 'Read' },
  { behaviour: 'a guide about deploying does not deploy', name: 'deploy_guide', description: 'Guidance for deploying to Vercel.', expected: 'Read' },
  { behaviour: 'a lead sentence that creates a guide outranks the name', name: 'create_component', description: 'Creates a guide for building a React component.', expected: 'Read' },
  { behaviour: '"Provides guidance…" outranks an Execute name', name: 'azure_deploy', description: 'Provides guidance for deploying apps to Azure.', expected: 'Read' },
  { behaviour: '"Returns documentation…" outranks a Write name', name: 'add_component', description: 'Returns the documentation and code examples for adding a component.', expected: 'Read' },
  { behaviour: 'a guide put somewhere is stored, not handed back', name: 'create_page', description: 'Create a guide in the team wiki.', expected: 'Write' },
  { behaviour: 'changing existing documentation writes', name: 'update_docs', description: 'Update the docs of a project.', expected: 'Write' },
  { behaviour: 'building a documentation site runs a build', name: 'build_docs', description: 'Builds the documentation site.', expected: 'Execute' },
  { behaviour: 'deleting a guide still deletes', name: 'delete_guide', description: 'Returns nothing.', expected: 'Destructive' },
  // Verbs that are not the tool's action: inside nouns and product names, in relative clauses.
  { behaviour: 'a verb the name uses as a noun after its own verb is a noun in the description', name: 'get_update_history', description: 'Update history for the given device.', expected: 'Read' },
  { behaviour: 'a verb hyphenated to a particle is a noun', name: 'list_addons', description: 'Add-on results for the store.', expected: 'Read' },
  { behaviour: 'a verb hyphenated to a particle is a noun, even a destructive one', name: 'get_form_field', description: 'Drop-down options of a form field.', expected: 'Read' },
  { behaviour: 'a verb after "X used to" describes the object', name: 'accounts', description: 'Returns the accounts used to make the request.', expected: 'Read' },
  { behaviour: 'a verb after "required to" describes the object', name: 'get_permissions', description: 'Gets the permissions required to create a project.', expected: 'Read' },
  { behaviour: '"how to delete" is what the tool tells, not what it does', name: 'explain_cleanup', description: 'Explains how to delete a repository safely.', expected: 'Read' },
  { behaviour: 'a modal verb in a relative clause describes the object', name: 'list_members', description: 'Lists users who can delete the repository.', expected: 'Read' },
  { behaviour: 'a verb after "and" in the form of the sentence\'s own verb ends the relative clause', name: 'find_stale', description: 'Finds files that match the pattern and deletes them.', expected: 'Destructive' },
  { behaviour: '"to delete" after the sentence\'s own light verb is still what it does', name: 'remove_request', description: 'Sends a request to delete the user.', expected: 'Destructive' },
  { behaviour: 'a name whose first word is the verb keeps it in the description', name: 'update_history', description: 'Update history entries of a device.', expected: 'Write' },
  // Enum values decide only when the argument chooses what the call does.
  { behaviour: 'a mode on a tool whose name says what it does is not an action switch', name: 'get_guidelines', description: 'Design guidelines for a component.', properties: { mode: { type: 'string', enum: ['review', 'fix'] } }, expected: 'Read' },
  { behaviour: 'a mode on a tool named with a generic verb is an action switch', name: 'manage_branches', description: 'Branches.', properties: { mode: { type: 'string', enum: ['create', 'delete'] } }, expected: 'Destructive' },
  { behaviour: 'an action argument is a switch even when the name has a verb', name: 'get_item', description: 'Get an item.', properties: { action: { type: 'string', enum: ['get', 'delete'] } }, expected: 'Destructive' },
  { behaviour: 'an HTTP method on a request tool is a switch that passes any request on: it runs what the input says', name: 'http_request', description: 'Make an HTTP call.', properties: { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] } }, expected: 'Execute' },
  // Generic "operations" tools, and the reverse: read-looking names whose query executes.
  { behaviour: 'a claim to manage with only ids and paging as arguments reads', name: 'project_operations', description: 'Commands for managing projects.', properties: { project_id: { type: 'string' }, limit: { type: 'number' } }, expected: 'Read' },
  { behaviour: 'a claim to manage with an argument that carries settings writes', name: 'project_operations', description: 'Commands for managing projects.', properties: { project_id: { type: 'string' }, settings: { type: 'object' } }, expected: 'Write' },
  { behaviour: 'a claim to manage next to a verb that says more is not weighed down', name: 'projects', description: 'Create and manage projects.', properties: { project_id: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a read-looking name whose query is SQL to run executes', name: 'get_data', description: 'Get data from the warehouse.', properties: { query: { type: 'string', description: 'SQL query to run' } }, expected: 'Execute' },
  { behaviour: 'a search query is not code, even about source code', name: 'search_docs', description: 'Search the docs.', properties: { query: { type: 'string', description: 'Query to search the source code' } }, expected: 'Read' },
  { behaviour: 'a query limited to read-only SQL reads', name: 'get_rows', description: 'Get rows.', properties: { query: { type: 'string', description: 'A read-only SQL SELECT statement' } }, expected: 'Read' },
  // Found on tuning servers: what comes before a lead sentence, and words that only look like actions.
  { behaviour: 'an adverb before the lead verb does not hide it', name: 'acme_patch', description: 'Partially update Acme records. Use `jq` param to filter response fields.', expected: 'Write' },
  { behaviour: 'a bracketed tag before a sentence is skipped', name: 'cache_tool', description: '[🌐 REMOTE] Deletes saved pages.', expected: 'Destructive' },
  { behaviour: 'a shouted header is not the lead sentence', name: 'getAcmeHelp', description: '🚀 START HERE - Complete guide to the Acme tools.', expected: 'Read' },
  { behaviour: 'a database transaction moves no money', name: 'transact', description: 'Execute a transaction against the database.', properties: { steps: { type: 'array' } }, expected: 'Write' },
  { behaviour: 'a page of a document is not a browser page', name: 'set_page', description: 'Replaces the content of one page in a local .drawio file. Keeps the page\'s compression.', properties: { path: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'an enum that filters a search is not an action switch', name: 'search_templates', description: 'Search templates.', properties: { task: { type: 'string', enum: ['data_sync', 'reporting'] } }, expected: 'Read' },
  { behaviour: '"allowing you to" says what the caller can do next', name: 'list_time_series', description: 'Retrieves metric data over a time period. This is the core tool for monitoring, allowing you to get the data points.', expected: 'Read' },
  { behaviour: 'a relative clause after a modal verb describes its object', name: 'open_csv', description: 'Opens the editor with a diagram from CSV data. The CSV should follow the import specification which allows creating org charts.', expected: 'Read' },
  { behaviour: 'running a SOQL query reads', name: 'run_soql_query', description: 'Run a SOQL query against a Salesforce org.', expected: 'Read' },
  { behaviour: 'advancing to the next step changes state', name: 'nextCourseStep', description: 'Advances to the next step in the current lesson.', expected: 'Write' },
  // Documents are not browser sessions; arranging a document's cells changes it.
  { behaviour: 'a tab argument of a document is not a browser tab', name: 'insertText', description: 'Insert text at an index of a Google Doc.', properties: { documentId: { type: 'string' }, tabId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a tab argument without a document drives a browser', name: 'insertText', description: 'Insert text at the cursor.', properties: { tabId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'sorting a spreadsheet range changes it', name: 'sort-excel-range', description: 'Sort an Excel range.', expected: 'Write' },
  { behaviour: 'formatting cells changes them', name: 'formatSheetCells', description: 'Format cells in a Google Sheet (background, borders).', expected: 'Write' },
  { behaviour: 'formatting output only computes', name: 'format_json', description: 'Format a JSON string for display.', expected: 'Read' },
  { behaviour: 'removing a restriction loses no data', name: 'unlockFile', description: 'Unlock a locked file by removing content restrictions.', expected: 'Write' },
  { behaviour: 'postponing a reminder writes', name: 'snooze-reminder', description: 'Postpone a reminder until a new time.', expected: 'Write' },
  { behaviour: 'an upload session is a resource, not the tool\'s own session', name: 'create-upload-session', description: 'Create an upload session for a large file.', expected: 'Write' },
  { behaviour: 'a browser session is the tool\'s own', name: 'create_session', description: 'Create a new browser session.', expected: 'Other' },
  { behaviour: 'starting to authenticate manages the tool\'s own session', name: 'login_to_cloud', description: 'Start authenticating this machine with the cloud provider.', expected: 'Other' },
  { behaviour: 'a read-only claim about something else is not about the call', name: 'insertSmartChip', description: 'Insert a person chip at a document index. Date and file chips are read-only.', expected: 'Write' },
  { behaviour: 'a read-only claim about the tool still decides', name: 'run_q', description: 'Runs a query. This tool is read-only.', expected: 'Read' },
  // Definitions that name no English verb.
  { behaviour: 'a Chinese description that converts reads', name: 'maps_regeocode', description: '将一个经纬度坐标转换为行政区划地址信息', properties: { location: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a Chinese description that deletes is destructive', name: 'records', description: '删除指定的记录', properties: { id: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a Chinese negation does not delete', name: 'records', description: '查询记录，不删除', properties: { id: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a tool whose arguments only say what to look up reads', name: 'maps_distance', description: 'Distance API.', properties: { origins: { type: 'string' }, destination: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a tool with an argument that carries content stays Other', name: 'cognify', description: 'Cognee magic.', properties: { data: { type: 'string' } }, expected: 'Other' },
  { behaviour: 'a tool with an argument that is not a lookup is not read; its unknown verb, done to the issue, writes', name: 'claims_steal', description: 'Steal a stealable issue.', properties: { issueId: { type: 'string' }, stealer: { type: 'string' } }, expected: 'Write' },
  // More words that only look like the tool's action.
  { behaviour: '"Start here" tells the caller where to begin', name: 'getConsoleErrors', description: 'Only error-level console output from the tab. Start here when diagnosing a failure.', expected: 'Read' },
  { behaviour: 'a noun-like verb before "that" is a noun', name: 'getNetworkErrors', description: 'Only requests that failed or returned a 4xx status.', properties: { tabId: { type: 'string' } }, expected: 'Read' },
  { behaviour: '"run one of the following operations" leaves the choice to the operation', name: 'project-services-updater', description: 'Select and run one of the following write operations update-project-name, create-new-project', expected: 'Write' },
  { behaviour: 'a purpose clause with another subject is not the tool acting', name: 'node_identity', description: 'Return this host\'s node identity, to hand to a peer so they can pin you.', expected: 'Read' },
  { behaviour: 'a name ending in a report noun reports, whatever noun-like verb qualifies it', name: 'transfer_store-info', description: 'Get detailed info about a pattern.', expected: 'Read' },
  // From tuning labels (round 1).
  { behaviour: 'running a test scan runs tests, whatever it reports', name: 'runVisualScan', description: 'Run a visual test scan.', expected: 'Execute' },
  { behaviour: 'evaluating an action against a policy judges it', name: 'policy_check', description: 'Evaluate an agent action against the policy rules.', expected: 'Read' },
  { behaviour: 'evaluating JavaScript runs it', name: 'page_eval', description: 'Evaluate a JavaScript expression.', expected: 'Execute' },
  { behaviour: 'opening a record in the user\'s browser shows it', name: 'open_org', description: 'Open a Salesforce org in the browser.', expected: 'Read' },
  { behaviour: 'opening a URL in the browser navigates', name: 'open_url', description: 'Open a URL in the browser.', expected: 'Execute' },
  { behaviour: 'navigating the browser of a session drives it (the rubric\'s Execute row)', name: 'browser_navigate', description: 'Navigate to a URL in the browser.', expected: 'Execute' },
  { behaviour: 'clicking in a browser drives it', name: 'browser_click', description: 'Click an element on the page.', expected: 'Execute' },
  { behaviour: 'opening a browser for the tool\'s login manages its session', name: 'setup_auth', description: 'Open a browser window for first-time Google login.', expected: 'Other' },
  { behaviour: 'switching accounts manages the tool\'s own session', name: 're_auth', description: 'Switch to a different Google account.', expected: 'Other' },
  { behaviour: '"accepts an array" describes the input', name: 'ask_model', description: 'Accepts an array of messages and returns an answer.', expected: 'Read' },
  { behaviour: 'resuming a long-running operation runs it', name: 'resume_operation', description: 'Resume a long running operation that did not complete.', expected: 'Execute' },
  { behaviour: 'retrieving into local files writes them', name: 'retrieve_metadata', description: 'Retrieve metadata from an org to your local project.', expected: 'Write' },
  { behaviour: '"to …" after the sentence\'s own verb says what for', name: 'open_dashboard', description: 'Open an interactive dashboard to review and modify finished test cases.', expected: 'Read' },
  { behaviour: '"to …" after a request verb is the effect', name: 'user_admin', description: 'Sends a request to delete the user.', expected: 'Destructive' },
  // From tuning-split servers (round 2).
  { behaviour: 'a code snippet in a comment is content, not code run', name: 'add_comment', description: 'Add a PR comment, optionally with a code suggestion.', properties: { body: { type: 'string' }, code_snippet: { type: 'string', description: 'Code snippet to suggest' } }, expected: 'Write' },
  { behaviour: 'a code argument of a tool that runs it executes', name: 'sandbox_tool', description: 'Runs the given snippet in a sandbox.', properties: { code: { type: 'string', description: 'Python source' } }, expected: 'Execute' },
  { behaviour: 'a SQL query handed to a link generator is not run', name: 'get_playground_link', description: 'Generate a playground link for interactive query exploration.', properties: { query: { type: 'string', description: 'SQL query' } }, expected: 'Read' },
  { behaviour: 'a sentence whose subject is the caller is not the tool acting', name: 'get-drive-delta', description: 'Track changes in a drive item. Your app begins by calling delta without any parameters.', expected: 'Read' },
  { behaviour: 'running quality checks further into the sentence reads', name: 'lint_design', description: 'Run comprehensive accessibility (WCAG 2.2) and design quality checks on the current file.', expected: 'Read' },
  { behaviour: 'starting a course records progress, runs nothing', name: 'startCourse', description: 'Starts the Mastra course at the first lesson.', expected: 'Write' },
  { behaviour: 'executing SELECT queries only reads', name: 'pg_execute_query', description: 'Execute SELECT queries and data retrieval operations.', properties: { query: { type: 'string', description: 'SQL query to run' } }, expected: 'Read' },
  { behaviour: 'handling large result sets is no change', name: 'list_repository_issues', description: 'Lists and filters code quality issues. - Pagination support for handling large result sets', properties: { repository: { type: 'string' }, cursor: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a sentence whose subject is "we" is not the tool acting', name: 'list_pull_request_issues', description: 'Returns issues found in a pull request. We can request either new or fixed issues.', expected: 'Read' },
  { behaviour: 'replacing other tools changes nothing', name: 'get_design_kit', description: 'PREFERRED TOOL for extraction — replaces separate figma_get_styles, figma_get_variables.', expected: 'Read' },
  { behaviour: 'a report name in an action enum is not an action', name: 'network', description: 'Dump recent HTTP traffic.', properties: { action: { type: 'string', enum: ['dump', 'log'] } }, expected: 'Read' },
  { behaviour: 'converting an issue to a subtask changes it', name: 'convertIssueToSubtask', description: 'Convert an issue to a subtask.', expected: 'Write' },
  { behaviour: 'converting units computes', name: 'convert_units', description: 'Convert a value between units.', expected: 'Read' },
  // Means and ends: the API called or the browser launched is how, the purpose is what.
  { behaviour: 'calling an API to get data reads', name: 'weather', description: 'Calls the OpenWeather API to get the forecast for a city.', expected: 'Read' },
  { behaviour: 'invoking a search endpoint is searching', name: 'search_web', description: 'Invokes the Brave search endpoint and returns results.', expected: 'Read' },
  { behaviour: 'launching a headless browser to fetch a page reads', name: 'scrape', description: 'Launches a headless browser to fetch the rendered HTML of a page.', expected: 'Read' },
  { behaviour: 'launching its own browser starts its session', name: 'launch_browser', description: 'Launches a new browser instance.', expected: 'Other' },
  { behaviour: 'evaluating a mathematical expression computes', name: 'calculate', description: 'Evaluate a mathematical expression.', properties: { expression: { type: 'string', description: 'Math expression to evaluate, e.g. 2+2' } }, expected: 'Read' },
  { behaviour: 'an HTTP method enum is a switch even on a named verb: any request to any URL runs what the input says', name: 'send_request', description: 'Sends an HTTP request to any URL.', properties: { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] } }, expected: 'Execute' },
  { behaviour: 'adding two numbers computes, and outranks the name', name: 'add', description: 'Adds two numbers.', expected: 'Read' },
  { behaviour: 'turning a light on writes', name: 'turn_on', description: 'Turn on a light or switch.', expected: 'Write' },
  { behaviour: 'starting playback writes, runs nothing', name: 'play', description: 'Start playback on the active device.', expected: 'Write' },
  { behaviour: 'pulling an image writes', name: 'pull_image', description: 'Pull a Docker image from a registry.', expected: 'Write' },
  { behaviour: 'pulling metrics reads', name: 'metrics', description: 'Pull the latest metrics from the service.', expected: 'Read' },
  { behaviour: '"pull request" in a name is a noun', name: 'pull_request_read', description: 'Get information on a specific pull request.', expected: 'Read' },
  // From tuning labels (round 2).
  { behaviour: 'a query of a non-statement language reads', name: 'query_logs', description: 'Run a Logs Insights query and wait for results.', expected: 'Read' },
  { behaviour: 'a query against a SQL database can change it', name: 'mysql_query', description: 'Execute a query on the MySQL database.', expected: 'Execute' },
  { behaviour: 'code handed to an inspecting tool is not run', name: 'explain_query', description: 'Show the execution plan of a SQL query.', properties: { sql: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a modal of another subject after the sentence\'s verb describes its object', name: 'preview_deployment', description: 'Preview the changes a deployment would make.', expected: 'Read' },
  { behaviour: 'generating installation commands only produces text', name: 'install_tailwind', description: 'Generate installation commands and configuration files for TailwindCSS.', expected: 'Read' },
  { behaviour: 'running SQL queries in a transaction executes', name: 'run_sql_transaction', description: 'Run multiple queries in a transaction.', expected: 'Execute' },
  { behaviour: 'setting the active workspace is the tool\'s own session', name: 'set_active_workspace', description: 'Set the active workspace for subsequent calls.', expected: 'Other' },
  { behaviour: 'adding a file to the model\'s context reads', name: 'add_figma_file', description: 'Add a Figma file to your context.', properties: { url: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a tab of a Google Doc is not a browser tab', name: 'addDocumentTab', description: 'Add a new tab in a Google Doc.', expected: 'Write' },
  { behaviour: 'styling a shape writes', name: 'styleSlidesShape', description: 'Style shapes in Google Slides.', expected: 'Write' },
  { behaviour: '"no side effects" of a rejected call is not a read-only claim', name: 'edit_diagram', description: 'Edit a page of the diagram by ID-based operations (update/add/delete cells). A stale call is rejected (with no side effects).', expected: 'Destructive' },
  { behaviour: 'a participle after the lead verb states an effect', name: 'load_diagram', description: 'Load a .drawio file from disk into the session, REPLACING the entire diagram.', properties: { path: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a capitalised DESTRUCTIVE warning is a warning of loss', name: 'create_new_diagram', description: 'Create a new diagram from XML. ⚠️ DESTRUCTIVE: this replaces the document.', expected: 'Destructive' },
  { behaviour: 'exporting to a file writes it', name: 'export_diagram', description: 'Export the current diagram to a file.', properties: { path: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'an enum value naming metadata for creating is a read', name: 'jira_search', description: 'Search Jira.', properties: { action: { type: 'string', enum: ['search', 'create_metadata'] } }, expected: 'Read' },
  { behaviour: 'clearing the console buffer is the tool\'s own state', name: 'clear_console', description: 'Clear the console log buffer.', expected: 'Other' },
  // Vocabulary and imperatives that leave fewer tools in Other.
  { behaviour: '"Set device orientation" is an imperative even before a bare noun', name: 'orientation', description: 'Set device orientation on iOS and Android.', expected: 'Write' },
  { behaviour: '"Set learn=true…" tells how to fill an argument', name: 'speech_router', description: 'Set learn=true to discover sub-commands.', properties: { parameters: { type: 'object' } }, expected: 'Other' },
  { behaviour: 'hiding rows, protecting ranges and arranging nodes write', name: 'hideSheetDimension', description: 'Hide a range of columns or rows in a sheet.', expected: 'Write' },
  { behaviour: 'booting a device runs it', name: 'boot_device', description: 'Boot the selected simulator.', expected: 'Execute' },
  { behaviour: 'actions named as nouns in a capability list count', name: 'speech', description: 'Speech operations, including speech-to-text recognition, audio processing, and language detection.', expected: 'Read' },
  { behaviour: 'a nominalized action outside a capability list does not', name: 'bicep', description: 'Retrieve Bicep schemas to support infrastructure deployment automation.', expected: 'Read' },
  // From unlabelled tuning-split servers (context-mode, conway-terminal).
  { behaviour: '"context" qualifying another noun is not the tool\'s context', name: 'insight', description: 'Opens the context-mode Insight dashboard in your default browser.', expected: 'Read' },
  { behaviour: 'a call that requires payment moves money', name: 'domain_renew', description: 'Renew an existing domain. Requires x402 USDC payment on Base.', expected: 'Financial' },
  { behaviour: 'sending a request to a model asks for an answer', name: 'chat_completions', description: 'Send a chat completion request to an OpenAI model.', expected: 'Read' },
  { behaviour: 'sending a message to a channel writes', name: 'post_update', description: 'Send a message to a Slack channel.', expected: 'Write' },
  { behaviour: '"by running code" after the lead sentence says how the caller could go on', name: 'ctx_search', description: 'Search a knowledge base. If it needs computation, answer it inline by running code in the sandbox tool.', expected: 'Read' },
  { behaviour: 'exposing a port writes', name: 'sandbox_expose_port', description: 'Expose a port from a sandbox to get a public URL.', expected: 'Write' },
  { behaviour: '"Store content in…" is an imperative', name: 'ctx_index', description: 'Store content in a searchable knowledge base.', expected: 'Write' },
  // From unlabelled tuning-split servers (react-native-ai-debugger, resend, ccxt).
  { behaviour: 'a passive loss is a caveat, not a warning that decides', name: 'get_logs', description: 'Retrieve console logs from the app. Note: pre-connect logs are lost.', expected: 'Read' },
  { behaviour: '"permanently" without a verb of loss is no warning', name: 'vault_read', description: 'Read a credential. Never paste it into the chat, where it stays permanently.', expected: 'Read' },
  { behaviour: '"X is destructive to the state" is a warning', name: 'release_device', description: 'Release a device. Releasing is destructive to the device\'s state.', expected: 'Destructive' },
  { behaviour: 'clearing a cache loses no data; with no argument saying whose, it is the tool\'s own', name: 'clear-cache', description: 'Clear CCXT cache', expected: 'Other' },
  { behaviour: 'a hyphenated "-style" word is one word', name: 'get_refresh_status', description: 'Pull-style probe: did the runtime accept an update?', expected: 'Read' },
  { behaviour: 'topic subscriptions are not money in a description either', name: 'update-contact-topics', description: 'Update topic subscriptions for a contact.', expected: 'Write' },
  { behaviour: 'removing its own presence from an editor is the tool\'s session', name: 'disconnect-from-editor', description: 'Remove agent presence from the dashboard editor.', expected: 'Other' },
  { behaviour: 'a read-only claim about one option is not about the call', name: 'logbox', description: 'Interact with the LogBox overlay. "detect" reads the current state without modifying it; "dismiss" clears all entries.', expected: 'Write' },
  { behaviour: 'starting a claim records it', name: 'create-domain-claim', description: 'Start a claim for a domain another account has verified.', expected: 'Write' },
  { behaviour: 'starting device authorization logs in', name: 'login', description: 'Start device authorization and store credentials after the user verifies.', expected: 'Other' },
  { behaviour: '"Log the user out" logs out', name: 'sign_off', description: 'Log the user out of the host and clear cached credentials.', expected: 'Other' },
  // From tuning labels (round 3).
  { behaviour: 'a Trello card is not a credit card', name: 'create_card', description: 'Create a card on a board.', expected: 'Write' },
  { behaviour: 'a credit card is money', name: 'add_credit_card', description: 'Add a credit card to the account.', expected: 'Financial' },
  { behaviour: 'a memory bank is not a bank', name: 'memory_bank_update', description: 'Update an existing memory bank file for a project.', expected: 'Write' },
  { behaviour: '"Runs in non-thinking mode" says how it works', name: 'fim_completion', description: 'Fill-in-the-middle completion. Runs in non-thinking mode on the Beta endpoint.', expected: 'Read' },
  { behaviour: 'selecting a project for subsequent calls is the tool\'s own session', name: 'select-project', description: 'Selects GCP project to use for subsequent interactions.', expected: 'Other' },
  { behaviour: 'removing a message from the trash restores it', name: 'untrash_message', description: 'Remove a message from the trash.', expected: 'Write' },
  { behaviour: 'refreshing data re-reads it', name: 'refresh_project_spec', description: 'Refresh the latest spec from the server.', expected: 'Read' },
  { behaviour: 'refreshing its OAuth token is the tool\'s own session', name: 'oauth_refresh', description: 'Manually refresh the OAuth access token using the refresh token.', expected: 'Other' },
  { behaviour: 'chatting with a model asks it', name: 'deepseek_chat', description: 'Chat with DeepSeek models.', expected: 'Read' },
  { behaviour: 'a description naming analytics reads', name: 'analytics_advanced', description: 'GA4 e-commerce, realtime metrics, user behavior, and conversion funnels.', expected: 'Read' },
  { behaviour: 'granting read-only access is not a read-only call', name: 'manage_field_permissions', description: 'Give read-only access to a field for specific profiles.', expected: 'Write' },
  { behaviour: 'upgrading software to the latest version installs it', name: 'ctx_upgrade', description: 'Upgrade context-mode to the latest version.', expected: 'Execute' },
  { behaviour: 'a SQL argument of a link generator is not run', name: 'playground_link', description: 'Generate a playground link for interactive query exploration.', properties: { query: { type: 'string', description: 'SQL query to execute' } }, expected: 'Read' },
  { behaviour: '"React" in a name is a product', name: 'kendo_react_assistant', description: 'Answers questions and retrieves documentation about Kendo UI for React.', expected: 'Read' },
  { behaviour: '"the page" of a CMS is not a browser page', name: 'add_tabs_widget', description: 'Add a tabbed content widget to a page. Appends at the end of the page.', expected: 'Write' },
  { behaviour: 'opening a URL in the user\'s browser navigates', name: 'open_page', description: 'Open a URL in the user\'s default browser.', expected: 'Execute' },
  // Sessions: what drives a page or device, and what only sets state (tuning round 4).
  { behaviour: 'setting cookies in a browser changes state, drives nothing', name: 'browser_set_cookies', description: 'Set cookies in the browser.', expected: 'Write' },
  { behaviour: 'uploading a file into a page drives it', name: 'browser_file_upload', description: 'Upload a file to a file input element in the browser.', expected: 'Execute' },
  { behaviour: 'checking a checkbox ticks it on the page', name: 'browser_check', description: 'Check a checkbox or radio button.', expected: 'Execute' },
  { behaviour: 'moving focus to screen coordinates drives the device', name: 'focus', description: 'Move input focus to explicit screen coordinates.', expected: 'Execute' },
  { behaviour: 'an optional action filter of a timeline is not an action switch', name: 'object_timeline', description: 'Timeline for one entity type.', properties: { action: { type: 'string', enum: ['create', 'update', 'delete'] } }, expected: 'Read' },
  { behaviour: 'an action enum described as a filter is not a switch', name: 'audit_events', description: 'Lists audit events.', properties: { action: { type: 'string', enum: ['create', 'delete'], description: 'Filter by action type' } }, required: ['action'], expected: 'Read' },
  { behaviour: 'a verbless tool taking only an id reads', name: 'span_siblings', description: 'Everything that ran under the same parent.', properties: { span_id: { type: 'string' } }, expected: 'Read' },
  // Tuning round 5: what the labels read as Write or Other where the rules said worse.
  { behaviour: 'removing an issue from a module unlinks it, nothing is lost', name: 'delete_module_issue', description: 'Remove an issue from a module.', expected: 'Write' },
  { behaviour: 'removing issue links unlinks them', name: 'issue_links', description: 'Remove links between two issues.', expected: 'Write' },
  { behaviour: 'removing a user deletes', name: 'remove_user', description: 'Remove a user from the workspace.', expected: 'Destructive' },
  { behaviour: 'discarding its captured entries is the tool\'s own state, even named wipe', name: 'wipeLogs', description: 'Discards captured console and network entries for every tab.', expected: 'Other' },
  { behaviour: 'resizing the browser window of a session drives it, like emulating a device', name: 'browser_resize', description: 'Resize the browser window.', expected: 'Execute' },
  { behaviour: 'resizing a terminal outside a browser session is a change, not a drive', name: 'pty_resize', description: 'Resize the terminal to the given rows and columns.', expected: 'Write' },
  { behaviour: 'initializing a browser starts its own session', name: 'init-browser', description: 'Initialize a browser.', expected: 'Other' },
  { behaviour: 'executing a dashboard only to get a snapshot reads', name: 'dashboard_run', description: 'Executes a dashboard to get a JSON snapshot of your compliance status.', expected: 'Read' },
  { behaviour: 'running tests to check a build still runs', name: 'run_tests', description: 'Run the tests to check the build.', expected: 'Execute' },
  { behaviour: 'persisting metrics to a file writes', name: 'progress_sync_v3', description: 'Calculate and persist progress metrics to file.', expected: 'Write' },
];

describe('classifier rules for unseen servers', () => {
  test.each(cases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(toTool(c)).category).toBe(c.expected);
  });

  test('a verdict the readOnlyHint decided shows the contradiction and is not confident', () => {
    const verdict = classifyTool(toTool(cases[0]!));
    expect(verdict.contradictions).toEqual(['contradiction: annotation readOnlyHint=true, but description says “Create a buffer zone around a point.” (Write); weighed together, Read']);
    expect(verdict.confidence).toBeLessThan(0.7);
    expect(verdict.competing).toEqual({ category: 'Write', evidence: ['description says “Create a buffer zone around a point.”'] });
  });
});
