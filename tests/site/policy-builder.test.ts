import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Choice } from '../../src/lib/policy/choices.ts';
import { serverPolicyTexts, type ServerPolicyInput } from '../../src/lib/policy/server-policy.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

const dist = distOf('shipped');
const serverPages = listFiles(dist, 'index.html').filter((f) => /^servers\/[^/]+\/index\.html$/.test(f));

describe.each(serverPages.map((file) => ({ file })))('policy builder on $file', ({ file }) => {
  const page = readPage(dist, file);
  const data = JSON.parse(page.querySelector('policy-builder script[data-builder-input]')!.textContent) as { input: ServerPolicyInput; recommended: Choice[] };

  test('holds the input the build used: recomposing it gives the page’s policy byte for byte', () => {
    const texts = serverPolicyTexts(data.input, data.recommended);
    expect(texts.yaml).toBe(page.querySelector('pre[data-policy="intercept-yaml"]')!.textContent);
    expect(texts.json).toBe(page.querySelector('pre[data-policy="json"]')!.textContent);
  });

  test('offers one row per tool, preset to the recommendation', () => {
    const selects = page.querySelectorAll('select[name^="mode-"]');
    expect(selects).toHaveLength(data.input.tools.length);
    selects.forEach((select, i) => {
      expect(select.querySelector('option[selected]')!.getAttribute('value')).toBe(data.recommended[i]!.mode);
    });
  });

  test.each(['allow', 'deny', 'hide'] as const)('every tool set to %s still gives a valid policy that addresses every tool', (mode) => {
    const texts = serverPolicyTexts(data.input, data.input.tools.map(() => ({ mode })));
    const doc = parseYaml(texts.yaml);
    expect(validatePolicy(doc)).toEqual([]);
    expect(Object.keys(doc.tools)).toHaveLength(data.input.tools.length);
    expect(doc.hide ?? []).toHaveLength(mode === 'hide' ? data.input.tools.length : 0);
  });
});
