import { expect, test } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { buildAndServeInBrowser } from '../support/small-build.ts';
import { testServer } from '../support/test-server.ts';

const server = testServer({
  id: 'boxes',
  name: 'Boxes',
  tools: [{ name: 'list_orders', description: 'Lists orders.', inputSchema: { type: 'object' } }],
});
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
/** Chromium keeps this much of a search field for its clear button, even while the field is empty. */
const CLEAR_BUTTON_PX = 20;
/** The header's box is on every page; the home page and /search/ have their own. */
const PAGES = ['/', '/servers/boxes/tools/list_orders/', '/search/'];

describeInBrowser('search boxes', () => {
  const site = buildAndServeInBrowser('search-boxes', [server]);

  test.each(VIEWPORTS)('show their whole example text, not a word cut off ($width px wide)', async (viewport) => {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const cut: string[] = [];
      for (const path of PAGES) {
        await page.goto(site.server.origin + path);
        const boxes = await page.locator('input[type="search"][placeholder]').evaluateAll((inputs) => inputs.map((input) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { id: input.id, placeholder: (input as HTMLInputElement).placeholder, room, needs: context.measureText((input as HTMLInputElement).placeholder).width };
        }));
        for (const box of boxes) if (box.needs + CLEAR_BUTTON_PX > box.room) cut.push(`${path} #${box.id}: "${box.placeholder}" needs ${Math.ceil(box.needs)} px, has ${Math.floor(box.room)}`);
      }
      expect(cut).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
