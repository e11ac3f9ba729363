import { describe, expect, test } from 'vitest';
import { nameToWords, textToSentences } from '../../src/lib/classifier/words.ts';

describe('nameToWords', () => {
  test.each([
    ['delete_user', ['delete', 'user']],
    ['deleteUser', ['delete', 'user']],
    ['delete-user', ['delete', 'user']],
    ['github.delete_user', ['github', 'delete', 'user']],
    ['DELETE_USER', ['delete', 'user']],
    ['API-post-search', ['api', 'post', 'search']],
    ['runSEOAudit', ['run', 'seo', 'audit']],
    ['r2_bucket/delete', ['r2', 'bucket', 'delete']],
  ])('splits %s', (name, words) => {
    expect(nameToWords(name)).toEqual(words);
  });
});

describe('textToSentences', () => {
  test('keeps a word hyphenated to a particle whole ("add-on", "drop-down"), splits other hyphens', () => {
    expect(textToSentences('Add-on and drop-down, read-only; tavily-crawl')[0]!.words).toEqual(['add-on', 'and', 'drop-down', 'read-only']);
    expect(textToSentences('tavily-crawl pages')[0]!.words).toEqual(['tavily', 'crawl', 'pages']);
  });

  test('splits at sentence ends, line breaks, bullets and the " - " or " | " after a summary', () => {
    const sentences = textToSentences('Kusto operations - Commands for querying. Returns rows\nNotion | Search by title • Done');
    expect(sentences.map((s) => s.text)).toEqual(['Kusto operations', 'Commands for querying.', 'Returns rows', 'Notion', 'Search by title', 'Done']);
  });

  test('turns code spans and other tools’ names into placeholders, so their verbs do not count', () => {
    const [sentence] = textToSentences('Use delete_file or `rm -rf` or getUser, not github.create_issue');
    expect(sentence!.words).toEqual(['use', '⟨id⟩', 'or', '⟨code⟩', 'or', '⟨id⟩', 'not', '⟨id⟩']);
  });

  test('keeps words like PromQL that only start with a capital', () => {
    expect(textToSentences('Execute PromQL queries')[0]!.words).toEqual(['execute', 'promql', 'queries']);
  });

  test('marks words that follow a comma, slash or ampersand, so lists of verbs can be read', () => {
    const [sentence] = textToSentences('Read/create, update & delete records');
    expect(sentence!.listed).toEqual([false, true, true, true, false]);
  });

  test('quotes the server’s own words, placeholders left out', () => {
    expect(textToSentences('Calls list_files first.')[0]!.text).toBe('Calls list_files first.');
  });
});
