import { characterClass, tokenNotIn, type Alphabet, type RefusedWords } from './token-patterns.ts';

/**
 * Allow-patterns for command strings (Intercept's `regex` must match for a call to pass). They
 * read a command as a shell does only as far as RE2 can: the first word is the program, later
 * words its arguments. A quote, backslash, `$` or glob at the start of a word could turn into
 * anything once the shell expands it, so words the checks look at may not start with one.
 * @see https://github.com/google/re2/wiki/Syntax
 */

/**
 * One command: no `;`, `&`, `|`, backticks, newlines, `<`, `>` or `$(`, as an allow-list of the
 * whole value. A `$` may only be followed by a character that is itself allowed.
 */
export const SHELL_SAFE_PATTERN = '^([^;&|`\\n\\r$<>]|\\$[^(;&|`\\n\\r$<>])*\\$?$';

/**
 * A command that starts with a plain program name: letters, digits and `_ . / + % , : @ ~ -`. Not a
 * variable (`$RM`), quote, backslash (`r\\m`), glob or `X=1` assignment, any of which could turn into a
 * program that NOT_DESTRUCTIVE_COMMAND_PATTERN refuses once the shell expands it.
 */
export const PLAIN_PROGRAM_PATTERN = '^\\s*[A-Za-z0-9_./+%,:@~-]+(\\s|$)';

/** Programs refused outright: they gain privileges, run a command given as text (`sh -c`, `xargs`, `env`), or wipe disks. */
export const REFUSED_PROGRAMS = ['sudo', 'su', 'doas', 'sh', 'bash', 'zsh', 'eval', 'env', 'xargs', 'shred', 'wipefs', 'shutdown', 'reboot'] as const;
/** Program name prefixes refused outright (`mkfs`, `mkfs.ext4`, …). */
export const REFUSED_PROGRAM_PREFIXES = ['mkfs'] as const;

/** Characters of a program word after its path. Which characters a program word may hold at all is PROGRAM_WORD_PATTERN's job. */
const PROGRAM: Alphabet = { notClass: '\\s/' };
/** Characters of an argument word: anything but white space (quotes inside a word are not read: see docs/policies.md). */
const ARGUMENT: Alphabet = { notClass: '\\s' };
/** Characters an option cluster or long option may hold: no `$`, which could expand into a refused letter. */
const OPTION: Alphabet = { notClass: '\\s$' };
/** First characters that could expand into an option or a refused word: `$X`, `\-rf`, `*`, `{-r,}`, quotes. */
const EXPANDING_STARTS = ['$', '\\', '`', '*', '?', '[', '{', '"', "'"];
const PATH = '(?:\\S*/)?';
const ANY_ARGUMENTS = '(?:\\s+\\S+)*';

/** How one guarded program's arguments are read. */
interface GuardedProgram {
  names: string;
  /** Letters refused in a short-option cluster (`r` refuses `-r`, `-rf`, `-fr`). */
  shortLetters?: string;
  /** Long options refused, by prefix without the `--` (`r` refuses `--recursive` and its abbreviations). */
  longPrefixes?: string[];
  /** Other words refused (modes, `of=…`, find's `-delete`). */
  words?: RefusedWords;
}

const GUARDED_PROGRAMS: GuardedProgram[] = [
  { names: 'rm', shortLetters: 'r', longPrefixes: ['r'] },
  { names: 'chmod', shortLetters: 'r', longPrefixes: ['r'], words: { exact: ['777', '0777', 'a+rwx'] } },
  { names: 'chown|chgrp', shortLetters: 'r', longPrefixes: ['r'] },
  { names: 'dd', words: { prefixes: ['of='] } },
  { names: 'find', words: { prefixes: ['-delete', '-exec', '-ok'] } },
  { names: 'git', shortLetters: 'f', longPrefixes: ['force', 'hard'], words: { exact: ['clean'] } },
  // Interpreters given code on the command line: python -c, node -e/-p, perl -e, ruby -e.
  { names: 'python[0-9.]*|node|perl|ruby', shortLetters: 'cep', longPrefixes: ['e', 'p'] },
];

/** Every program name a guarded entry reads, for the "any other program" branch (a `python…` prefix covers python3.12). */
const GUARDED_NAMES: RefusedWords = { exact: ['rm', 'chmod', 'chown', 'chgrp', 'dd', 'find', 'git', 'node', 'perl', 'ruby'], prefixes: ['python'] };

/**
 * A command whose program is not one of the well-known destructive forms: no recursive `rm`, no
 * `mkfs`, no `dd of=`, no recursive `chmod`/`chown` or world-writable mode, no `find -delete`/`-exec`,
 * no force-push, hard reset or `git clean`, no inline interpreter code (`python -c`), and none of
 * REFUSED_PROGRAMS. Meant to go with SHELL_SAFE_PATTERN, which refuses the chaining that could hide
 * a second command (`ls; rm -rf ~`, `curl … | sh`).
 */
export const NOT_DESTRUCTIVE_COMMAND_PATTERN = buildNotDestructive();

function buildNotDestructive(): string {
  const other = tokenNotIn(PROGRAM, { exact: [...REFUSED_PROGRAMS, ...GUARDED_NAMES.exact!], prefixes: [...REFUSED_PROGRAM_PREFIXES, ...GUARDED_NAMES.prefixes!] });
  const branches = [`${other}${ANY_ARGUMENTS}`, ...GUARDED_PROGRAMS.map((p) => `(?:${p.names})(?:\\s+${argumentPattern(p)})*`)];
  return `(?i)^\\s*${PATH}(?:${branches.join('|')})\\s*$`;
}

/**
 * One argument of a guarded program: an option cluster without refused letters, an allowed long
 * option, a plain word not refused, or a quoted word that does not start an option (`"fix typo"`).
 */
function argumentPattern(program: GuardedProgram): string {
  const branches: string[] = [];
  const readsOptions = program.shortLetters !== undefined;
  if (readsOptions) {
    const letters = program.shortLetters!;
    branches.push(`-${characterClass(OPTION, `-${letters}`)}${characterClass(OPTION, letters)}*`, '-');
    branches.push(`--(?:${tokenNotIn(OPTION, { prefixes: program.longPrefixes ?? [] })})?`);
  }
  const refused = program.words ?? {};
  const prefixes = [...(refused.prefixes ?? []), ...EXPANDING_STARTS, ...(readsOptions ? ['-'] : [])];
  branches.push(tokenNotIn(ARGUMENT, { exact: refused.exact ?? [], prefixes }));
  branches.push(`["'][^\\s\\-"'\\\\$\`]\\S*`);
  return `(?:${branches.join('|')})`;
}

/** Verbs refused in a subcommand, as whole words (`down`, `rm`) or word starts (`delete`, `deleteDatabase`). */
export const REFUSED_SUBCOMMAND_WORDS: Required<RefusedWords> = {
  exact: ['rm', 'del', 'drop', 'down', 'kill', 'reset', 'drain', 'prune', 'clean', 'force', 'wipe'],
  prefixes: ['delete', 'remove', 'destroy', 'purge', 'truncate', 'uninstall', 'terminate', 'revoke'],
};

const SEPARATORS = '[\\s_./:=,@-]';

/**
 * A subcommand for a CLI wrapper or a command router (`rollout`, `storage account list`,
 * `kusto_query`): words of letters and digits between separators, none of them a destructive verb.
 * No quotes, `$`, `;` or `|`, so nothing can be chained either.
 */
export const SUBCOMMAND_PATTERN = (() => {
  const word = tokenNotIn({ notClass: '\\W_' }, REFUSED_SUBCOMMAND_WORDS);
  return `(?i)^${SEPARATORS}*${word}(?:${SEPARATORS}+${word})*${SEPARATORS}*$`;
})();
