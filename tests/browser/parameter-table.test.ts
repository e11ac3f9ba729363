import { expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

/** 0nmcp's crm_create_invoice, shortened: long parameter names beside descriptions of a few words. */
const server = testServer({
  id: 'crm',
  name: 'CRM',
  tools: [{
    name: 'crm_create_invoice',
    description: 'Create a new invoice.',
    inputSchema: {
      type: 'object',
      properties: {
        access_token: { type: 'string', description: 'CRM access token' },
        businessDetails: { type: 'object', description: 'Business details object (name, address, phone, email, website, logoUrl, customValues)' },
        liveMode: { type: 'boolean', description: 'Whether the invoice is in live mode (true) or test mode (false)' },
      },
      required: ['access_token'],
    },
  }, {
    name: 'crm_bulk_update',
    description: 'Updates many fields at once.',
    inputSchema: { type: 'object', properties: Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`field_${i}`, { type: 'string' }])) },
  }],
});

describeInBrowser('a tool’s parameter table on a phone', () => {
  const site = buildAndServeInBrowser('parameter-table', [server]);

  test.each([320, 390])('gives descriptions room for a few words a line and never breaks a word of them (%i px)', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/servers/crm/tools/crm_create_invoice/`);
      const cells = await page.locator('table.parameter-table tbody td:last-child').evaluateAll((tds) =>
        tds.map((td) => {
          const broken: string[] = [];
          const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent!.matchAll(/[A-Za-z]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) broken.push(match[0]);
            }
          }
          return { width: Math.round(td.getBoundingClientRect().width), broken };
        }),
      );
      expect(cells).toHaveLength(3);
      for (const cell of cells) {
        expect(cell.width).toBeGreaterThanOrEqual(160);
        expect(cell.broken).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  test('a table cut at 100 of 1,001 parameters counts them all and links to the whole schema in the server’s JSON entry', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/servers/crm/tools/crm_bulk_update/`);
      expect(await page.locator('table.parameter-table tbody tr').count()).toBe(100);
      expect((await page.locator('main h2 + p.muted').filter({ hasText: 'parameters' }).textContent())!.trim()).toBe("1,001 parameters, 0 required (the first 100 shown). All 1,001 in the server's JSON entry.");
      const link = page.locator('main a', { hasText: 'All 1,001 in the server' });
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe('/api/servers/crm.json');
      const entry = (await (await page.request.get(site.server.origin + href)).json()) as { tools: { name: string; inputSchema: { properties: object } }[] };
      expect(Object.keys(entry.tools.find((t) => t.name === 'crm_bulk_update')!.inputSchema.properties)).toHaveLength(1_001);
    } finally {
      await context.close();
    }
  });
});
