import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, test } from 'vitest';
import { schemaToArgumentRules } from '../../src/lib/policy/argument-rules.ts';
import { NOT_DESTRUCTIVE_COMMAND_PATTERN, PLAIN_PROGRAM_PATTERN, SHELL_SAFE_PATTERN, SUBCOMMAND_PATTERN } from '../../src/lib/policy/command-patterns.ts';
import { ruleToSentence } from '../../src/lib/policy/describe.ts';
import { NO_DDL_SQL_PATTERN, NO_TRAVERSAL_PATTERN, PUBLIC_HTTPS_URL_PATTERN, READ_SQL_PATTERN, SINGLE_STATEMENT_PATTERN } from '../../src/lib/policy/patterns.ts';
import { validatePolicy } from '../../src/lib/policy/validate.ts';
import type { InputSchema } from '../../src/lib/schemas/tool.ts';
import { CATEGORIES } from '../../src/lib/taxonomy.ts';

/**
 * Whether Intercept's `regex` operator would pass the value. Go's regexp.MatchString searches the
 * whole string (unanchored); RE2JS `test` does the same with the same RE2 syntax and semantics.
 */
function re2Accepts(pattern: string, value: string): boolean {
  return RE2JS.compile(pattern).test(value);
}

/** An object schema from properties and the names that are required. */
function schema(properties: Record<string, unknown>, required: string[] = []): InputSchema {
  return { type: 'object', properties, required };
}

/** The rules inside a policy document, as validatePolicy sees them. */
function validateInDocument(toolName: string, rules: unknown[]): string[] {
  return validatePolicy({ version: '1', tools: Object.fromEntries([[toolName, { rules }]]) });
}

describe('schemaToArgumentRules for a Financial tool', () => {
  const payment = schema({ amount: { type: 'number' }, currency: { type: 'string', enum: ['usd', 'eur'] }, note: { type: 'string' } }, ['amount', 'currency']);

  test('caps the amount per call: it must be given and at most 100', () => {
    const { rules } = schemaToArgumentRules('create_payment', 'Financial', payment, 'Creates a payment.');
    expect(rules[0]).toEqual({
      name: 'cap amount per call',
      conditions: [
        { path: 'args.amount', op: 'exists', value: true },
        { path: 'args.amount', op: 'lte', value: 100 },
      ],
      on_deny: 'amount must be given and at most 100 per call.',
    });
  });

  test('caps the amount per day with a counter the condition reads as state.<tool>.daily_amount', () => {
    const { rules } = schemaToArgumentRules('create_payment', 'Financial', payment, 'Creates a payment.');
    expect(rules[1]).toEqual({
      name: 'cap amount per day',
      conditions: [{ path: 'state.create_payment.daily_amount', op: 'lte', value: 1000 }],
      state: { counter: 'daily_amount', window: 'day', increment_from: 'args.amount' },
      on_deny: 'Daily amount total would exceed 1000; try again tomorrow or ask a human.',
    });
  });

  test('limits a required currency enum to its declared values with in', () => {
    const { rules, boundsMoney } = schemaToArgumentRules('create_payment', 'Financial', payment, 'Creates a payment.');
    expect(rules[2]).toEqual({ name: 'declared currency', conditions: [{ path: 'args.currency', op: 'in', value: ['usd', 'eur'] }], on_deny: 'currency must be one of usd, eur.' });
    expect(rules).toHaveLength(3);
    expect(boundsMoney).toBe(true);
  });

  // Intercept fails `in` on a missing argument: a rule on an optional currency would refuse every call without one.
  test('leaves an optional currency unchecked rather than make it necessary', () => {
    const optional = schema({ amount: { type: 'number' }, currency: { type: 'string', enum: ['usd'] } }, ['amount']);
    expect(schemaToArgumentRules('create_payment', 'Financial', optional, '').rules.map((r) => r.name)).toEqual(['cap amount per call', 'cap amount per day']);
  });

  test('caps every amount of a tool that takes two, each with its own daily counter', () => {
    const twoSums = schema({ amount: { type: 'number' }, fee_amount: { type: 'number' } }, ['amount']);
    const { rules } = schemaToArgumentRules('pay', 'Financial', twoSums, '');
    expect(rules.map((r) => r.name)).toEqual(['cap amount per call', 'cap amount per day', 'cap fee_amount per call', 'cap fee_amount per day']);
    expect(rules[3]!.state).toEqual({ counter: 'daily_fee_amount', window: 'day', increment_from: 'args.fee_amount' });
  });

  test('makes an optional amount necessary and says so in on_deny: a refund without one refunds everything', () => {
    const refund = schemaToArgumentRules('create_refund', 'Financial', schema({ payment_intent: { type: 'string' }, amount: { type: 'integer' } }, ['payment_intent']), 'Refund in cents.');
    expect(refund.rules[0]!.conditions![0]).toEqual({ path: 'args.amount', op: 'exists', value: true });
    expect(refund.rules[0]!.on_deny).toBe('amount must be given and at most 10000 per call.');
  });

  test.each([
    { name: 'the property description says cents', amount: { type: 'integer', description: 'Amount in cents' }, argument: 'amount', description: 'Charges a card.' },
    { name: 'the tool description says smallest currency unit', amount: { type: 'integer' }, argument: 'amount', description: 'Amount is in the smallest currency unit.' },
    { name: 'the argument is unit_amount', amount: { type: 'integer' }, argument: 'unit_amount', description: 'Creates a price.' },
  ])('counts in minor units, 10,000 per call and 100,000 a day, when $name', ({ amount, argument, description }) => {
    const { rules } = schemaToArgumentRules('charge', 'Financial', schema({ [argument]: amount }, [argument]), description);
    expect(rules[0]!.conditions![1]).toEqual({ path: `args.${argument}`, op: 'lte', value: 10_000 });
    expect(rules[1]!.conditions).toEqual([{ path: `state.charge.daily_${argument}`, op: 'lte', value: 100_000 }]);
  });

  test.each([
    { name: 'no amount argument', properties: { to: { type: 'string' }, memo: { type: 'string' } } },
    { name: 'an amount given as a string', properties: { amount: { type: 'string' } } },
    { name: 'a count, not a sum of money', properties: { amount_count: { type: 'integer' } } },
  ])('cannot bound money with $name', ({ properties }) => {
    const out = schemaToArgumentRules('send_money', 'Financial', schema(properties, Object.keys(properties)), 'Sends money.');
    expect(out).toEqual({ rules: [], boundsMoney: false });
  });

  test('adds no money rules to a tool of another category with an amount', () => {
    expect(schemaToArgumentRules('set_amount', 'Write', schema({ amount: { type: 'number' } }, ['amount']), '')).toEqual({ rules: [], boundsMoney: false });
  });
});

describe('schemaToArgumentRules for an Execute tool with a required command', () => {
  const { rules } = schemaToArgumentRules('run_command', 'Execute', schema({ command: { type: 'string' } }, ['command']), 'Runs a shell command.');

  test('holds the command to one command, then to a plain program that is not a destructive form', () => {
    expect(rules).toEqual([
      { name: 'one command in command', conditions: [{ path: 'args.command', op: 'regex', value: SHELL_SAFE_PATTERN }], on_deny: 'command must be one command: no ; & | ` $( < > or newline. Ask a human for anything else.' },
      {
        name: 'no destructive command in command',
        conditions: [
          { path: 'args.command', op: 'regex', value: PLAIN_PROGRAM_PATTERN },
          { path: 'args.command', op: 'regex', value: NOT_DESTRUCTIVE_COMMAND_PATTERN },
        ],
        on_deny: expect.stringMatching(/^command must start with a plain program name, .*, and may not be a destructive form: recursive rm, mkfs, dd of=, .*\. Ask a human for these\.$/),
      },
    ]);
  });

  test.each([
    { name: 'a plain command with flags', command: 'ls -la /tmp' },
    { name: 'a variable', command: 'echo $HOME' },
    { name: 'a braced variable', command: 'echo ${HOME}' },
    { name: 'a trailing $', command: 'grep -c x$' },
    { name: 'quotes', command: 'printf "%s" "hi there"' },
  ])('accepts $name', ({ command }) => {
    expect(re2Accepts(SHELL_SAFE_PATTERN, command)).toBe(true);
  });

  test.each([
    { name: 'a ; chain', command: 'ls; rm -rf /' },
    { name: 'an && chain', command: 'a && b' },
    { name: 'a background &', command: 'sleep 1 & rm x' },
    { name: 'a pipe', command: 'a | b' },
    { name: 'backticks', command: 'echo `whoami`' },
    { name: '$( substitution', command: 'echo $(whoami)' },
    { name: 'a newline', command: 'ls\nrm -rf /' },
    { name: 'a carriage return', command: 'ls\rrm -rf /' },
    { name: 'a redirection that overwrites a file', command: 'echo x > ~/.bashrc' },
  ])('rejects $name', ({ command }) => {
    expect(re2Accepts(SHELL_SAFE_PATTERN, command)).toBe(false);
  });

  test.each([
    { name: '$ followed by ;', command: 'ls $;rm -rf /' },
    { name: '$ followed by a newline', command: 'echo $\nrm -rf /' },
    { name: '$ followed by |', command: 'echo $|sh' },
    { name: '$ followed by &', command: 'echo $&$& rm -rf /' },
    { name: '$ followed by a backtick', command: 'echo $`id$`' },
  ])('rejects chaining hidden behind a $: $name', ({ command }) => {
    expect(re2Accepts(SHELL_SAFE_PATTERN, command)).toBe(false);
  });

  test('rejects process substitution <(…)', () => {
    expect(re2Accepts(SHELL_SAFE_PATTERN, 'cat <(rm -rf ~)')).toBe(false);
  });

  // Intercept fails `regex` on a missing argument and has no OR: the check makes the command necessary, and says so.
  test('checks an optional command too, and its on_deny says the command must be given', () => {
    const optional = schemaToArgumentRules('run_command', 'Execute', schema({ command: { type: 'string' } }), 'Runs a shell command.').rules;
    expect(optional.map((r) => r.name)).toEqual(['one command in command', 'no destructive command in command']);
    for (const rule of optional) expect(rule.on_deny).toMatch(/^command must be given, /);
  });

  test('holds a subcommand of a CLI wrapper (no shell in sight) to plain words without destructive verbs', () => {
    const { rules } = schemaToArgumentRules('kubectl_generic', 'Execute', schema({ command: { type: 'string', description: 'The kubectl command to execute (e.g. patch, rollout)' } }, ['command']), 'Execute any kubectl command');
    expect(rules).toEqual([{ name: 'safe subcommand in command', conditions: [{ path: 'args.command', op: 'regex', value: SUBCOMMAND_PATTERN }], on_deny: expect.stringMatching(/^command must be words and separators only, with no delete, /) }]);
  });

  test('denies a tool whose required command is an array, which no pattern can read', () => {
    const out = schemaToArgumentRules('exec_in_pod', 'Execute', schema({ command: { type: 'array', items: { type: 'string' } } }, ['command']), 'Execute a command in a pod.');
    expect(out.rules).toEqual([]);
    expect(out.denial).toEqual({ argument: 'command', onDeny: expect.stringContaining('command is a command the policy cannot read') });
  });

  test('refuses an optional array command with exists false', () => {
    const { rules } = schemaToArgumentRules('kubectl_create', 'Execute', schema({ command: { type: 'array' } }), 'Create resources.');
    expect(rules).toEqual([{ name: 'no command', conditions: [{ path: 'args.command', op: 'exists', value: false }], on_deny: expect.stringContaining('call without command') }]);
  });

  test('adds no shell rule to a Write tool with a command argument', () => {
    expect(schemaToArgumentRules('save_command', 'Write', schema({ command: { type: 'string' } }, ['command']), '').rules).toEqual([]);
  });
});

describe('schemaToArgumentRules for SQL', () => {
  test('holds a Read tool’s required sql to READ_SQL_PATTERN', () => {
    const { rules } = schemaToArgumentRules('run_query', 'Read', schema({ sql: { type: 'string' } }, ['sql']), 'Runs a query.');
    expect(rules).toEqual([{ name: 'read-only sql', conditions: [{ path: 'args.sql', op: 'regex', value: READ_SQL_PATTERN }], on_deny: 'sql must be a single SELECT, SHOW, DESCRIBE or EXPLAIN SELECT statement.' }]);
  });

  test.each([
    { name: 'a SELECT', sql: 'SELECT * FROM t' },
    { name: 'a lower-case select with a semicolon', sql: 'select 1;' },
    { name: 'an EXPLAIN', sql: 'EXPLAIN SELECT 1' },
    { name: 'a SHOW after leading spaces', sql: '  SHOW TABLES' },
    { name: 'a DESC', sql: 'desc users' },
    { name: 'a SELECT over several lines', sql: 'SELECT *\nFROM t\nWHERE a = 1' },
  ])('READ_SQL_PATTERN accepts $name', ({ sql }) => {
    expect(re2Accepts(READ_SQL_PATTERN, sql)).toBe(true);
  });

  test.each([
    { name: 'a DELETE', sql: 'DELETE FROM t' },
    { name: 'a second statement after a SELECT', sql: 'SELECT 1; DROP TABLE t' },
    { name: 'a keyword glued to a word', sql: 'selectx' },
    { name: 'an UPDATE', sql: 'update t set a = 1' },
  ])('READ_SQL_PATTERN rejects $name', ({ sql }) => {
    expect(re2Accepts(READ_SQL_PATTERN, sql)).toBe(false);
  });

  // EXPLAIN ANALYZE runs the statement it explains.
  test('READ_SQL_PATTERN rejects EXPLAIN ANALYZE of a DELETE, which runs the delete', () => {
    expect(re2Accepts(READ_SQL_PATTERN, 'EXPLAIN ANALYZE DELETE FROM t')).toBe(false);
  });

  test('holds an Execute tool’s sql to one statement without DDL', () => {
    const { rules } = schemaToArgumentRules('execute_sql', 'Execute', schema({ sql: { type: 'string' } }, ['sql']), '');
    expect(rules).toEqual([{ name: 'no DDL in sql', conditions: [{ path: 'args.sql', op: 'regex', value: NO_DDL_SQL_PATTERN }], on_deny: 'sql must be a single SELECT, INSERT, UPDATE, DELETE, MERGE or CREATE statement: DROP, TRUNCATE, ALTER and GRANT need a human. Ask a human for anything else.' }]);
  });

  test.each([
    { sql: 'DELETE FROM t WHERE id = 1', expected: true },
    { sql: 'update t set a = 1;\n', expected: true },
    { sql: 'INSERT INTO t VALUES (1)', expected: true },
    { sql: 'WITH x AS (SELECT 1) SELECT * FROM x', expected: true },
    { sql: 'CREATE TABLE t (id int)', expected: true },
    { sql: 'create unique index i on t (a)', expected: true },
    { sql: 'DROP TABLE t', expected: false },
    { sql: 'truncate t', expected: false },
    { sql: 'ALTER TABLE t DROP COLUMN a', expected: false },
    { sql: 'GRANT ALL ON t TO public', expected: false },
    { sql: 'CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql', expected: false },
    { sql: 'SELECT 1; DROP TABLE t', expected: false },
    { sql: "COPY t TO PROGRAM 'rm -rf ~'", expected: false },
  ])('NO_DDL_SQL_PATTERN on $sql: $expected', ({ sql, expected }) => {
    expect(re2Accepts(NO_DDL_SQL_PATTERN, sql)).toBe(expected);
  });

  test('SINGLE_STATEMENT_PATTERN, the opt-in for DDL, takes any one statement', () => {
    expect(re2Accepts(SINGLE_STATEMENT_PATTERN, 'DROP TABLE t')).toBe(true);
    expect(re2Accepts(SINGLE_STATEMENT_PATTERN, 'SELECT 1; DROP TABLE t')).toBe(false);
  });

  test('checks the sql of an Execute tool even when optional, saying it must be given', () => {
    const { rules } = schemaToArgumentRules('run', 'Execute', schema({ sql: { type: 'string' } }), '');
    expect(rules[0]!.on_deny).toMatch(/^sql must be given, must be a single SELECT/);
  });

  test('reads sql_path as a path to a file of SQL, not as SQL', () => {
    expect(schemaToArgumentRules('import_site', 'Execute', schema({ sql_path: { type: 'string' } }, ['sql_path']), '').rules.map((r) => r.name)).toEqual(['no traversal in sql_path']);
  });

  test('trusts a query argument’s own description over its tool’s: a log query is not SQL because the tool mentions a SQL database', () => {
    const logs = schema({ queryString: { type: 'string', description: 'CLS query syntax, e.g. module:rdb AND level:ERROR' } });
    expect(schemaToArgumentRules('queryLogs', 'Execute', logs, 'Search logs of functions and of the SQL database.').rules).toEqual([]);
  });

  test.each([
    { name: 'a list of statement kinds', description: 'Mutating SQL (INSERT/UPDATE/DELETE/MERGE/DDL).' },
    { name: 'SQL as the head noun of its own description', description: 'Mutating SQL. Disabled unless writes are enabled.' },
  ])('reads a query argument as SQL when its own description names $name', ({ description }) => {
    const write = schema({ query: { type: 'string', description } }, ['query']);
    expect(schemaToArgumentRules('execute_write_query', 'Execute', write, 'Run a statement.').rules.map((r) => r.conditions?.[0]?.path)).toContain('args.query');
  });

  test('treats a query argument as SQL only when the tool says so', () => {
    const search = schemaToArgumentRules('search', 'Read', schema({ query: { type: 'string', description: 'Words to search for' } }, ['query']), 'Searches the web.');
    const database = schemaToArgumentRules('query', 'Read', schema({ query: { type: 'string' } }, ['query']), 'Runs a read-only Postgres query.');
    expect(search.rules).toEqual([]);
    expect(database.rules.map((rule) => rule.name)).toEqual(['read-only query']);
  });
});

describe('schemaToArgumentRules for a path', () => {
  test('holds a required path to NO_TRAVERSAL_PATTERN', () => {
    const { rules } = schemaToArgumentRules('write_file', 'Write', schema({ path: { type: 'string' }, content: { type: 'string' } }, ['path', 'content']), '');
    expect(rules).toEqual([{ name: 'no traversal in path', conditions: [{ path: 'args.path', op: 'regex', value: NO_TRAVERSAL_PATTERN }], on_deny: 'path may not contain "..".' }]);
  });

  test.each([
    { name: 'a relative file', path: 'docs/readme.md', expected: true },
    { name: 'a ./ prefix', path: './x', expected: true },
    { name: 'a hidden file', path: '.env.example', expected: true },
    { name: 'a single dot', path: '.', expected: true },
    { name: 'a leading ../', path: '../etc/passwd', expected: false },
    { name: 'a ../ in the middle', path: 'a/../../b', expected: false },
    { name: 'a trailing /..', path: 'a/..', expected: false },
    { name: 'Windows ..\\', path: '..\\..\\windows\\system32', expected: false },
  ])('NO_TRAVERSAL_PATTERN on $name: $expected', ({ path, expected }) => {
    expect(re2Accepts(NO_TRAVERSAL_PATTERN, path)).toBe(expected);
  });

  test('recognises path-like names such as target_path and sourceDir', () => {
    const { rules } = schemaToArgumentRules('move', 'Write', schema({ target_path: { type: 'string' }, sourceDir: { type: 'string' } }, ['target_path', 'sourceDir']), '');
    expect(rules.map((rule) => rule.conditions![0]!.path)).toEqual(['args.target_path', 'args.sourceDir']);
  });
});

describe('schemaToArgumentRules for a URL', () => {
  test('holds a required url to PUBLIC_HTTPS_URL_PATTERN', () => {
    const { rules } = schemaToArgumentRules('fetch', 'Read', schema({ url: { type: 'string' } }, ['url']), '');
    expect(rules).toEqual([{ name: 'public https url', conditions: [{ path: 'args.url', op: 'regex', value: PUBLIC_HTTPS_URL_PATTERN }], on_deny: 'url must be an https:// URL with a public host name (no IP address, no localhost).' }]);
    expect(ruleToSentence(rules[0]!)).toMatch(/^`url` must be an `https:\/\/` URL/);
  });

  test.each([
    { name: 'a URL with a path and query', url: 'https://example.com/a?b=1' },
    { name: 'a port and fragment', url: 'https://example.com:8443/x#f' },
    { name: 'upper case', url: 'HTTPS://EXAMPLE.COM/' },
    { name: 'a multi-label host', url: 'https://sub.example.co.uk/path' },
  ])('PUBLIC_HTTPS_URL_PATTERN accepts $name', ({ url }) => {
    expect(re2Accepts(PUBLIC_HTTPS_URL_PATTERN, url)).toBe(true);
  });

  test.each([
    { name: 'plain http', url: 'http://example.com' },
    { name: 'the metadata service IP', url: 'https://169.254.169.254/latest/meta-data' },
    { name: 'localhost with a port', url: 'https://localhost:8080/' },
    { name: 'a loopback IP', url: 'https://127.0.0.1/' },
    { name: 'an IPv6 literal', url: 'https://[::1]/' },
    { name: 'a decimal IP', url: 'https://2130706433/' },
    { name: 'a hex IP', url: 'https://0x7f.0x0.0x0.0x1/' },
    { name: 'user info', url: 'https://user@evil.com' },
    { name: 'user and password', url: 'https://user:pw@evil.com/' },
    { name: 'a host name that is user info before an IP', url: 'https://example.com@169.254.169.254/' },
    { name: 'a space in the path', url: 'https://example.com/a b' },
    { name: 'a trailing newline', url: 'https://example.com\n' },
    { name: 'another scheme', url: 'file:///etc/passwd' },
  ])('PUBLIC_HTTPS_URL_PATTERN rejects $name', ({ url }) => {
    expect(re2Accepts(PUBLIC_HTTPS_URL_PATTERN, url)).toBe(false);
  });
});

describe('schemaToArgumentRules for optional and other arguments', () => {
  test.each([
    { name: 'an optional path gets no rule, because Intercept would refuse a call that leaves it out', properties: { path: { type: 'string' } } },
    { name: 'an optional url gets no rule, because Intercept would refuse a call that leaves it out', properties: { url: { type: 'string' } } },
    { name: 'an optional enum gets no rule, because `in` fails on a missing argument', properties: { mode: { type: 'string', enum: ['a', 'b'] } } },
    { name: 'a required path that is not a string gets no regex', properties: { path: { type: 'array', items: { type: 'string' } } }, required: ['path'] },
    { name: 'an argument name with a dot is skipped, since args.a.b would descend into an object', properties: { 'a.b': { type: 'string', enum: ['x'] } }, required: ['a.b'] },
    { name: 'an enum of more than 50 values gets no rule', properties: { code: { type: 'string', enum: Array.from({ length: 51 }, (_, i) => `v${i}`) } }, required: ['code'] },
    { name: 'an enum holding an object gets no rule', properties: { kind: { enum: ['a', { b: 1 }] } }, required: ['kind'] },
  ])('$name', ({ properties, required }) => {
    expect(schemaToArgumentRules('tool', 'Write', schema(properties, required), '')).toEqual({ rules: [], boundsMoney: false });
  });

  // Intercept fails `neq` on a missing argument, so the old `neq true` refused every call that left the flag out.
  test.each(['force', 'recursive', 'cascade', 'purge', 'overwrite', 'delete', 'Force'])('refuses an optional %s declared false by default with exists false: calls that leave it out pass', (flag) => {
    const { rules } = schemaToArgumentRules('remove', 'Destructive', schema({ [flag]: { type: 'boolean', default: false } }), '');
    expect(rules).toEqual([{ name: `no ${flag}`, conditions: [{ path: `args.${flag}`, op: 'exists', value: false }], on_deny: `${flag} must be left out (the tool's default is false): this policy refuses calls that set it.` }]);
  });

  test('requires an optional flag with no declared default to be passed as false, and says so naming it', () => {
    const { rules } = schemaToArgumentRules('remove', 'Write', schema({ force: { type: 'boolean' } }), '');
    expect(rules).toEqual([{ name: 'force false', conditions: [{ path: 'args.force', op: 'eq', value: false }], on_deny: expect.stringMatching(/^force must be passed as false\. This policy refuses calls that leave force out/) }]);
  });

  test('holds a required flag to false', () => {
    expect(schemaToArgumentRules('remove', 'Execute', schema({ recursive: { type: 'boolean' } }, ['recursive']), '').rules).toEqual([{ name: 'recursive false', conditions: [{ path: 'args.recursive', op: 'eq', value: false }], on_deny: 'recursive must be passed as false.' }]);
  });

  test('leaves a flag on a Read tool alone: `all` or `recursive` there only returns more', () => {
    expect(schemaToArgumentRules('list', 'Read', schema({ recursive: { type: 'boolean', default: false }, all: { type: 'boolean' } }), '').rules).toEqual([]);
  });

  test('leaves a boolean that is not a dangerous flag alone', () => {
    expect(schemaToArgumentRules('list', 'Read', schema({ verbose: { type: 'boolean' } }), '').rules).toEqual([]);
  });

  test('limits a required enum to its declared values with in', () => {
    const { rules } = schemaToArgumentRules('set_state', 'Write', schema({ state: { type: 'string', enum: ['open', 'closed'] } }, ['state']), '');
    expect(rules).toEqual([{ name: 'declared values of state', conditions: [{ path: 'args.state', op: 'in', value: ['open', 'closed'] }], on_deny: 'state must be one of the values the tool declares.' }]);
  });
});

describe('schemaToArgumentRules sentences and documents', () => {
  const toolCases = [
    { name: 'a shell tool with flags and an enum', tool: 'run', category: 'Execute' as const, input: schema({ command: { type: 'string' }, force: { type: 'boolean' }, shell: { type: 'string', enum: ['bash', 'sh'] } }, ['command', 'shell']) },
    { name: 'a file writer', tool: 'write_file', category: 'Write' as const, input: schema({ path: { type: 'string' }, url: { type: 'string' }, recursive: { type: 'boolean' } }, ['path', 'url']) },
    { name: 'a database reader', tool: 'read_query', category: 'Read' as const, input: schema({ sql: { type: 'string' } }, ['sql']) },
    { name: 'a payment tool', tool: 'stripe_create_charge', category: 'Financial' as const, input: schema({ amount: { type: 'integer' }, currency: { type: 'string', enum: ['usd'] } }, ['amount']) },
  ];

  test.each(toolCases)('gives every rule of $name a sentence, read from the rule, that names its argument in backticks', ({ tool, category, input }) => {
    const { rules } = schemaToArgumentRules(tool, category, input, '');
    for (const rule of rules) {
      const sentence = ruleToSentence(rule);
      const argument = rule.state?.increment_from?.slice('args.'.length) ?? rule.conditions![0]!.path.slice('args.'.length);
      expect(sentence).toContain(`\`${argument}\``);
      expect(sentence).toMatch(/\.$/);
    }
  });

  test('gives a payment tool both amount caps and the currency, and sentences that state the numbers', () => {
    const { rules } = schemaToArgumentRules('stripe_create_charge', 'Financial', toolCases[3]!.input, '');
    expect(rules.map((rule) => rule.name)).toEqual(['cap amount per call', 'cap amount per day']);
    expect(rules.map(ruleToSentence)).toEqual(['`amount` must be given, and must be at most 100 per call.', 'The total of `amount` over a UTC day must be at most 1,000, this call included.']);
  });

  test.each(toolCases)('gives $name rules that validate inside a document', ({ tool, category, input }) => {
    const { rules } = schemaToArgumentRules(tool, category, input, 'Runs a SQL query.');
    expect(rules.length).toBeGreaterThan(0);
    expect(validateInDocument(tool, rules)).toEqual([]);
  });

  test('gives rules that validate inside a document for any schema and category', () => {
    const propertyName = fc.constantFrom('amount', 'unit_amount', 'currency', 'command', 'sql', 'query', 'path', 'url', 'file', 'force', 'recursive', 'mode', 'a.b', '$ref', 'x y', 'totalPrice');
    const property = fc.record(
      {
        type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'array', ['string', 'null']),
        enum: fc.array(fc.oneof(fc.string(), fc.integer(), fc.double()), { minLength: 1, maxLength: 4 }),
        description: fc.constantFrom('in cents', 'a SQL query', 'anything'),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.dictionary(propertyName, property, { maxKeys: 6 }), fc.array(propertyName), fc.constantFrom(...CATEGORIES), fc.stringMatching(/^[a-z_]{1,20}$/), (properties, required, category, tool) => {
        const { rules } = schemaToArgumentRules(tool, category, schema(properties, required), 'Runs a postgres query.');
        expect(validateInDocument(tool, rules)).toEqual([]);
        for (const rule of rules) expect(ruleToSentence(rule)).toMatch(/`[A-Za-z_][A-Za-z0-9_-]*`/);
      }),
    );
  });
});
