import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';

/**
 * A lead sentence that reads and then changes ("Fetch new emails and store them") does both: the
 * rubric's category is the worst thing a call can do, so a read-looking name does not win
 * (issue #14: reads of tools that write, run or delete are the costliest misses). Made-up tools only.
 */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

const cases: { behaviour: string; tool: Tool; expected: Category }[] = [
  { behaviour: 'a read then a change of what it read writes', tool: tool('get_issue', 'Retrieve an issue and mark it as read.'), expected: 'Write' },
  { behaviour: 'a fetch whose results it stores writes', tool: tool('fetch_emails', 'Fetch new emails from the server and store them in the local database.'), expected: 'Write' },
  { behaviour: '"and then" before the second verb still coordinates it', tool: tool('list_jobs', 'List the queued jobs and then run the first one.'), expected: 'Execute' },
  { behaviour: 'an adverb before the second verb still coordinates it', tool: tool('check_style', 'Check the code style and automatically fix the problems in place.'), expected: 'Write' },
  { behaviour: 'a read then a deletion deletes', tool: tool('poll_queue', 'Read the next messages from the queue and delete them.'), expected: 'Destructive' },
  { behaviour: 'after a lead verb that is not a read, a second predicate still weighs as a statement', tool: tool('close_session', 'Close a session and terminate the process.'), expected: 'Other' },
];

describe('a second predicate after a lead verb that reads', () => {
  test.each(cases)('$behaviour ($tool.name → $expected)', ({ tool: t, expected }) => {
    expect(classifyTool(t).category).toBe(expected);
  });

  test('is shown as the evidence, and the tie with the reading name keeps it below 0.7', () => {
    const verdict = classifyTool(cases[1]!.tool);
    expect(verdict.evidence[0]).toContain('store them');
    expect(verdict.competing?.category).toBe('Read');
    expect(verdict.confidence).toBeLessThan(0.7);
  });
});

describe('two verbs joined in a name', () => {
  test('a verb that is also a noun after "and" is the second verb, and the worse decides', () => {
    expect(classifyTool(tool('fetch_and_store', 'Fetches a document.')).category).toBe('Write');
    expect(classifyTool(tool('read_and_post', 'Reads the feed.')).category).toBe('Write');
  });

  test('after a noun it stays a noun', () => {
    expect(classifyTool(tool('get_status_and_logs', 'Get the status.')).category).toBe('Read');
  });
});

describe('a title written with spaces', () => {
  test('keeps a hyphenated compound whole: "follow-up" is no verb', () => {
    const text = 'Response generation combining web search with language models. Features contextual memory for follow-up questions.';
    const verdict = classifyTool({ ...tool('perplexity_search', text), title: text });
    expect(verdict.category).toBe('Read');
    expect(verdict.evidence.join(' ')).not.toContain('follow');
  });

  test('a kebab-case title is still split into its words', () => {
    expect(classifyTool({ ...tool('x1', ''), title: 'delete-user' }).category).toBe('Destructive');
  });
});

describe('tracking', () => {
  test('an analytics event or time records it', () => {
    expect(classifyTool(tool('track_event', 'Track an analytics event for the user.')).category).toBe('Write');
    expect(classifyTool(tool('track_time', 'Track time spent on an issue.')).category).toBe('Write');
  });

  test('a shipment reads', () => {
    expect(classifyTool(tool('track_shipment', 'Track a shipment by tracking number.')).category).toBe('Read');
  });
});
