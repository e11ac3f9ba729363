import sax from 'sax';

/** An XML element as the tests read it: name, attributes, children and its own text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ATOM = 'http://www.w3.org/2005/Atom';
/** Characters XML 1.0 forbids anywhere in a document. @see https://www.w3.org/TR/xml/#charsets */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses XML with sax in strict mode (well-formedness errors throw); returns the root element. */
export function parseXml(text: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`);
  const parser = sax.parser(true, {});
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.ontext = (value) => {
    if (stack.length > 0) stack.at(-1)!.text += value;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of an element with a given name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child of a name; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}>: expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/**
 * Checks what RFC 4287 requires of a feed and of each entry: the Atom namespace; one id, title
 * and updated (RFC 3339); an author for the feed or for each entry; a self link; for each entry
 * an alternate link; ids that are absolute IRIs and unique. Returns a list of problems.
 * @see https://www.rfc-editor.org/rfc/rfc4287#section-4.1.1
 */
export function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = [];
  if (feed.name !== 'feed' || feed.attributes.xmlns !== ATOM) problems.push(`root: expected <feed xmlns="${ATOM}">`);
  const check = (element: XmlElement, where: string) => {
    for (const name of ['id', 'title', 'updated']) if (childrenNamed(element, name).length !== 1) problems.push(`${where}: expected one <${name}>`);
    const updated = childrenNamed(element, 'updated')[0]?.text ?? '';
    if (!RFC3339.test(updated)) problems.push(`${where}: updated ${JSON.stringify(updated)} is not an RFC 3339 date-time`);
    const id = childrenNamed(element, 'id')[0]?.text ?? '';
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${where}: id ${JSON.stringify(id)} is not an absolute IRI`);
  };
  check(feed, 'feed');
  if (!childrenNamed(feed, 'link').some((l) => l.attributes.rel === 'self')) problems.push('feed: expected a link rel="self"');
  const entries = childrenNamed(feed, 'entry');
  const feedHasAuthor = childrenNamed(feed, 'author').some((a) => childrenNamed(a, 'name').length === 1);
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    check(entry, `entry ${i}`);
    if (!feedHasAuthor && childrenNamed(entry, 'author').length === 0) problems.push(`entry ${i}: expected an author (none on the feed)`);
    if (!childrenNamed(entry, 'link').some((l) => (l.attributes.rel ?? 'alternate') === 'alternate' && /^https?:\/\//.test(l.attributes.href ?? ''))) problems.push(`entry ${i}: expected an absolute alternate link`);
    const id = childrenNamed(entry, 'id')[0]?.text ?? '';
    if (ids.has(id)) problems.push(`entry ${i}: id ${id} used twice`);
    ids.add(id);
  });
  return problems;
}
