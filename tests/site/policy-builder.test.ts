import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { BuilderData } from '../../src/lib/builder-data.ts';
import { serverToPolicy } from '../../src/lib/policy/compose.ts';
import { evaluateCall } from '../../src/lib/policy/evaluate.ts';
import { serverPolicyTexts } from '../../src/lib/policy/server-policy.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

const dist = distOf('shipped');
const serverPages = listFiles(dist, 'index.html').filter((f) => /^servers\/[^/]+\/index\.html$/.test(f));

describe.each(serverPages.map((file) => ({ file })))('policy builder on $file', ({ file }) => {
  const page = readPage(dist, file);
  const data = JSON.parse(page.querySelector('policy-builder script[data-builder-input]')!.textContent) as BuilderData;
  // The builder's rows are drawn in the browser from the data block (tests/browser/policy-builder-rows.test.ts checks the drawing).
  const toolsUrl = page.querySelector('policy-builder [data-builder-form]')!.getAttribute('data-tools-url')!;
  const links = data.rows.map((row, i) => `${toolsUrl}${row.slug ?? data.input.tools[i]!.name}/`);

  test('holds the input the build used: recomposing it gives the page’s policy byte for byte', () => {
    const texts = serverPolicyTexts(data.input, data.recommended);
    expect(texts.yaml).toBe(page.querySelector('pre[data-policy="intercept-yaml"]')!.textContent);
    expect(texts.json).toBe(page.querySelector('pre[data-policy="json"]')!.textContent);
  });

  test('offers one row per tool, each linking to its tool page and starting from the recommended limit', () => {
    expect(data.rows).toHaveLength(data.input.tools.length);
    expect(data.recommended).toHaveLength(data.input.tools.length);
    expect(toolsUrl).toBe(`/${file.replace(/index\.html$/, '')}tools/`);
    data.rows.forEach((row, i) => {
      expect(existsSync(path.join(dist, links[i]!, 'index.html')), links[i]).toBe(true);
      const choice = data.recommended[i]!;
      if (choice.mode === 'limit') expect({ count: row.count, window: row.window }).toEqual({ count: choice.count, window: choice.window });
    });
  });

  test.each(['allow', 'deny', 'hide'] as const)('every tool set to %s still gives a valid policy that addresses every tool', (mode) => {
    const texts = serverPolicyTexts(data.input, data.input.tools.map(() => ({ mode })));
    const doc = parseYaml(texts.yaml);
    expect(validatePolicy(doc)).toEqual([]);
    expect(Object.keys(doc.tools)).toHaveLength(data.input.tools.length);
    expect(doc.hide ?? []).toHaveLength(mode === 'hide' ? data.input.tools.length : 0);
  });

  test('offers “Try a call” for every tool, starting from the typical call its tool page decides the same way', () => {
    expect(page.querySelector('[data-call-checker] select[name="tool"]')).not.toBeNull();
    expect(data.samples).toHaveLength(data.input.tools.length);
    const policy = serverToPolicy(data.input.serverName, data.input.tools.map((tool, i) => ({ tool, choice: data.recommended[i]! })));
    data.input.tools.forEach((tool, i) => {
      const firstRow = readPage(dist, `${links[i]!.replace(/^\//, '')}index.html`).querySelector('table[data-policy-examples] tbody tr')!;
      expect(JSON.parse(firstRow.getAttribute('data-call')!).arguments).toEqual(data.samples[i]);
      // A tool named "*" is not in the server document at all (default deny) but is in its own page's.
      if (tool.name !== '*') expect(evaluateCall(policy, { name: tool.name, arguments: data.samples[i]! }).allowed ? 'allowed' : 'denied').toBe(firstRow.getAttribute('data-decision'));
    });
  });
});
