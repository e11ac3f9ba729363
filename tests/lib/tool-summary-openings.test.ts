import { describe, expect, test } from 'vitest';
import { toolsToSummaries } from '../../src/lib/server-tool-rows.ts';
import { descriptionsToSharedOpening } from '../../src/lib/shared-opening.ts';
import { descriptionToSummary } from '../../src/lib/tool-summary.ts';

// The stripe update_dispute shape: advice first, the action second, then "This tool helps." and an argument list.
const DISPUTE = `
When you receive a dispute, contacting your customer is always the best first step. If that doesn't work, you can submit evidence to help resolve the dispute in your favor. This tool helps.

It takes the following arguments:
- dispute (string): The ID of the dispute to update
`;

describe('descriptionToSummary picks the sentence that says what the tool does', () => {
  test.each([
    { name: 'advice first: the later sentence with the action (stripe update_dispute)', raw: DISPUTE, summary: "If that doesn't work, you can submit evidence to help resolve the dispute in your favor." },
    { name: 'a note to the model first', raw: 'IMPORTANT: always call list_projects first. Deletes a project and its issues.', summary: 'Deletes a project and its issues.' },
    { name: 'a capitals label addressing the model dropped', raw: 'FOR REFINE WORKFLOW ONLY: Search the components for the closest match.', summary: 'Search the components for the closest match.' },
    { name: 'a usage condition first', raw: 'Use this when the user asks about invoices. Lists the invoices of a customer.', summary: 'Lists the invoices of a customer.' },
    { name: '"Use when" first', raw: 'Use when choosing how to run a task. Queries the capability registry and recommends tools.', summary: 'Queries the capability registry and recommends tools.' },
    { name: 'a bare hint first', raw: 'Read-only. Lists workouts, newest first.', summary: 'Lists workouts, newest first.' },
    { name: 'a workflow step first', raw: 'Step 2 of 2: Always pass claimToken from claim_next_task. Mark a work item as completed or failed.', summary: 'Mark a work item as completed or failed.' },
    { name: '"This tool" saying nothing first', raw: 'This tool is part of the Acme suite. Sends an email to one recipient.', summary: 'Sends an email to one recipient.' },
    { name: '"It" and a verb after an aside', raw: 'Use this tool when the user needs raw prices. It returns flights between two cities with their fares.', summary: 'It returns flights between two cities with their fares.' },
    { name: 'a verb after an adverb after an aside', raw: 'MUST be called first. Permanently deletes the index.', summary: 'Permanently deletes the index.' },
  ])('$name', ({ raw, summary }) => {
    expect(descriptionToSummary(raw)).toBe(summary);
  });
});

describe('descriptionToSummary drops what stands in front of the sentence', () => {
  test.each([
    { name: 'a bracketed tag', raw: '[Code Management] Create a branch in a repository', summary: 'Create a branch in a repository' },
    { name: 'a usage tag', raw: '[Tauri Apps Only] List Android emulators and iOS simulators.', summary: 'List Android emulators and iOS simulators.' },
    { name: 'a Purpose label', raw: '**Purpose:** Create a broadcast campaign. Does not send it yet.', summary: 'Create a broadcast campaign.' },
    { name: 'a guardrails section before the Purpose section', raw: '🛡️ Guardrails:\n  1. Data Modification Warning: This tool modifies HubSpot data.\n\n🎯 Purpose:\n  1. Creates many objects in one call.', summary: 'Creates many objects in one call.' },
    { name: 'a tag before a name, whose case stays', raw: '[Tools] claim_next_task → resolve_task.', summary: 'claim_next_task → resolve_task.' },
  ])('$name', ({ raw, summary }) => {
    expect(descriptionToSummary(raw)).toBe(summary);
  });
});

describe('descriptionToSummary keeps the first sentence', () => {
  test.each([
    { name: 'a "This tool will" statement', raw: 'This tool will create a customer in Stripe.\n\nIt takes two arguments:\n- name (str)', summary: 'This tool will create a customer in Stripe.' },
    { name: '"Use this tool to" a purpose', raw: 'Use this tool to create a test case. Requires a project identifier.', summary: 'Use this tool to create a test case.' },
    { name: 'a condition whose main clause is the action', raw: 'When you need to plan tasks, you can use this tool to receive planning guidance. Follow the steps it returns.', summary: 'When you need to plan tasks, you can use this tool to receive planning guidance.' },
    { name: 'a usage condition with no action after it', raw: 'Use when the user asks who they are in Jira.', summary: 'Use when the user asks who they are in Jira.' },
    { name: 'a usage condition followed by what a reader may do, no action', raw: 'Use this tool when the user wants to test an app on a device. Can be used to debug crashes.', summary: 'Use this tool when the user wants to test an app on a device.' },
    { name: 'a usage condition followed by parameters', raw: 'Use when the user wants to log work on a ticket. Allows specifying time spent.', summary: 'Use when the user wants to log work on a ticket.' },
    { name: 'an order to the model after a condition', raw: 'Use this tool only if the user asks who changed what. If the question has a time frame, convert it to dates.', summary: 'Use this tool only if the user asks who changed what.' },
    { name: 'a statement opening with "Only"', raw: 'Only error-level console output from the current tab. Start here when diagnosing a failure.', summary: 'Only error-level console output from the current tab.' },
    { name: '"This endpoint" and an adverb', raw: 'This endpoint permanently removes a website and its data. Returns 404 when the domain does not exist.', summary: 'This endpoint permanently removes a website and its data.' },
    { name: '"This tool" and a verb outside the list', raw: 'This tool utilizes a model to run browser tasks. It handles complex interactions.', summary: 'This tool utilizes a model to run browser tasks.' },
    { name: 'a status tag', raw: '[DEPRECATED] Lists users. Use list_members.', summary: '[DEPRECATED] Lists users.' },
    { name: 'a sentence in another language', raw: 'Quand : pour dérouler ce scénario. Liste les projets.', summary: 'Quand : pour dérouler ce scénario.' },
    { name: 'a plural noun that is no verb after an aside', raw: 'Use when syncing. Records are kept for a day.', summary: 'Use when syncing.' },
  ])('$name', ({ raw, summary }) => {
    expect(descriptionToSummary(raw)).toBe(summary);
  });

  test('never empty: a description that is only a note gives that note, its label dropped', () => {
    expect(descriptionToSummary('IMPORTANT: Call list_projects first.')).toBe('Call list_projects first.');
  });

  test('keeps markup as text in a sentence chosen after an aside', () => {
    expect(descriptionToSummary('Always call <b>list</b> first. Deletes <script>alert(1)</script> rows.')).toBe('Deletes <script>alert(1)</script> rows.');
  });

  test('reads a description of 20,000 abbreviations in linear time', () => {
    const started = performance.now();
    expect(descriptionToSummary('e.g. '.repeat(20_000)).startsWith('e.g. e.g.')).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('the opening every tool of a server shares', () => {
  test.each([
    { name: 'a name and a bar', descriptions: ['Notion | Retrieve a user', 'Notion | Create a page\nError Responses:\n400'], opening: 'Notion |' },
    { name: 'a phrase and a colon', descriptions: ["For 'acme' Linear workspace: Create an issue", "For 'acme' Linear workspace: List teams"], opening: "For 'acme' Linear workspace:" },
    { name: 'no label mark', descriptions: ['Get a user', 'Get a page'], opening: '' },
    { name: 'one tool only', descriptions: ['Notion | Retrieve a user'], opening: '' },
    { name: 'a description that would be left empty', descriptions: ['Notion |', 'Notion | Create a page'], opening: '' },
  ])('is found for $name', ({ descriptions, opening }) => {
    expect(descriptionsToSharedOpening(descriptions)).toBe(opening);
  });

  test('is dropped from every summary of the server, and only there', () => {
    expect(toolsToSummaries([{ description: 'Notion | Retrieve a user' }, { description: 'Notion | Create a page' }])).toEqual(['Retrieve a user', 'Create a page']);
    expect(toolsToSummaries([{ description: 'Notion | Retrieve a user' }, { description: 'Create a page' }])).toEqual(['Notion | Retrieve a user', 'Create a page']);
  });

  test('leaves the title as the summary of a tool without a description', () => {
    expect(toolsToSummaries([{ title: 'Get weather' }, { description: 'Notion | Create a page' }])).toEqual(['Get weather', 'Notion | Create a page']);
  });
});
