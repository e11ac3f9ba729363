import { escapeInvisible } from './invisible.ts';

/**
 * Terminal control sequences a server prints to colour or move its output: CSI (`ESC [ … final`)
 * and OSC (`ESC ] … BEL` or `ESC ] … ESC \`), as ECMA-48 defines them.
 * @see https://ecma-international.org/publications-and-standards/standards/ecma-48/
 */
const TERMINAL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * A message that quotes a server's terminal output (an import failure with its stderr), as a page
 * prints it: colour and cursor sequences removed, any other invisible character made visible.
 */
export function terminalTextToDisplay(text: string): string {
  return escapeInvisible(text.replace(TERMINAL_SEQUENCE, ''));
}
