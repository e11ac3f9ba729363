import { describe, expect, test } from 'vitest';
import { idToName, packageToId, uniqueId } from '../../scripts/import-lib/package-id.ts';

describe('packageToId', () => {
  test('keeps the words that name the service and drops "mcp"/"server" noise', () => {
    expect(packageToId('@upstash/context7-mcp')).toBe('context7');
    expect(packageToId('mcp-server-kubernetes')).toBe('kubernetes');
  });

  test('falls back to the scope when the bare name says nothing on its own', () => {
    expect(packageToId('@stripe/mcp')).toBe('stripe');
    expect(packageToId('@mastra/mcp-docs-server')).toBe('mastra-docs');
  });
});

describe('uniqueId', () => {
  test('numbers an id that is taken, from 2', () => {
    const taken = new Set(['pdf', 'pdf-2']);
    expect(uniqueId('pdf', (id) => taken.has(id))).toBe('pdf-3');
    expect(uniqueId('fetch', (id) => taken.has(id))).toBe('fetch');
  });
});

describe('idToName', () => {
  test('capitalises words', () => {
    expect(idToName('google-maps')).toBe('Google Maps');
  });

  test('spells acronyms and brands the usual way', () => {
    expect(idToName('hostinger-api')).toBe('Hostinger API');
    expect(idToName('ios-simulator')).toBe('iOS Simulator');
    expect(idToName('youtube-data')).toBe('YouTube Data');
    expect(idToName('n8n')).toBe('n8n');
    expect(idToName('mssql-node')).toBe('MSSQL Node');
    expect(idToName('dkmaker-rest-api')).toBe('Dkmaker REST API');
    expect(idToName('ebay')).toBe('eBay');
  });
});
