import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/lib/classifier/classify.ts';
import type { Tool } from '../../src/lib/schemas/tool.ts';

/** A statement that a call pays decides Financial, so it must be about this call. Made-up tools only. */
const tool = (name: string, description: string): Tool => ({ name, description, inputSchema: { type: 'object', properties: {} } });

describe('a payment phrase', () => {
  test('with the call as its subject decides Financial', () => {
    expect(classifyTool(tool('premium_search', 'Search premium data. Requires x402 USDC payment of $0.01 per call.')).category).toBe('Financial');
    expect(classifyTool(tool('paid_query', 'Query the paid index. Each call will be charged $0.01.')).category).toBe('Financial');
  });

  test('about another action does not make a read pay', () => {
    expect(classifyTool(tool('search_flights', 'Search flights. Booking requires x402 USDC payment.')).category).toBe('Read');
    expect(classifyTool(tool('get_quote', 'Get a shipping quote. Your card will be charged only when you book the shipment.')).category).toBe('Read');
    expect(classifyTool(tool('x402_check', 'Check if a specific URL requires x402 payment.')).category).toBe('Read');
  });

  test('naming a payment\'s details is no payment', () => {
    expect(classifyTool(tool('list_invoices', 'List invoices. Requires payment method on file.')).category).toBe('Read');
  });
});
