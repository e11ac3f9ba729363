import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/lib/findings/phrase-languages.ts';
import { distOf } from '../support/builds.ts';
import { readPage } from '../support/dist.ts';

const dist = distOf('shipped');

describe('what the site says about the definition audit', () => {
  test('the findings page names as many languages as the audit reads (English and the phrase table)', () => {
    const lead = readPage(dist, 'findings/index.html').querySelector('main .lead')!.textContent;
    expect(lead).toContain(`in ${LANGUAGES.length + 1} languages`);
  });

  test('the home page’s audit sentence agrees in number with its count', () => {
    const sentence = readPage(dist, 'index.html').querySelectorAll('main p').map((p) => p.textContent).find((t) => t.includes('text aimed at the model'))!;
    const count = Number(sentence.match(/^([\d,]+) /)?.[1]?.replaceAll(',', ''));
    expect(count).toBeGreaterThan(0);
    expect(sentence).toMatch(count === 1 ? /^1 tool carries / : /^[\d,]+ tools carry /);
  });
});
