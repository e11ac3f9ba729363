import { NOT_DESTRUCTIVE_COMMAND_PATTERN, PLAIN_PROGRAM_PATTERN, SHELL_SAFE_PATTERN, SUBCOMMAND_PATTERN } from './command-patterns.ts';

/**
 * Every pattern the catalogue puts in a `regex` condition, with what it means. Rules, the sentences
 * a tool page prints about them and the example calls all read this one table, so a page can
 * only describe a check its snippet makes. Patterns are Go RE2 (no look-around, no back-references),
 * checked with re2js; Intercept's `regex` must *match* for a call to pass, and matches anywhere unless
 * anchored, so every pattern here is anchored at both ends.
 * @see https://github.com/google/re2/wiki/Syntax
 */

/** One read statement: SELECT, SHOW, DESCRIBE or EXPLAIN SELECT (EXPLAIN ANALYZE runs what it explains), nothing after a `;`. */
export const READ_SQL_PATTERN = '(?is)^\\s*(select|show|describe|desc|explain\\s+select)\\s[^;]*;?\\s*$';
/**
 * One statement that reads or changes rows, or creates a table, index, view, schema, sequence or type:
 * no DROP, TRUNCATE, ALTER, GRANT, REVOKE, RENAME or COPY, and nothing after a `;`.
 */
export const NO_DDL_SQL_PATTERN = '(?is)^\\s*(select|with|insert|update|delete|merge|values|explain|show|describe|desc|create\\s+(temp\\s+|temporary\\s+|unique\\s+)?(table|index|view|schema|sequence|type))\\s[^;]*;?\\s*$';
/** One SQL statement of any kind: what a reader pastes to opt in to DDL. */
export const SINGLE_STATEMENT_PATTERN = '(?s)^[^;]*;?\\s*$';
/** A path without `..` anywhere in it. */
export const NO_TRAVERSAL_PATTERN = '^([^.]|\\.[^.])*\\.?$';
/** An https URL with a DNS host name: no IP literal (169.254.169.254, 127.0.0.1), no `localhost`, no user info. */
export const PUBLIC_HTTPS_URL_PATTERN = '(?i)^https://([a-z0-9-]+\\.)+[a-z]{2,63}\\.?(:[0-9]{1,5})?([/?#][^\\s]*)?$';

/** What one pattern checks, in the words of the rule, the agent's message and the tool page, with a value it passes and one it refuses. */
export interface Guard {
  pattern: string;
  /** The rule's name for an argument. */
  ruleName: (argument: string) => string;
  /** What the value must be, for `on_deny` ("command must be one command: …"). */
  requirement: (argument: string) => string;
  /** The same for a tool page, with `code` in backticks. */
  sentence: (argument: string) => string;
  passes: string;
  fails: string;
}

const GUARDS: readonly Guard[] = [
  {
    pattern: SHELL_SAFE_PATTERN,
    ruleName: (a) => `one command in ${a}`,
    requirement: (a) => `${a} must be one command: no ; & | \` $( < > or newline`,
    sentence: (a) => `\`${a}\` must be one command: no \`;\`, \`&&\`, \`|\`, backticks, \`$(\`, \`<\`, \`>\` or newlines, so nothing can be chained, substituted or redirected`,
    passes: 'ls -la',
    fails: 'ls; rm -rf ~',
  },
  {
    pattern: PLAIN_PROGRAM_PATTERN,
    ruleName: (a) => `plain program in ${a}`,
    requirement: (a) => `${a} must start with a plain program name, not a variable, quote, backslash or X=1 assignment`,
    sentence: (a) => `\`${a}\` must start with a plain program name (letters, digits, \`_ . / + - : @ ~\`), not a variable, quote, backslash or \`X=1\` assignment that the shell could turn into another program`,
    passes: 'git status',
    fails: '$RM -rf ~',
  },
  {
    pattern: NOT_DESTRUCTIVE_COMMAND_PATTERN,
    ruleName: (a) => `no destructive command in ${a}`,
    requirement: (a) => `${a} may not be a destructive form: recursive rm, mkfs, dd of=, chmod/chown -R, chmod 777, find -delete/-exec, git force/--hard/clean, python -c, node -e, sudo, su, doas, sh, bash, zsh, eval, env, xargs, shred, wipefs, shutdown or reboot`,
    sentence: (a) => `\`${a}\` may not be one of the well-known destructive forms: a recursive \`rm\`, \`mkfs\`, \`dd of=\`, a recursive \`chmod\`/\`chown\` or \`chmod 777\`, \`find -delete\`/\`-exec\`, \`git\` with force, \`--hard\` or \`clean\`, inline interpreter code (\`python -c\`, \`node -e\`), \`shred\`, \`wipefs\`, \`shutdown\`, \`reboot\`, or a program that runs another (\`sudo\`, \`su\`, \`doas\`, \`sh\`, \`bash\`, \`zsh\`, \`eval\`, \`env\`, \`xargs\`)`,
    passes: 'git status',
    fails: 'rm -rf ~/projects',
  },
  {
    pattern: SUBCOMMAND_PATTERN,
    ruleName: (a) => `safe subcommand in ${a}`,
    requirement: (a) => `${a} must be words and separators only, with no delete, remove, destroy, drop, down, purge, truncate, uninstall, terminate, revoke, kill, reset, drain, prune, clean, wipe or force in it`,
    sentence: (a) => `\`${a}\` must be a subcommand of plain words (no quotes, \`$\`, \`;\` or \`|\`), none of them a destructive verb such as \`delete\`, \`remove\`, \`destroy\`, \`drop\`, \`down\`, \`purge\`, \`uninstall\` or \`force\``,
    passes: 'list',
    fails: 'delete',
  },
  {
    pattern: READ_SQL_PATTERN,
    ruleName: (a) => `read-only ${a}`,
    requirement: (a) => `${a} must be a single SELECT, SHOW, DESCRIBE or EXPLAIN SELECT statement`,
    sentence: (a) => `\`${a}\` must be one read statement (SELECT, SHOW, DESCRIBE or EXPLAIN SELECT), with nothing after a \`;\``,
    passes: 'SELECT id, name FROM users LIMIT 10',
    fails: 'SELECT 1; DROP TABLE users',
  },
  {
    pattern: NO_DDL_SQL_PATTERN,
    ruleName: (a) => `no DDL in ${a}`,
    requirement: (a) => `${a} must be a single SELECT, INSERT, UPDATE, DELETE, MERGE or CREATE statement: DROP, TRUNCATE, ALTER and GRANT need a human`,
    sentence: (a) => `\`${a}\` must be one statement that reads or changes rows or creates something (SELECT, WITH, INSERT, UPDATE, DELETE, MERGE, CREATE TABLE/INDEX/VIEW…), with nothing after a \`;\`: DDL such as DROP, TRUNCATE, ALTER and GRANT is refused (to allow it, replace this rule's pattern with \`${SINGLE_STATEMENT_PATTERN}\`, one statement of any kind)`,
    passes: "UPDATE users SET name = 'Ada' WHERE id = 1",
    fails: 'DROP TABLE users',
  },
  {
    pattern: SINGLE_STATEMENT_PATTERN,
    ruleName: (a) => `single statement in ${a}`,
    requirement: (a) => `${a} must be a single SQL statement`,
    sentence: (a) => `\`${a}\` must be a single SQL statement: nothing after a \`;\``,
    passes: 'DELETE FROM sessions WHERE id = 1',
    fails: 'SELECT 1; DROP TABLE users',
  },
  {
    pattern: NO_TRAVERSAL_PATTERN,
    ruleName: (a) => `no traversal in ${a}`,
    requirement: (a) => `${a} may not contain ".."`,
    sentence: (a) => `\`${a}\` may not contain \`..\`, so it cannot climb to a parent folder (the server's own allowed folders still decide where it may go)`,
    passes: 'docs/notes.md',
    fails: '../../etc/passwd',
  },
  {
    pattern: PUBLIC_HTTPS_URL_PATTERN,
    ruleName: (a) => `public https ${a}`,
    requirement: (a) => `${a} must be an https:// URL with a public host name (no IP address, no localhost)`,
    sentence: (a) => `\`${a}\` must be an \`https://\` URL with a host name: no IP address (such as the 169.254.169.254 metadata service) and no \`localhost\``,
    passes: 'https://example.com/',
    fails: 'http://169.254.169.254/latest/meta-data/',
  },
];

const guardByPattern = new Map(GUARDS.map((g) => [g.pattern, g]));

/** The guard a pattern belongs to; undefined for a pattern the catalogue does not write (a reader's own). */
export function patternToGuard(pattern: string): Guard | undefined {
  return guardByPattern.get(pattern);
}

/** The guard of a pattern the catalogue writes; throws for any other, which would be a bug in the rules. */
export function guardOf(pattern: string): Guard {
  const guard = guardByPattern.get(pattern);
  if (!guard) throw new Error(`no guard describes the pattern ${JSON.stringify(pattern)}`);
  return guard;
}
