import { beforeEach, expect, test } from 'vitest';
import { distOf } from '../support/builds.ts';
import { describeInBrowser, pageForEachTest, serveInBrowser } from '../support/browser.ts';

/** A server with a shell tool, whose command rules the checker must apply as the proxy would. */
const SERVER_PATH = '/servers/desktop-commander/';

describeInBrowser('"Try a call" under the policy builder', () => {
  const site = serveInBrowser(distOf('shipped'));
  const tab = pageForEachTest(site);

  beforeEach(async () => {
    await tab.page.goto(site.server.origin + SERVER_PATH);
    await tab.page.locator('[data-call-checker]').waitFor({ state: 'visible' });
  });

  async function check(args: unknown): Promise<{ decision: string | null; text: string }> {
    const result = tab.page.locator('[data-call-decision]');
    await tab.page.evaluate(() => {
      const output = document.querySelector<HTMLElement>('[data-call-decision]')!;
      output.textContent = '';
      delete output.dataset.decision;
    });
    await tab.page.fill('textarea[name="arguments"]', JSON.stringify(args));
    await tab.page.click('[data-call-checker] button[type="submit"]');
    await tab.page.waitForFunction(() => document.querySelector('[data-call-decision]')?.textContent !== '');
    return { decision: await result.getAttribute('data-decision'), text: (await result.textContent()) ?? '' };
  }

  test('decides a typed call by the recommended policy, then by the reader’s changed choice', async () => {
    await tab.page.selectOption('select[name="tool"]', { label: 'start_process' });
    expect(JSON.parse(await tab.page.inputValue('textarea[name="arguments"]'))).toMatchObject({ command: 'ls -la' });

    expect(await check({ command: 'ls -la', timeout_ms: 1000 })).toMatchObject({ decision: 'allowed' });
    const chained = await check({ command: 'ls; rm -rf ~', timeout_ms: 1000 });
    expect(chained.decision).toBe('denied');
    expect(chained.text).toContain('rule “one command in command”');
    expect(chained.text).toContain('[INTERCEPT POLICY DENIED] command must be one command');
    expect((await check({ command: 'rm -rf ~/projects', timeout_ms: 1000 })).text).toContain('rule “no destructive command in command”');

    const row = await tab.page.locator('policy-builder tr[data-row]', { has: tab.page.locator('a', { hasText: /^start_process$/ }) }).getAttribute('data-row');
    await tab.page.selectOption(`select[name="mode-${row}"]`, 'deny');
    const denied = await check({ command: 'ls -la', timeout_ms: 1000 });
    expect(denied.decision).toBe('denied');
    expect(denied.text).toContain('rule “block execute tool”');
  });

  test('says so when the arguments are not a JSON object', async () => {
    await tab.page.fill('textarea[name="arguments"]', '{not json');
    await tab.page.click('[data-call-checker] button[type="submit"]');
    await tab.page.locator('[data-call-decision]', { hasText: 'not JSON' }).waitFor();
  });
});
