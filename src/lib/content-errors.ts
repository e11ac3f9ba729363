import type { z } from 'zod';

/** A content file that cannot be used; the message lists every problem, one per line. */
export class ContentFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems\n  ${problems.join('\n  ')}`}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Several bad files at once: the build lists them all before it stops. */
export class ContentError extends Error {
  // Not named `errors`: Astro takes an `errors` array for an esbuild aggregate and prints only the first.
  readonly fileErrors: ContentFileError[];
  constructor(errors: ContentFileError[]) {
    super(`${errors.length} content file${errors.length === 1 ? '' : 's'} failed validation:\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'ContentError';
    this.fileErrors = errors;
  }
}

/** Shows a user value so that invisible and control characters are visible; long values are cut. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  const visible = text.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

/** Describes where a value sits: `tools[2] "get_user": inputSchema.type`. */
export function issuePathToText(path: readonly PropertyKey[], toolNameAt: (index: number) => unknown): string {
  const parts = path.map(String);
  const [first, second] = parts;
  if (first === 'tools' && second !== undefined && /^\d+$/.test(second)) {
    const index = Number(second);
    const name = toolNameAt(index);
    const tool = `tools[${index}]${typeof name === 'string' && name ? ` ${quoteValue(name)}` : ''}`;
    const rest = formatPath(parts.slice(2));
    return rest ? `${tool}: ${rest}` : tool;
  }
  return formatPath(parts) || '(root)';
}

function formatPath(parts: string[]): string {
  return parts.reduce((text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** Turns zod issues into one line each: where, what was expected, what was found. */
export function zodIssuesToLines(issues: readonly z.core.$ZodIssue[], toolNameAt: (index: number) => unknown): string[] {
  return issues.map((issue) => {
    const where = issuePathToText(issue.path, toolNameAt);
    const found = 'input' in issue ? `, got ${quoteValue(issue.input)}` : '';
    if (issue.code === 'unrecognized_keys') return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => quoteValue(k)).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: expected ${issue.expected}, but the field is missing`;
    const expected = issue.message.startsWith('expected') ? issue.message : issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '');
    return `${where}: ${expected}${found}`;
  });
}
