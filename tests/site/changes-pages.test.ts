import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readServers } from '../support/shipped.ts';
import { readPage } from '../support/dist.ts';
import { buildSmallCatalogue, type SmallBuild } from '../support/small-build.ts';

/** Chrome DevTools' recorded versions hold more than two pages of changes (50 a page). */
const server = readServers(path.resolve('content')).find((s) => s.id === 'chrome-devtools')!;

describe('/changes/ over several pages', () => {
  let build: SmallBuild;
  beforeAll(() => {
    build = buildSmallCatalogue('changes-pages', [server]);
  }, 600_000);
  afterAll(() => build?.remove());

  test('each page numbers its changes from where the page before stopped, as its range line says', () => {
    const second = readPage(build.dist, 'changes/2/index.html');
    expect(second.querySelectorAll('main p').map((p) => p.textContent.trim()).find((t) => t.includes('on this page'))).toMatch(/; 51–100 on this page\.$/);
    const list = second.querySelector('main ol.change-list')!;
    expect(list.getAttribute('start')).toBe('51');
    expect(list.querySelectorAll('li[data-change]')).toHaveLength(50);
    expect(readPage(build.dist, 'changes/index.html').querySelector('main ol.change-list')!.getAttribute('start')).toBeUndefined();
  });
});
