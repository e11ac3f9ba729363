import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolsToServerContext } from '../../src/lib/classifier/server-context.ts';
import { textToSentences } from '../../src/lib/classifier/words.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import { caseToTool, type ToolCase } from '../support/tool-cases.ts';

/**
 * Rules of the seventh set (issue #14): each stated in the rubric's terms and shown by made-up tools
 * (never by a labelled one), with a case on the other side of the line where the rule could overreach.
 */

const described = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: 'object', properties } });

describe('an abbreviation ends no sentence', () => {
  test('"e.g." and "i.e." stay inside their sentence', () => {
    const sentences = textToSentences('Export the report (e.g. a PDF) to a Google Sheet, i.e. the shared one. Returns its URL.');
    expect(sentences.map((s) => s.text)).toEqual(['Export the report (e.g. a PDF) to a Google Sheet, i.e. the shared one.', 'Returns its URL.']);
  });

  test('the lead sentence reads on past "e.g." to where the result goes (export … to a Google Sheet → Write)', () => {
    expect(classifyTool(described('export_report', 'Export the report (e.g. a PDF or a CSV) to a Google Sheet.')).category).toBe('Write');
  });
});

describe('a device or browser driver that mostly observes still drives its session', () => {
  const selector = { selector: { type: 'string' } };
  const observers = [
    described('devices', 'List available devices.'),
    described('apps', 'List installed apps.'),
    described('logs', 'Show recent logs.'),
    described('wait', 'Wait for a duration.'),
    described('snapshot_diff', 'Compare two snapshots.'),
  ];
  const back = described('back', 'Navigate back in the app.');

  test('a third of the tools driving marks the server: its navigation drives the session (back → Execute)', () => {
    const tools = [...observers, described('tap', 'Tap a target.', selector), described('type_text', 'Type text into a target.', selector), described('scroll', 'Scroll the view.', selector), back];
    const context = toolsToServerContext(tools);
    expect(context.drivesSession).toBe(true);
    expect(classifyTool(back, context).category).toBe('Execute');
  });

  test('one driving tool in nine does not (back → Read, loads a page to read it)', () => {
    const tools = [...observers, described('tap', 'Tap a target.', selector), described('get_text', 'Get the text.'), described('get_title', 'Get the title.'), back];
    const context = toolsToServerContext(tools);
    expect(context.drivesSession).toBe(false);
    expect(classifyTool(back, context).category).toBe('Read');
  });
});

const allowances: ToolCase[] = [
  { behaviour: 'approving a spender for tokens grants an allowance over them', name: 'approve_token_spending', description: 'Approve a contract to spend your ERC20 tokens.', properties: { tokenAddress: { type: 'string' }, spenderAddress: { type: 'string' }, amount: { type: 'string' } }, expected: 'Financial' },
  { behaviour: 'approving a pull request moves no value', name: 'approve_pull_request', description: 'Approve a pull request.', properties: { owner: { type: 'string' }, repo: { type: 'string' }, pullNumber: { type: 'number' } }, expected: 'Write' },
  { behaviour: 'approving an access token for an app names no spender', name: 'approve_token', description: 'Approve a pending API token request.', properties: { tokenId: { type: 'string' } }, expected: 'Write' },
];

describe('an on-chain allowance is a financial obligation', () => {
  test.each(allowances)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const rollbacks: ToolCase[] = [
  { behaviour: 'rolling a bot back to a version restores it', name: 'rollback_bot', description: 'Roll back a chat bot to an earlier version.', properties: { botId: { type: 'string' }, version: { type: 'number' } }, expected: 'Write' },
  { behaviour: 'rolling a dataset back to a snapshot restores its data', name: 'rollback', description: 'Rollback a dataset to a saved snapshot.', properties: { dataset: { type: 'string' }, snapshot: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'rolling back a deployment redeploys an earlier release', name: 'rollback_deployment', description: 'Rollback to the previous deployment.', properties: { projectId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'rolling back the version of a script puts older code live', name: 'revision_rollback', description: 'Rollback to an earlier revision.', properties: { functionName: { type: 'string' }, revisionId: { type: 'string' } }, expected: 'Execute' },
  { behaviour: 'running a rollback pipeline runs it', name: 'run_rollback_pipeline', description: 'Run a rollback pipeline for a project.', properties: { projectSlug: { type: 'string' } }, expected: 'Execute' },
];

describe('a rollback restores an earlier version unless it redeploys', () => {
  test.each(rollbacks)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const arithmetic: ToolCase[] = [
  { behaviour: 'adding two numbers computes', name: 'add', description: 'Add two numbers together.', properties: { a: { type: 'number' }, b: { type: 'number' } }, expected: 'Read' },
  { behaviour: 'adding a number field to a form adds a field', name: 'add_field', description: 'Add a number field to a form.', properties: { formId: { type: 'string' }, label: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'adding a number input block to a note adds a block', name: 'insert_block', description: 'Add a number input block to the note.', properties: { noteId: { type: 'string' } }, expected: 'Write' },
];

describe('arithmetic only when the number is the operand, not a qualifier of what is added', () => {
  test.each(arithmetic)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const resolutions: ToolCase[] = [
  { behaviour: 'resolving a snapshot reference to a selector looks it up', name: 'resolve_ref_to_xpath', description: 'Resolve a snapshot reference to an XPath.', properties: { ref: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'resolving a contract symbol looks it up', name: 'resolve_future_contract', description: 'Resolve a specific futures contract.', properties: { symbol: { type: 'string' }, expiry: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'resolving an incident closes it', name: 'resolve_incident', description: 'Resolve an incident.', properties: { incidentId: { type: 'string' } }, expected: 'Write' },
  { behaviour: 'resolving a review thread closes it', name: 'resolve_thread', description: 'Resolves a review thread on a pull request.', properties: { threadId: { type: 'string' } }, expected: 'Write' },
];

describe('resolve closes an incident, a thread or a conflict, and otherwise looks something up', () => {
  test.each(resolutions)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

describe('three or more hyphenated words are one name or modifier, not a verb', () => {
  test('kebab-case tool names and compounds become one placeholder; "drag-and-drop" keeps its verbs', () => {
    const words = textToSentences('Use list-mail-folders first, step-by-step. Drag-and-drop an element.').map((s) => s.words.join(' '));
    expect(words).toEqual(['use ⟨id⟩ first ⟨id⟩', 'drag and drop an element']);
  });

  test('"Deny-by-default" denies nothing (get_firewall_rules → Read)', () => {
    expect(classifyTool(described('get_firewall_rules', 'Deny-by-default firewall rules for the host.')).category).toBe('Read');
  });
});

const sayings: ToolCase[] = [
  { behaviour: 'reporting whether something holds answers the caller', name: 'pool_idle', description: 'Reports whether the worker pool is idle.', properties: { pool: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'reporting how many workers are busy answers the caller', name: 'busy_workers', description: 'Report how many workers are busy.', properties: { project: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'reporting a bug files a record', name: 'bug_report', description: 'Report a bug to the maintainers.', properties: { title: { type: 'string' } }, expected: 'Write' },
];

describe('report followed by what it says reads', () => {
  test.each(sayings)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});

const otherActors: ToolCase[] = [
  { behaviour: 'what any other tool does is not this tool’s statement', name: 'threat_analysis', description: 'Deep analysis of input for injection threats. Pair with any tool that ingests untrusted input.', properties: { text: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'what anyone who uses the board does is not this tool’s statement', name: 'board_statistics', description: 'Visitor statistics of a board. Anyone who uploads a file to it is counted.', properties: { boardId: { type: 'string' } }, expected: 'Read' },
  { behaviour: 'a tool that says it deletes still deletes', name: 'cleanup_tool', description: 'A cleanup helper. This is a tool that deletes temporary files.', properties: { dir: { type: 'string' } }, expected: 'Destructive' },
  { behaviour: 'a check named as a noun before "if" reads', name: 'input_is_safe', description: 'Quick boolean check if input is safe.', properties: { input: { type: 'string' } }, expected: 'Read' },
];

describe('a relative clause about another tool or person, and a check before "if", say nothing of the call', () => {
  test.each(otherActors)('$behaviour ($name → $expected)', (c) => {
    expect(classifyTool(caseToTool(c)).category).toBe(c.expected);
  });
});
