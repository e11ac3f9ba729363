import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import { toolToFaq, type FaqInput } from '../../src/lib/faq.ts';

function firstAnswer(description: string): string {
  const tool = { name: 'create_payment_policy', description, inputSchema: { type: 'object' as const } };
  const input: FaqInput = {
    toolName: tool.name,
    toolLabel: tool.name,
    description,
    policyFileName: 'ebay-create_payment_policy.yaml',
    serverName: 'eBay',
    serverCommand: 'npx -y ebay-mcp',
    importedOn: '2026-11-29',
    classification: classifyTool(tool),
    recommendationText: 'at most 30 calls a minute',
    recommendedRules: [],
  };
  return toolToFaq(input)[0]!.answer;
}

describe('the answer to "What does the tool do?"', () => {
  test.each([
    { name: 'an English description without a full stop', description: 'Create a new payment policy', opening: 'Create a new payment policy. The catalogue classifies' },
    { name: 'a Chinese description without punctuation', description: '周边搜，搜索出radius半径范围的POI', opening: '周边搜，搜索出radius半径范围的POI. The catalogue classifies' },
  ])('ends $name with a full stop before its own sentence', ({ description, opening }) => {
    expect(firstAnswer(description).startsWith(opening)).toBe(true);
  });

  test('cuts a long description at a word with an ellipsis, never mid-word and silently', () => {
    const description = `${'Supprime définitivement une absence de BoondManager. '.repeat(11)}sinon la suppression part directement. Returns ids.`;
    const answer = firstAnswer(description);
    const shown = answer.slice(0, answer.indexOf(' The catalogue classifies'));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(600);
    expect(description.startsWith(shown.slice(0, -1))).toBe(true);
    expect(description[shown.length - 1]).toMatch(/\s/);
  });

  test('does not add a second full stop after a description that ends with one and blanks', () => {
    expect(firstAnswer('Deletes an absence. \n').startsWith('Deletes an absence. The catalogue classifies')).toBe(true);
  });

  test.each([
    { name: 'a full stop', description: 'Creates a payment policy.' },
    { name: 'a question mark inside quotes', description: 'Answers "is it paid?"' },
    { name: 'a Chinese full stop', description: '创建付款政策。' },
  ])('adds nothing to a description that ends with $name', ({ description }) => {
    expect(firstAnswer(description).startsWith(`${description} The catalogue classifies`)).toBe(true);
  });
});
