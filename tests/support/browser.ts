import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** Debian's Chromium: the tests drive the system browser and never download one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps trying to reach Google, which this machine cannot. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Starts the system Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * `describe` for suites that need Chromium. Without it, a local run skips them with a message that
 * says why; in CI (env CI set) a missing browser is one failing test, never a silent skip.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, suite);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      test(`needs Chromium at ${CHROMIUM_PATH}`, () => {
        throw new Error(`${CHROMIUM_PATH} is missing: CI must run browser tests (.ci/run installs it with apt-get install chromium)`);
      });
    });
    return;
  }
  console.warn(`Skipping browser tests "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install chromium to run them).`);
  describe.skip(name, suite);
}

/** What a page did that content must never make it do: open dialogs, throw, log errors, or break the CSP. */
export interface PageTrouble {
  dialogs: string[];
  errors: string[];
  cspViolations: string[];
}

/**
 * Records dialogs (dismissed at once, so a payload's alert cannot hang the test), uncaught errors,
 * console errors and Content-Security-Policy reports for as long as the page lives.
 */
export function watchPage(page: Page): PageTrouble {
  const trouble: PageTrouble = { dialogs: [], errors: [], cspViolations: [] };
  page.on('dialog', (dialog) => {
    trouble.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => trouble.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[ -]Security[ -]Policy/i.test(text)) trouble.cspViolations.push(text);
    else if (message.type() === 'error') trouble.errors.push(`console: ${text}`);
  });
  return trouble;
}

/** A built site served on localhost and a Chromium to browse it with. */
export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
}

/**
 * Serves `dist` and starts Chromium before the enclosing suite's tests, and closes both after
 * them. Call it inside `describeInBrowser`; read `server` and `browser` from the result in tests.
 */
export function serveInBrowser(dist: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await startStaticServer(dist);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** A page of its own for the current test, in a context of its own. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  trouble: PageTrouble;
}

/**
 * Gives every test of the enclosing suite a fresh context and page (with clipboard access when
 * asked), and fails the test when its page opened a dialog, threw, logged an error or broke the
 * Content-Security-Policy. Read `page` from the result inside tests and hooks.
 */
export function pageForEachTest(site: SiteInBrowser, options: { clipboard?: boolean } = {}): TestPage {
  const current = {} as TestPage;
  beforeEach(async () => {
    current.context = await site.browser.newContext();
    if (options.clipboard) await current.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    current.page = await current.context.newPage();
    current.trouble = watchPage(current.page);
  });
  afterEach(async () => {
    await current.context.close();
    expect(current.trouble).toEqual({ dialogs: [], errors: [], cspViolations: [] });
  });
  return current;
}
