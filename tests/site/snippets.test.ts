import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

const dist = distOf('shipped');
const snippets = listFiles(dist, '.html').flatMap((file) =>
  readPage(dist, file)
    .querySelectorAll('pre[data-policy], pre[data-policy-example]')
    .map((pre, i) => ({ where: `${file} #${i + 1}`, format: pre.getAttribute('data-policy') ?? pre.getAttribute('data-format'), text: pre.textContent })),
);

describe('every policy printed on the site', () => {
  test('there are snippets to check', () => {
    expect(snippets.length).toBeGreaterThan(100);
  });

  // One test over every snippet (tens of thousands): it lists each one Intercept would refuse.
  test('each is accepted by Intercept', () => {
    const refused = snippets.flatMap(({ where, format, text }) => {
      const problems = validatePolicy(format === 'json' ? JSON.parse(text) : parseYaml(text));
      return problems.length > 0 ? [`${where}: ${problems.join('; ')}`] : [];
    });
    expect(refused).toEqual([]);
  });
});
