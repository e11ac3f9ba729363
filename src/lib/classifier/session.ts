import type { Tool } from '../schemas/tool.ts';
import { PAGE_ARGUMENT_NAMES, SESSION_NOUNS } from './nouns.ts';

/** Descriptions that place a tool in a browser or terminal session, where even typing into it is driving it. */
const SESSION_DESCRIPTION = /\b(?:in (?:the |a |your |the user's |their )?(?:default |local |own )?browser|on (?:the )?screen|screen coordinates|ui (?:target|element)s?|(?:ios |android )?(?:simulator|emulator)s?|the (?:selected |connected |active |mobile )device|browser (?:session|tab|window|page|dialog)|web ?page|the (?:current |active |target |selected |open |loaded )page|viewport|dom element|(?:file |text )?input elements?|select elements?|(?:new|active|open|current) (?:browser )?tabs?|repl|(?:terminal|shell) (?:session|process)(?:e?s)?)\b/i;
const DOCUMENT_PAGES = /\b(?:drawio|pdfs?|documents?|docs?|diagrams?|wiki|notion|confluence|docx|slides?|spreadsheets?|sheets?|notebooks?|books?)\b/i;
const DOCUMENT_NAME_WORDS = new Set(['doc', 'docs', 'document', 'documents', 'sheet', 'sheets', 'spreadsheet', 'slide', 'slides', 'notebook', 'pdf']);
const WEAK_SESSION_NOUNS = new Set(['tab', 'tabs', 'element', 'window', 'dialog', 'screen', 'desktop', 'device']);
const SESSION_CUES = /\b(?:browser|web ?page|chrome|chromium|firefox|safari|webkit|playwright|puppeteer|selenium|devtools|simulator|emulator|device|ios|android|screen|viewport|url|dom)\b/i;
// The same cues, every one of them (matchAll copies the pattern, so one shared global is safe).
const EVERY_SESSION_CUE = new RegExp(SESSION_CUES.source, 'gi');
/** "Perform an HTTP POST request": an HTTP client beside the browser, which it does not drive. */
const HTTP_REQUEST = /\bHTTP (?:GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE) requests?\b/i;

/**
 * How a tool sits in a browser, device or terminal session: it drives one (by its name, its
 * description, or arguments such as `pageId`), or its description only says something happens
 * "in the browser" (which may be the user's own, opened to show them something).
 */
export function sessionOf(tool: Tool, nameWords: readonly string[]): 'drives' | 'in-browser' | undefined {
  // The server context asks for every tool, then each tool's classification asks again: work it out once.
  if (sessionByTool.has(tool)) return sessionByTool.get(tool);
  const session = readSession(tool, nameWords);
  sessionByTool.set(tool, session);
  return session;
}

const sessionByTool = new WeakMap<Tool, 'drives' | 'in-browser' | undefined>();

function readSession(tool: Tool, nameWords: readonly string[]): 'drives' | 'in-browser' | undefined {
  const description = tool.description ?? '';
  if (HTTP_REQUEST.test(description)) return undefined;
  // "Replaces one page of a .drawio file", `addDocumentTab`: a document's page or tab, not a browser's.
  const documentPage = DOCUMENT_PAGES.test(description) || nameWords.some((w) => DOCUMENT_NAME_WORDS.has(w));
  // A tab, window or element in a name is a browser's or a device's only when the description places it there.
  const weakNounsCount = !documentPage && SESSION_CUES.test(description);
  // "Screen stocks based on criteria" on `screen_stocks`: the name's own word, used as the description's verb, places it in no screen.
  if (nameWords.some((w) => SESSION_NOUNS.has(w) && (!WEAK_SESSION_NOUNS.has(w) || (weakNounsCount && hasCueBesides(description, w))))) return 'drives';
  const described = SESSION_DESCRIPTION.exec(description);
  if (described && !(/page|tab/i.test(described[0]) && documentPage)) return /^in /i.test(described[0]) && !SESSION_DESCRIPTION.test(description.slice(described.index + described[0].length)) ? 'in-browser' : 'drives';
  // A `tabId` of a Google Doc, a `selector` into a spreadsheet: a document's parts, not a live page.
  if (documentPage) return undefined;
  return Object.keys(tool.inputSchema.properties ?? {}).some((name) => PAGE_ARGUMENT_NAMES.has(name.toLowerCase())) ? 'drives' : undefined;
}

/**
 * True when `description` places the tool in a browser or device otherwise than by opening with
 * the name's own word as its verb ("Screen stocks by criteria" on `screen_stocks` does not; "Get the
 * screen size" on `get_screen_size` does).
 */
function hasCueBesides(description: string, nameWord: string): boolean {
  const opening = description.search(/[A-Za-z]/);
  for (const found of description.matchAll(EVERY_SESSION_CUE)) if (found.index !== opening || found[0].toLowerCase() !== nameWord) return true;
  return false;
}
