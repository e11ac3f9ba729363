import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { atomProblems, childrenNamed, onlyChild, parseXml, type XmlElement } from '../support/atom.ts';
import { distOf } from '../support/builds.ts';
import { listFiles, readPage } from '../support/dist.ts';

/**
 * The definition history on the built site, from the hostile fixture's `releases` server (see
 * tests/fixtures/hostile/releases-server.ts): version 1.2.0 changed read_file's description,
 * removed delete_file and gave list_dir a `recursive` argument, and nothing else.
 */
const dist = distOf('hostile');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const feed = (file: string) => parseXml(read(file));
const entriesOf = (root: XmlElement) => childrenNamed(root, 'entry').map((e) => ({ id: onlyChild(e, 'id').text, title: onlyChild(e, 'title').text, link: childrenNamed(e, 'link')[0]!.attributes.href!, summary: onlyChild(e, 'summary').text }));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

/** What version 1.2.0 did, as each place words it. */
const V12_KEYS = ['releases/1.2.0/removed/delete_file', 'releases/1.2.0/changed/read_file', 'releases/1.2.0/changed/list_dir'];
const V12_TITLES = [
  'Releases <i data-pwned="server-name">of</i> a package 1.2.0: delete_file removed',
  'Releases <i data-pwned="server-name">of</i> a package 1.2.0: read_file — description changed',
  'Releases <i data-pwned="server-name">of</i> a package 1.2.0: list_dir — argument "recursive" added',
];

describe('a version that changed a description, removed a tool and added an argument', () => {
  test('the server page’s timeline lists exactly those changes under that version', () => {
    const rows = readPage(dist, 'servers/releases/index.html').querySelectorAll('#history + p + ol.timeline > li');
    expect(rows.map((li) => text(li.querySelector('strong')))).toEqual(['Version 2.0.0', 'Version 1.3.0', 'Version 1.2.0', 'Version 1.1.0', 'Version 1.0.0']);
    const v12 = rows[2]!;
    expect(v12.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-10');
    expect(v12.querySelectorAll('ul > li').map(text)).toEqual(['Removed: delete_file', 'Changed: read_file (description changed); list_dir (argument "recursive" added)']);
    expect(v12.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/servers/releases/tools/read_file/', '/servers/releases/tools/list_dir/']);
    expect(text(rows[1])).toContain('did not start, skipped');
    expect(text(rows[3])).toContain('no change to its tools');
  });

  test('/changes/ lists exactly those three, linking the server and each tool the server still has', () => {
    const items = readPage(dist, 'changes/index.html').querySelectorAll('ol.change-list > li').filter((li) => li.getAttribute('data-change')!.startsWith('releases/1.2.0/'));
    expect(items.map((li) => li.getAttribute('data-change'))).toEqual(V12_KEYS);
    expect(items.map((li) => text(li).replace(/^2025-03-10 · Releases <i data-pwned="server-name">of<\/i> a package 1\.2\.0 · /, ''))).toEqual(['delete_file removed', 'read_file changed: description changed', 'list_dir changed: argument "recursive" added']);
    expect(items.map((li) => li.querySelectorAll('a').map((a) => a.getAttribute('href')))).toEqual([['/servers/releases/'], ['/servers/releases/', '/servers/releases/tools/read_file/'], ['/servers/releases/', '/servers/releases/tools/list_dir/']]);
  });

  test.each(['changes.xml', 'servers/releases/changes.xml'])('%s carries exactly those three entries', (file) => {
    const entries = entriesOf(feed(file)).filter((e) => e.id.includes(':changes/releases/1.2.0/'));
    expect(entries.map((e) => e.id.replace(/^tag:[^,]+,2026:changes\//, ''))).toEqual(V12_KEYS);
    expect(entries.map((e) => e.title)).toEqual(V12_TITLES);
    expect(entries.map((e) => new URL(e.link).pathname)).toEqual(['/servers/releases/', '/servers/releases/tools/read_file/', '/servers/releases/tools/list_dir/']);
    expect(entries[1]!.summary).toContain('- description changed: "Read a file." → "Read a file as <b>text</b></ins><del> & return it."');
    expect(entries[2]!.summary).toContain('- argument "recursive" added: "boolean: Recurse into sub-folders"');
  });

  test('the tool pages show each change with its version and date, the description as a word diff of text', () => {
    const readFile = readPage(dist, 'servers/releases/tools/read_file/index.html');
    const events = readFile.querySelectorAll('#tool-history ~ ol.history-events > li');
    expect(events.map((li) => text(li.querySelector('strong')))).toEqual(['Version 2.0.0', 'Version 1.2.0']);
    expect(text(readFile.querySelector('#tool-history + p'))).toMatch(/^Present in version 1\.0\.0 \(published 2025-01-10\), the oldest version imported\./);
    const diff = events[1]!.querySelector('.diff')!;
    // The new text closes </ins> and opens <del>: on the page it is text inside one <ins>.
    expect(diff.querySelectorAll('ins').map((e) => e.textContent)).toEqual(['as <b>text</b></ins><del> & return it']);
    expect(diff.querySelectorAll('del, b')).toEqual([]);
    expect(text(diff)).toBe('Read a file [added:]as <b>text</b></ins><del> & return it.');

    const listDir = readPage(dist, 'servers/releases/tools/list_dir/index.html');
    const [v2, v12] = listDir.querySelectorAll('#tool-history ~ ol.history-events > li');
    expect(text(v12!.querySelector('.field-changes'))).toBe('argument "recursive" added; now: boolean: Recurse into sub-folders');
    expect(text(v2!.querySelector('.change-mark'))).toBe('Marked: category raised from Read to Destructive.');
    expect(v2!.querySelectorAll('.diff del').map((e) => e.textContent)).toEqual(['List']);

    const moveFile = readPage(dist, 'servers/releases/tools/move_file/index.html');
    expect(text(moveFile.querySelector('#tool-history + p'))).toMatch(/^First seen in version 2\.0\.0 \(2025-05-10\)\./);
  });
});

describe('marks', () => {
  test('a change that adds model-aimed text or raises a category says so in its feed title and on /changes/', () => {
    const titles = entriesOf(feed('changes.xml')).filter((e) => e.id.includes(':changes/releases/2.0.0/')).map((e) => e.title);
    expect(titles).toEqual([
      'Releases <i data-pwned="server-name">of</i> a package 2.0.0: move_file added',
      '[adds model-aimed text] Releases <i data-pwned="server-name">of</i> a package 2.0.0: read_file — description changed',
      '[category raised: Read → Destructive] Releases <i data-pwned="server-name">of</i> a package 2.0.0: list_dir — description changed',
    ]);
    const marks = readPage(dist, 'changes/index.html').querySelectorAll('li[data-change^="releases/2.0.0/"]').map((li) => text(li.querySelector('.change-mark')));
    expect(marks).toEqual(['', '[adds model-aimed text]', '[category raised: Read → Destructive]']);
  });
});

describe('feeds', () => {
  const feeds = ['changes.xml', ...listFiles(path.join(dist, 'servers'), 'changes.xml').map((f) => `servers/${f}`)];

  test('every feed is well-formed Atom 1.0 with the required elements, one per server', () => {
    expect(feeds.length).toBe(listFiles(path.join(dist, 'servers'), 'index.html').filter((f) => /^[^/]+\/index\.html$/.test(f)).length + 1);
    for (const file of feeds) expect(atomProblems(feed(file)), file).toEqual([]);
  });

  test('each feed is linked from the page it follows, in the head and visibly', () => {
    const pages = [{ page: 'changes/index.html', href: '/changes.xml' }, ...feeds.slice(1).map((f) => ({ page: f.replace(/changes\.xml$/, 'index.html'), href: `/${f}` }))];
    for (const { page, href } of pages) {
      const html = readPage(dist, page);
      expect(html.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href')), page).toEqual([href]);
      expect(html.querySelectorAll(`main a[href="${href}"]`).length, page).toBeGreaterThan(0);
      expect(new URL(onlyChild(feed(href.slice(1)), 'id').text).pathname).toBe(href);
    }
  });
});

describe('the API', () => {
  test('/api/changes.json validates against its schema and lists what the feed lists', () => {
    const changes = JSON.parse(read('api/changes.json'));
    const validate = ajv.compile(JSON.parse(read('api/changes.schema.json')));
    expect(validate(changes), JSON.stringify(validate.errors)).toBe(true);
    expect(changes.total).toBe(6);
    expect(changes.changes.map((c: { id: string }) => `tag:${new URL(changes.site).hostname},2026:changes/${c.id}`)).toEqual(entriesOf(feed('changes.xml')).map((e) => e.id));
  });

  test('each tool of /api/servers/releases.json carries its history, and the server its versions', () => {
    const server = JSON.parse(read('api/servers/releases.json'));
    const validate = ajv.compile(JSON.parse(read('api/server.schema.json')));
    expect(validate(server), JSON.stringify(validate.errors)).toBe(true);
    expect(server.versions.map((v: { version: string }) => v.version)).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0', '2.0.0']);
    const listDir = server.tools.find((t: { name: string }) => t.name === 'list_dir');
    expect(listDir.history.firstSeen).toEqual({ how: 'first-version', version: '1.0.0', date: '2025-01-10' });
    expect(listDir.history.changes.map((c: { version: string; details: { part: string; key?: string; change: string }[] }) => [c.version, c.details.map((d) => `${d.part} ${d.key ?? ''} ${d.change}`)])).toEqual([
      ['2.0.0', ['description  changed']],
      ['1.2.0', ['property recursive added']],
    ]);
  });
});
