import { escapeInvisible } from '../invisible.ts';
import { fieldChangeToSentence, warningToSentence } from './change-text.ts';
import { changeToTitle, type CatalogueChange } from './changes.ts';

/** The feed itself: where it lives, the page it describes, its title. */
export interface FeedInfo {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed (rel="self"); also its id. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows (rel="alternate"). */
  pageUrl: string;
  /** YYYY-MM-DD used as `updated` when the feed has no entry (an empty feed still needs one). */
  emptyUpdated: string;
}

/** Entries a feed carries: readers poll often, and a feed is not an archive (/changes/ is). */
export const FEED_ENTRIES = 50;

/**
 * An Atom 1.0 document of tool changes, newest first (at most 50): each entry with a stable tag:
 * id, an `updated` at the change's date, a link to the tool page (or the server page for a removed
 * tool), warnings as categories and in the title, and a plain-text summary. Every third-party
 * string is XML-escaped and has its invisible characters made visible, which also keeps out the
 * control characters XML 1.0 forbids. Deterministic: no clock.
 * @see https://www.rfc-editor.org/rfc/rfc4287
 * @see https://www.rfc-editor.org/rfc/rfc4151 (tag: URIs)
 */
export function changesToAtom(changes: readonly CatalogueChange[], feed: FeedInfo, site: string): string {
  const shown = changes.slice(0, FEED_ENTRIES);
  const updated = shown.reduce((latest, c) => (c.date > latest ? c.date : latest), shown.length > 0 ? '' : feed.emptyUpdated);
  const authority = new URL(site).hostname;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(feed.selfUrl)}</id>`,
    `  <title type="text">${text(feed.title)}</title>`,
    `  <subtitle type="text">${text(feed.subtitle)}</subtitle>`,
    `  <updated>${dateToAtom(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>`,
    '  <author><name>MCP tool risk catalogue</name></author>',
    ...shown.flatMap((change) => entryLines(change, site, authority)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entryLines(change: CatalogueChange, site: string, authority: string): string[] {
  const link = new URL(change.tool.url ?? change.server.url, site).href;
  return [
    '  <entry>',
    // RFC 4151: the authority is a domain the publisher holds, then a date it held it on.
    `    <id>${xml(`tag:${authority},2026:changes/${change.key}`)}</id>`,
    `    <title type="text">${text(changeToTitle(change))}</title>`,
    `    <updated>${dateToAtom(change.date)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
    `    <link rel="related" type="text/html" href="${xml(new URL(change.server.url, site).href)}"/>`,
    ...change.warnings.map((w) => `    <category term="${w.kind}" label="${w.kind === 'model-aimed-text' ? 'Adds model-aimed text' : 'Category raised'}"/>`),
    `    <summary type="text">${text(changeToSummaryText(change))}</summary>`,
    '  </entry>',
  ];
}

/** The entry's summary: when and in which version, then one line per precise change and warning. */
export function changeToSummaryText(change: CatalogueChange): string {
  const when = change.version ? `Version ${change.version} of ${change.server.name}, ${change.published ? 'published' : 'seen'} ${change.date}.` : `${change.server.name}, seen ${change.date}.`;
  const lines = [when, change.change === 'changed' ? `${change.tool.label} changed:` : `${change.tool.label} ${change.change}.`];
  if (change.change === 'changed') lines.push(...(change.details.length > 0 ? change.details.map((d) => `- ${fieldChangeToSentence(d)}`) : [`- ${change.fields.join(', ')}`]));
  lines.push(...change.warnings.map((w) => `Warning: ${warningToSentence(w)}.`));
  return lines.join('\n');
}

/** Third-party text for an XML text node: invisible and control characters made visible, then escaped. */
function text(value: string): string {
  return xml(escapeInvisible(value));
}

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function dateToAtom(date: string): string {
  return `${date}T00:00:00Z`;
}
