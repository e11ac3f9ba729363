import type { Category } from '../../src/lib/taxonomy.ts';
import type { Random } from './random.ts';
import { nounToText } from './vocabulary.ts';

type JsonSchema = Record<string, unknown>;

/** How one server writes its schemas: argument spelling and the boilerplate keys it adds. */
export interface SchemaStyle {
  camelCase: boolean;
  additionalPropertiesFalse: boolean;
  draft07: boolean;
  /** Chance that a property carries a description. */
  describedShare: number;
}

/** What a tool acts on, as far as its arguments go. */
export interface SchemaSubject {
  category: Category;
  verb: string;
  noun: string;
  runnable?: string;
}

const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
const bool = (description: string): JsonSchema => ({ type: 'boolean', description, default: false });
const int = (description: string, minimum: number, maximum: number): JsonSchema => ({ type: 'integer', description, minimum, maximum });

/** Arguments anyone might add, beyond the ones a tool's category calls for. */
function extraProperties(noun: string): Record<string, JsonSchema> {
  const thing = nounToText(noun);
  return {
    limit: int(`Maximum number of ${thing}s to return`, 1, 100),
    cursor: str('Opaque pagination cursor from a previous response'),
    sort: { type: 'string', enum: ['created', 'updated', 'name'], description: 'Field to sort by' },
    order: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
    fields: { type: 'array', items: { type: 'string' }, description: 'Fields to include in the response' },
    include_archived: bool(`Include archived ${thing}s`),
    workspace_id: str('Workspace the request applies to'),
    metadata: { type: 'object', additionalProperties: { type: 'string' }, description: 'Key-value pairs to attach' },
    tags: { type: 'array', items: { type: 'string' } },
    verbose: bool('Return the full object instead of a summary'),
    region: { type: 'string', enum: ['us-east-1', 'eu-west-1', 'ap-southeast-2'] },
    since: str('Only items changed after this time', { format: 'date-time' }),
  };
}

/** The arguments a tool of this kind nearly always has, most important first. */
function coreProperties(subject: SchemaSubject): Record<string, JsonSchema> {
  const thing = nounToText(subject.noun);
  const id = { [`${subject.noun}_id`]: str(`ID of the ${thing}`) };
  switch (subject.category) {
    case 'Financial':
      return {
        amount: int('Amount in the smallest currency unit (e.g. cents)', 1, 99999999),
        currency: { type: 'string', enum: ['usd', 'eur', 'gbp', 'jpy'], description: 'Three-letter ISO currency code' },
        customer_id: str('The customer to bill'),
        description: str('Shown on the receipt'),
        idempotency_key: str('Makes retries safe'),
      };
    case 'Destructive':
      return subject.noun === 'file' || subject.noun === 'directory' || subject.noun === 'folder'
        ? { path: str('Absolute path inside an allowed directory'), recursive: bool('Also delete everything below it'), force: bool('Do not ask for confirmation') }
        : { ...id, force: bool('Skip the safety checks'), cascade: bool(`Also delete what belongs to the ${thing}`) };
    case 'Execute':
      if (subject.verb === 'navigate') return { url: str('The URL to open', { format: 'uri' }), wait_until: { type: 'string', enum: ['load', 'domcontentloaded', 'networkidle'] } };
      if (['click', 'type', 'fill', 'press', 'hover', 'drag', 'select_option'].includes(subject.verb)) return { selector: str('CSS selector of the element'), text: str('Text to enter') };
      if (subject.runnable === 'query' || subject.runnable === 'sql' || subject.runnable === 'migration') return { sql: str('The SQL statement to execute'), database: str('Database name'), read_only: bool('Run in a read-only transaction') };
      if (subject.runnable === 'command' || subject.runnable === 'script') return { command: str('The shell command to run'), args: { type: 'array', items: { type: 'string' } }, cwd: str('Working directory'), timeout_ms: int('Timeout in milliseconds', 100, 600000) };
      return { [`${subject.runnable ?? subject.noun}_id`]: str(`ID of the ${nounToText(subject.runnable ?? subject.noun)}`), ref: str('Branch, tag or commit'), inputs: { type: 'object', additionalProperties: true } };
    case 'Write':
      return subject.verb === 'create' || subject.verb === 'add' || subject.verb === 'insert'
        ? { name: str(`Name of the new ${thing}`), body: str('Content, in Markdown'), status: { type: 'string', enum: ['draft', 'open', 'closed'] }, visibility: { type: 'string', enum: ['private', 'internal', 'public'] } }
        : { ...id, name: str('New name'), body: str('New content') };
    case 'Read':
      return subject.verb === 'list' || subject.verb === 'search' || subject.verb === 'find'
        ? { query: str('Free-text search query'), limit: int('Page size', 1, 100), cursor: str('Pagination cursor') }
        : subject.noun === 'web_page' || subject.noun === 'page' ? { url: str('URL to read', { format: 'uri' }) } : id;
    case 'Other':
      return subject.verb === 'login' || subject.verb === 'authenticate' ? { username: str('Account name'), token: str('API token') } : {};
  }
}

/** How many arguments tools have: mostly a few, sometimes none, rarely a dozen. */
const PROPERTY_COUNT_WEIGHTS = { 0: 8, 1: 15, 2: 18, 3: 17, 4: 12, 5: 9, 6: 7, 7: 5, 8: 3, 9: 2, 10: 2, 11: 1, 12: 1 } as const;

/** A tool's input schema: 0–12 properties, its category's arguments first. */
export function synthesiseInputSchema(random: Random, subject: SchemaSubject, style: SchemaStyle): JsonSchema {
  const core = Object.entries(coreProperties(subject));
  const extra = Object.entries(extraProperties(subject.noun)).filter(([name]) => !core.some(([n]) => n === name));
  const wanted = Number(random.weighted(PROPERTY_COUNT_WEIGHTS));
  // Money and code tools keep the arguments that make them what they are.
  const kept = subject.category === 'Financial' || subject.category === 'Execute' ? Math.max(wanted, Math.min(2, core.length)) : wanted;
  const chosen = [...core.slice(0, kept), ...random.sample(extra, Math.max(0, kept - core.length))];
  const properties: Record<string, JsonSchema> = {};
  for (const [name, schema] of chosen) {
    const { description, ...rest } = schema;
    properties[style.camelCase ? snakeToCamel(name) : name] = description !== undefined && random.chance(style.describedShare) ? { ...rest, description } : rest;
  }
  const names = Object.keys(properties);
  const required = names.slice(0, Math.min(names.length, core.length, random.int(0, 2)));
  return {
    ...(style.draft07 ? { $schema: 'http://json-schema.org/draft-07/schema#' } : {}),
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(style.additionalPropertiesFalse ? { additionalProperties: false } : {}),
  };
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
