import { describe, expect, test } from 'vitest';
import { toInlineJson } from '../../src/lib/inline-json.ts';

describe('toInlineJson', () => {
  test.each([
    { name: 'an object', value: { payment_intent: 'example', amount: 2500 }, expected: '{"payment_intent": "example", "amount": 2500}' },
    { name: 'nested objects and arrays', value: { a: [1, { b: null }], c: {} }, expected: '{"a": [1, {"b": null}], "c": {}}' },
    { name: 'strings holding brackets, commas and newlines', value: { 'k{': 'x,\n]"y' }, expected: '{"k{": "x,\\n]\\"y"}' },
    { name: 'an empty array', value: [], expected: '[]' },
  ])('writes $name on one line', ({ value, expected }) => {
    expect(toInlineJson(value)).toBe(expected);
    expect(JSON.parse(toInlineJson(value))).toEqual(value);
  });
});
