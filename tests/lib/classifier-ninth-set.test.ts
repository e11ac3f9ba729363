import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the ninth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const cases = (list: ToolCase[]) => list.map((c) => [c.behaviour, c] as const);
const expectCases = (list: ToolCase[]) =>
  test.each(cases(list))('%s', (_, c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

describe('a verb form directly followed by "are" or a modal is a plural noun, the sentence\'s subject', () => {
  expectCases([
    { behaviour: '"…; deletes are refused outright" names a kind of request the tool refuses (Read)', name: 'ask_assistant', description: 'Answer a question about your account. Reads are allowed; deletes are refused outright.', expected: 'Read' },
    { behaviour: '"Deletes must be confirmed by the user" says nothing the tool does (Read)', name: 'list_apps', description: 'List apps. Deletes must be confirmed by the user.', expected: 'Read' },
    { behaviour: '"Creates, updates and deletes are all reported" lists what is reported (Read)', name: 'list_events', description: 'List events. Creates, updates and deletes are all reported.', expected: 'Read' },
    { behaviour: '"Deletes the record and returns it" still deletes: an object follows the verb', name: 'purge', description: 'Deletes the record and returns it.', expected: 'Destructive' },
    { behaviour: '"Builds the project and can deploy it" still builds: the modal belongs to a second predicate', name: 'make', description: 'Builds the project and can deploy it.', expected: 'Execute' },
    { behaviour: '"Creates, updates and deletes records" still lists what the tool does', name: 'records', description: 'Creates, updates and deletes records in the table.', expected: 'Destructive' },
  ]);
});

describe('"CRUD" claims deletion only where the tool claims it', () => {
  expectCases([
    { behaviour: '"does not work as generic CRUD" denies it (Read)', name: 'list_apps', description: 'List apps owned by the caller. This does not work as generic scope CRUD.', expected: 'Read' },
    { behaviour: '"Discover the schemas for all CRUD operations" names what is read (Read)', name: 'get_entity_templates', description: 'Discover entity templates and structures for all CRUD operations.', expected: 'Read' },
    { behaviour: '"Includes CRUD operations on hubs" still claims deletion (Destructive)', name: 'hubs', description: 'Commands for managing event hubs. Includes CRUD operations on hubs.', expected: 'Destructive' },
  ]);
});

describe('building a page, a menu, a form or an index makes a record (Write); building software runs a build (Execute)', () => {
  expectCases([
    { behaviour: 'build_page ("Create a complete page from a declarative structure") writes', name: 'build_page', description: 'Create a complete page from a declarative structure.', expected: 'Write' },
    { behaviour: '"Build a complete mega menu in one call" writes', name: 'build_mega_menu', description: 'Build a complete mega menu in one call.', expected: 'Write' },
    { behaviour: '"Build a search index from stored embeddings" writes', name: 'index_embeddings', description: 'Build a search index from stored embeddings.', expected: 'Write' },
    { behaviour: '"Build the project" still runs a build', name: 'build_project', description: 'Build the project.', expected: 'Execute' },
    { behaviour: '"Build the docs site pages" still runs a build: the site is named before the pages', name: 'build', description: 'Build the docs site pages.', expected: 'Execute' },
    { behaviour: '"Build a report of monthly sales" still computes the call\'s output (Read)', name: 'build_report', description: 'Build a report of monthly sales.', expected: 'Read' },
  ]);
});

describe('a verbless description naming data returns it, also when the data follows the head\'s preposition', () => {
  const window = { token: { type: 'string' }, value: { type: 'number' }, unit: { type: 'string' } };
  expectCases([
    { behaviour: '"User with the maximum number of sessions in the last X time" reads', name: 'most_active_user', description: 'User with the maximum number of sessions in the last X time (hours, minutes, or days).', properties: window, expected: 'Read' },
    { behaviour: '"Interactive data modeling with design patterns" names no data: modeling is the head', name: 'data_modeling', description: 'Interactive data modeling with design patterns', expected: 'Other' },
  ]);
});

describe('money moves only when the money noun is what the verb acts on', () => {
  expectCases([
    { behaviour: 'set_order_note ("Set order note and service preferences") writes the note', name: 'set_order_note', description: 'Set order note and service preferences.', expected: 'Write' },
    { behaviour: 'delete_transaction_attachment deletes the attachment, moving no money', name: 'delete_transaction_attachment', description: 'Delete a transaction file attachment.', expected: 'Destructive' },
    { behaviour: 'add_pricing_table ("Add a pricing table widget to a page") writes the page', name: 'add_pricing_table', description: 'Add a pricing table widget to a page.', expected: 'Write' },
    { behaviour: 'update_manual_crypto ("Update a manually-managed crypto balance") edits a holding\'s record', name: 'update_manual_crypto', description: 'Update a manually-managed crypto balance.', expected: 'Write' },
    { behaviour: 'delete_manual_crypto deletes a holding\'s record (Destructive, not Financial)', name: 'delete_manual_crypto', description: 'Delete a manually-managed crypto asset.', expected: 'Destructive' },
    { behaviour: 'swap_crypto still moves money', name: 'swap_crypto', description: 'Swap crypto between two wallets.', expected: 'Financial' },
    { behaviour: 'create_invoice_item still creates a financial obligation', name: 'create_invoice_item', description: 'Create an invoice item for a customer.', expected: 'Financial' },
    { behaviour: 'cancel_order still cancels an order', name: 'cancel_order', description: 'Cancel an order.', expected: 'Financial' },
  ]);
});

describe('choosing a place to work in is the tool\'s own session, also after "to" and adjectives', () => {
  expectCases([
    { behaviour: '"Switch to a different WordPress site in the active configuration" chooses a site (Other)', name: 'switch_site', description: 'Switch to a different WordPress site in the active configuration.', expected: 'Other' },
    { behaviour: '"Select the rows in the project" selects rows, not a project (no Other)', name: 'select_rows', description: 'Select the rows in the project.', expected: 'Write' },
  ]);
});

describe('what a call loses, or does not, follows its object', () => {
  expectCases([
    { behaviour: '"Reset the application state (clear data/cache)" loses the app\'s data (Destructive)', name: 'reset_app', description: 'Reset the application state (clear data/cache) without uninstalling', properties: { app_id: { type: 'string' } }, expected: 'Destructive' },
    { behaviour: '"Clear the cache and the stored data" loses the stored data (Destructive)', name: 'clear_all', description: 'Clear the cache and the stored data.', expected: 'Destructive' },
    { behaviour: '"Clear the product cache" still loses only derived data (not Destructive)', name: 'clear_cache', description: 'Clear the product cache.', properties: { store: { type: 'string' } }, expected: 'Write' },
    { behaviour: 'batch_update(create[], update[], delete[]) can delete what its `delete` list names', name: 'products_batch_update', description: 'Batch update products', properties: { create: { type: 'array' }, update: { type: 'array' }, delete: { type: 'array' } }, expected: 'Destructive' },
    { behaviour: 'update_issue(remove_labels[]) only unlinks labels (Write)', name: 'update_issue', description: 'Update an issue.', properties: { remove_labels: { type: 'array' } }, expected: 'Write' },
  ]);
});

describe('a vault unlocked is logged in to; a profiler started reads', () => {
  expectCases([
    { behaviour: '"Unlock the Bitwarden vault" logs in (Other)', name: 'unlock', description: 'Unlock the Bitwarden vault. Prompts the user for their master password.', expected: 'Other' },
    { behaviour: '"Lock a conversation" still changes a record (Write)', name: 'lock_conversation', description: 'Lock a conversation.', expected: 'Write' },
    { behaviour: 'start_render_profile ("Start render profiling") observes renders (Read)', name: 'start_render_profile', description: 'Start render profiling. Tracks mounts, re-renders, and unnecessary renders.', expected: 'Read' },
  ]);
});

describe('"at once" is how many at a time, not a condition that ends what the tool does', () => {
  expectCases([
    { behaviour: '"Parse multiple URLs at once and add all chunks to a category" writes the chunks', name: 'batch_parse_urls', description: 'Parse multiple URLs at once and add all chunks to a category.', expected: 'Write' },
    { behaviour: '"Parse the URL once the page loads and add the chunks…" still stops at the condition (Read)', name: 'parse_url', description: 'Parse the URL once the page loads and add the chunks to a category.', expected: 'Read' },
  ]);
});

describe('instructions on filling an argument, and a model\'s completion named alone', () => {
  expectCases([
    { behaviour: '"Set nextThoughtNeeded to false when…" tells the caller how to fill an argument (no Write)', name: 'process_thought', description: 'Conduct flexible thinking processes. Set nextThoughtNeeded to false when thinking is sufficient.', expected: 'Other' },
    { behaviour: '"Set the status to done" still sets something (Write)', name: 'update_task', description: 'Set the status to done.', expected: 'Write' },
    { behaviour: '`completion` ("FIM completion tool for prompt/suffix workflows") returns a model\'s text (Read)', name: 'completion', description: 'DeepSeek FIM completion tool for prompt/suffix fill-in-the-middle workflows.', properties: { prompt: { type: 'string' }, suffix: { type: 'string' } }, annotations: { readOnlyHint: false, destructiveHint: false }, expected: 'Read' },
  ]);
});

describe('a reported clause and a quoted verb after a read name what is read', () => {
  expectCases([
    { behaviour: '"Report that the toolset is available (no-op "start")" answers the caller (Read)', name: 'toolset_status', description: 'Report that the in-process toolset is available (no-op "start" — if this tool responds, it is up).', expected: 'Read' },
    { behaviour: '"Get the list of supported actions ("create", "delete")" reads the list', name: 'get_actions', description: 'Get the list of supported actions ("create", "delete").', expected: 'Read' },
    { behaviour: '"Report a bug to the maintainers" still files a record (Write)', name: 'file_issue', description: 'Report a bug to the maintainers.', expected: 'Write' },
    { behaviour: '"Delete the "archive" folder" still deletes', name: 'remove_folder', description: 'Delete the "archive" folder.', expected: 'Destructive' },
  ]);
});

describe('a participle that deletes states a loss, also before a bare noun (the rubric\'s sync_repo)', () => {
  expectCases([
    { behaviour: '"Sync the local repository with the remote, deleting remote branches not present locally" is Destructive', name: 'sync_repo', description: 'Sync the local repository with the remote, deleting remote branches not present locally.', expected: 'Destructive' },
    { behaviour: '"Get details including biography, voting statistics, and activities" still reads', name: 'get_member_details', description: 'Get details about a member including biography, committee memberships, voting statistics, and activities.', expected: 'Read' },
  ]);
  test('"Record a payment against open invoices, clearing Accounts Receivable" settles a balance, losing nothing', () => {
    const tool = caseToTool({ behaviour: '', name: 'receive_payment', description: 'Record a payment against open invoices, clearing Accounts Receivable.', expected: 'Write' });
    expect(classifyTool(tool).category).not.toBe('Destructive');
  });
});
