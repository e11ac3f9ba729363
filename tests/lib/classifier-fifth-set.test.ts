import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the fifth set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const nameVerbAsObject: ToolCase[] = [
  { behaviour: 'a name verb that the lead sentence lists as its object is a noun of the product', name: 'list_push', description: 'List all Acme Pushes in the vault.', expected: 'Read' },
  { behaviour: 'a name verb that the lead sentence reads as its object is a noun', name: 'tool_undo_stack', description: 'List the undo and redo stacks with their entries.', expected: 'Read' },
  { behaviour: 'a name verb after "to" in the lead sentence is still what the tool is for', name: 'delete_files', description: 'Find files to delete and delete them.', expected: 'Destructive' },
  { behaviour: 'a name verb followed by its object in the lead sentence is still a verb', name: 'get_and_send', description: 'Fetch the report and send the summary to the channel.', expected: 'Write' },
  { behaviour: 'a lead sentence that does not read leaves the name verb alone', name: 'send_message', description: 'Create a message send for the queue.', expected: 'Write' },
  { behaviour: 'a name verb that a returning lead sentence names as its object is a noun', name: 'TypeReference', description: 'Returns a detailed reference of the types that the library has.', expected: 'Read' },
];

describe('a name verb the description names as its object is a noun', () => {
  test.each(nameVerbAsObject)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const unknownActions: ToolCase[] = [
  { behaviour: 'an unknown verb opening name and description is done to the record its ids identify', name: 'confirm', description: 'Confirm an invited organization member.', properties: { organizationId: { type: 'string' }, memberId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a hyphenated unknown verb is matched to the name', name: 'reinvite_member', description: 'Re-invite a member who missed the first invitation.', properties: { memberId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'an unknown verb opening name and description changes the record whatever the arguments', name: 'split_transaction', description: 'Split an existing transaction into child transactions.', properties: { transaction_id: { type: 'string' }, children: { type: 'array' } }, expected: 'Write' },
  { behaviour: 'a verbless description with lookup arguments still reads', name: 'maps_distance', description: 'Distance matrix between places.', properties: { origins: { type: 'string' }, destination: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'an opening word the name does not carry is no action on the record', name: 'member_info', description: 'Membership of a user in an organization.', properties: { memberId: { type: 'string' } }, expected: 'Read' },
];

describe('an unknown verb done to identified records changes them', () => {
  test.each(unknownActions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('the verdict on an unknown verb needs review', () => {
    expect(classifyTool(caseToTool(unknownActions[0]!)).confidence).toBeLessThan(0.7);
  });
});

const computedActions: ToolCase[] = [
  {
    behaviour: 'adding to a date handed to the call computes',
    name: 'date_math',
    description: 'Date arithmetic: diff between dates, add to date, weekday.',
    properties: { action: { type: 'string', enum: ['diff', 'add', 'weekday'] }, date: { type: 'string' }, other_date: { type: 'string' }, amount: { type: 'number' } },
    expected: 'Read',
  },
  {
    behaviour: 'replacing in a text handed to the call computes',
    name: 'text_regex',
    description: 'Test, match or replace with regular expressions.',
    properties: { action: { type: 'string', enum: ['test', 'match', 'replace'] }, pattern: { type: 'string' }, text: { type: 'string' }, replacement: { type: 'string' } },
    expected: 'Read',
  },
  {
    behaviour: 'an action on a stored record named by the call still changes it',
    name: 'note_tool',
    description: 'Note operations: get, add or replace text of a note.',
    properties: { action: { type: 'string', enum: ['get', 'add', 'replace'] }, noteId: { type: 'string' }, text: { type: 'string' } },
    expected: 'Write',
  },
  {
    behaviour: 'an action that deletes stays Destructive when the call names a stored thing',
    name: 'kv',
    description: 'Key-value store operations.',
    properties: { op: { type: 'string', enum: ['get', 'set', 'delete'] }, key: { type: 'string' }, value: { type: 'string' } },
    expected: 'Destructive',
  },
];

describe('an action done to the values the call is handed computes', () => {
  test.each(computedActions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('a computed action still rests on one word of a list: not sure', () => {
    expect(classifyTool(caseToTool(computedActions[0]!)).confidence).toBeLessThan(0.9);
  });
});

const requests: ToolCase[] = [
  { behaviour: 'a request tool that passes any HTTP method to a URL the caller gives runs what the input says', name: 'http_request', description: 'Issue an HTTP request with a stored credential.', properties: { method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE'] }, url: { type: 'string' }, body: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'an invoke tool that passes any HTTP method to the action it names runs it', name: 'dev_invoke', description: 'Call a locally running action with parameters.', properties: { actionName: { type: 'string' }, method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] } }, expected: 'Execute' },
  { behaviour: 'a method on a tool that fixes its own target keeps the worst method', name: 'users', description: 'Users of the workspace.', properties: { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] }, userId: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a tool that defines how a URL answers sends no request: its method is a field of what it stores', name: 'add_mock_rule', description: 'Add a mock rule for an endpoint.', properties: { url: { type: 'string' }, method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] }, response: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a method limited to reads and writes is no generic request', name: 'http_request', description: 'Make an HTTP call.', properties: { method: { type: 'string', enum: ['GET', 'POST'] }, url: { type: 'string' } }, expected: 'Write' },
];

describe('a request the caller writes runs whatever it says', () => {
  test.each(requests)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const caches: ToolCase[] = [
  { behaviour: 'clearing a cache no argument says whose is the tool\'s own', name: 'clear_cache', description: 'Clear the Acme cache.', expected: 'Other' },
  { behaviour: 'an argument that only picks which cache leaves it the tool\'s own', name: 'flush_query_cache', description: 'Clear the query cache to refresh results.', properties: { cache_type: { type: 'string', enum: ['query', 'search'] } }, expected: 'Other' },
  { behaviour: 'a cache named by a site argument is the site\'s: clearing it writes', name: 'clear_site_cache', description: 'Clear the cache of a website.', properties: { domain: { type: 'string' } }, expected: 'Write' },
];

describe('clearing the tool\'s own cache only manages its session', () => {
  test.each(caches)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const nounPhrases: ToolCase[] = [
  { behaviour: 'a noun phrase naming data, with nothing else said, is what the call returns', name: 'fund_flows', description: 'ETF fund flow data (daily, by issuer).', expected: 'Read' },
  { behaviour: 'a noun phrase naming a measure is what the call returns', name: 'author_tally', description: 'Number of commits per author in the last N days.', properties: { days: { type: 'number' } }, expected: 'Read' },
  { behaviour: 'a noun phrase whose head is not data says nothing', name: 'modeling', description: 'Interactive data modeling with design patterns.', properties: { spec: { type: 'object' } }, expected: 'Other' },
  { behaviour: 'an unknown verb followed by its object is no noun phrase', name: 'stealer', description: 'Steal a stealable issue from another agent.', properties: { stealer: { type: 'string' } }, expected: 'Other' },
  { behaviour: 'a noun phrase that names no data says nothing', name: 'pathfinder', description: 'Multi-algorithm native graph pathfinder.', properties: { seed: { type: 'string' } }, expected: 'Other' },
  { behaviour: 'a condition first is no noun phrase', name: 'bootstrap', description: 'BEFORE calling this tool, check the config.', properties: { dir: { type: 'string' } }, expected: 'Other' },
];

describe('a description that only names data names what the call returns', () => {
  test.each(nounPhrases)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });

  test('the verdict on a noun phrase needs review', () => {
    expect(classifyTool(caseToTool(nounPhrases[0]!)).confidence).toBeLessThan(0.7);
  });
});

const links: ToolCase[] = [
  { behaviour: 'connecting a repository links a stored record', name: 'connect_git_repository', description: 'Connect a new Git repository.', properties: { repo: { type: 'string' }, projectId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'disconnecting an integration unlinks it', name: 'disconnect_integration', description: 'Disconnect an integration from the workspace.', properties: { integrationId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'connecting to a server is the tool\'s own session', name: 'connect', description: 'Connect to the Redis instance.', properties: { url: { type: 'string' } }, expected: 'Other' },
];

describe('connecting a stored record links it', () => {
  test.each(links)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const records: ToolCase[] = [
  { behaviour: '"Record" before a singular noun starts an imperative: it stores something', name: 'agent_feedback', description: 'Record task feedback for learning.', properties: { taskId: { type: 'string' }, quality: { type: 'number' } }, expected: 'Write' },
  { behaviour: '"Record" before a plural noun is a noun phrase', name: 'table_stats', description: 'Record counts for each table.', properties: { table: { type: 'string' } }, expected: 'Read' },
];

describe('an opening "Record" is a verb before a singular noun', () => {
  test.each(records)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const returnedText: ToolCase[] = [
  { behaviour: 'making something whose source code comes back as text changes nothing', name: 'erc20', description: 'Make a fungible token per the ERC-20 standard. Returns the source code of the generated contract, formatted in a Markdown code block.', properties: { name: { type: 'string' }, symbol: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a made thing that is also saved still writes', name: 'make_component', description: 'Create a React component. Returns the source code and saves it to the components folder.', properties: { name: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'returning the id of a created record is no text for the caller', name: 'create_note', description: 'Create a note. Returns the id of the new note.', properties: { text: { type: 'string' } }, expected: 'Write' },
];

describe('a tool that hands back the text it made changes nothing', () => {
  test.each(returnedText)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const objectHeads: ToolCase[] = [
  { behaviour: 'a text named after a second predicate is not what the verb makes', name: 'fs_write_file', description: 'Writes or modifies a file (provides emoji guidelines)', properties: { path: { type: 'string' }, content: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'a text that is the verb\'s own object still reads', name: 'component_helper', description: 'Creates a guide for building a component.', expected: 'Read' },
];

describe('the head of a verb\'s object ends where a second predicate starts', () => {
  test.each(objectHeads)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const cryptoTransfers: ToolCase[] = [
  { behaviour: 'transferring tokens to an address moves value', name: 'transfer_erc20', description: 'Transfer ERC20 tokens to an address.', properties: { tokenAddress: { type: 'string' }, toAddress: { type: 'string' }, amount: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'sending native coins named in the description to a recipient moves value', name: 'send_native', description: 'Send ETH or other native coins to a wallet.', properties: { recipient: { type: 'string' }, value: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'sending a message is no transfer of value', name: 'send_message', description: 'Send a message to a user.', properties: { to: { type: 'string' }, text: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'looking up a token moves nothing', name: 'get_token_info', description: 'Get ERC20 token metadata.', properties: { tokenAddress: { type: 'string' } }, expected: 'Read' },
];

describe('moving on-chain assets to a recipient moves value', () => {
  test.each(cryptoTransfers)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('unpublishing can be undone by publishing again', () => {
  test('unpublish_entry (Unpublish an entry) → Write', () => {
    expect(classifyTool(caseToTool({ behaviour: '', name: 'unpublish_entry', description: 'Unpublish an entry.', properties: { entryId: { type: 'string' } }, expected: 'Write' })).category).toBe('Write');
  });
});

const relatedTo: ToolCase[] = [
  { behaviour: 'what is related to a file is what is read, not where the result goes', name: 'file_context', description: 'Find all conversations and changes related to a specific file.', properties: { path: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a read whose result goes to a file still writes it', name: 'export_board', description: 'Export a board to an XML file.', properties: { boardId: { type: 'string' } }, expected: 'Write' },
];

describe('"related to a file" names what is read', () => {
  test.each(relatedTo)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const savedOutputs: ToolCase[] = [
  { behaviour: 'an optional output path generated when not given saves a file on every call', name: 'image_to_video', description: 'Generate a video based on an image.', properties: { prompt: { type: 'string' }, outputFile: { type: 'string', description: 'Path to save the generated video file, automatically generated if not provided' } }, expected: 'Write' },
  { behaviour: 'an optional output path that only saves when given says nothing', name: 'take_screenshot', description: 'Take a screenshot of the page.', properties: { filePath: { type: 'string', description: 'Path to save the screenshot to. If not provided, the image is returned inline.' } }, expected: 'Read' },
];

describe('an output path the call picks itself saves a file every time', () => {
  test.each(savedOutputs)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});
