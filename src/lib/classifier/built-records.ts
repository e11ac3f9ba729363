/**
 * "Build a navigation menu", `build_page`, "Build a search index from stored embeddings": building a
 * page, a menu, a form, a layout or an index makes a record that stays where it is built (the rubric's
 * Write: create), not a software build (Execute: "builds"), which is what building a project, an app
 * or an image runs. Built reports, summaries, queries and URLs are the call's own output (Read: see
 * ASSEMBLED_OUTPUTS), read before this.
 */

const BUILDING_VERBS = new Set(['build', 'rebuild']);
const BUILT_RECORDS = new Set([
  'page', 'pages', 'menu', 'menus', 'form', 'forms', 'layout', 'layouts', 'index', 'indexes', 'indices',
  'playlist', 'playlists', 'deck', 'decks', 'presentation', 'presentations', 'slide', 'slides', 'board', 'boards',
  // "Save or build a new email template in the email builder", "Build a sales dashboard": a layout stored where it is built.
  'template', 'templates', 'email', 'emails', 'newsletter', 'newsletters', 'dashboard', 'dashboards', 'survey', 'surveys',
  // "Build an audience segment from filters": a saved group of contacts, kept by the CRM or the ads platform.
  'audience', 'audiences', 'segment', 'segments', 'cohort', 'cohorts',
]);
// "Build the docs site pages", "Build the project index": a software build is named before the record.
const SOFTWARE = new Set(['project', 'app', 'application', 'image', 'container', 'package', 'code', 'binary', 'site', 'website', 'docs', 'solution', 'bundle', 'plugin', 'extension', 'firmware', 'library']);
/** How many words after the verb its object may take to reach the record ("a complete Divi mega menu"). */
const OBJECT_REACH = 5;

/** The reading of `build` on a stored record it makes (Write), or undefined. `objects` are the words after the verb. */
export function builtRecordReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!BUILDING_VERBS.has(verb)) return undefined;
  for (const word of objects.slice(0, OBJECT_REACH)) {
    if (SOFTWARE.has(word)) return undefined;
    if (BUILT_RECORDS.has(word)) return { category: 'Write', object: word, why: 'creates a record, runs no build' };
  }
  return undefined;
}
