import { describe, expect, test } from 'vitest';
import { terminalTextToDisplay } from '../../src/lib/terminal-text.ts';

describe('terminalTextToDisplay', () => {
  test.each([
    { name: 'colour codes around a line of stderr', text: 'stderr: \u001b[32m✅ Stripe MCP Server running on stdio\u001b[39m)', expected: 'stderr: ✅ Stripe MCP Server running on stdio)' },
    { name: 'bold, reset and cursor moves', text: '\u001b[1;31mError\u001b[0m\u001b[2K\u001b[1G done', expected: 'Error done' },
    { name: 'a window title (OSC ended by BEL)', text: '\u001b]0;server\u0007ready', expected: 'ready' },
    { name: 'a hyperlink (OSC ended by ESC \\)', text: '\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\', expected: 'link' },
  ])('removes $name', ({ text, expected }) => {
    expect(terminalTextToDisplay(text)).toBe(expected);
  });

  test('shows a lone escape and other control characters as visible escapes, never raw', () => {
    expect(terminalTextToDisplay('a\u001bb\u0007c\u200bd')).toBe('a\\u001bb\\u0007c\\u200bd');
  });
});
