import type { Tool } from '../../src/lib/schemas/tool.ts';
import type { Category } from '../../src/lib/taxonomy.ts';
import { synthesiseDescription, synthesiseDetails } from './description.ts';
import { synthesiseInputSchema, type SchemaStyle, type SchemaSubject } from './input-schema.ts';
import type { Random } from './random.ts';
import {
  CATEGORY_WEIGHTS, FINANCIAL_ACTIONS, OTHER_NAMES, REPORT_NOUNS, SESSION_VERBS, VERBS, pluralOf, wordsToName,
  type Domain, type NameStyle,
} from './vocabulary.ts';

/** How one server shapes its tools; real servers are consistent within themselves. */
export interface ServerStyle {
  domain: Domain;
  service: string;
  nameStyle: NameStyle;
  /** Words put before every tool name (`github_`), or none. */
  namePrefix?: string;
  schema: SchemaStyle;
  /** Chance that a tool carries annotations (0 for servers that never send them). */
  annotationShare: number;
  /** True when the server sends all four hints, not just the one that matters. */
  fullAnnotations: boolean;
  titleShare: number;
  /** Chance that a description goes on with a usage paragraph and an argument list. */
  detailShare: number;
}

/** One tool of a server, of a category drawn from CATEGORY_WEIGHTS; `usedNames` keeps names unique within the server. */
export function synthesiseTool(random: Random, style: ServerStyle, usedNames: Set<string>): Tool {
  const financialHeavy = style.domain.key === 'payments' || style.domain.key === 'shop';
  const category = random.weighted(financialHeavy ? { ...CATEGORY_WEIGHTS, Financial: 0.3 } : CATEGORY_WEIGHTS);
  let words: string[] = [];
  let subject: SchemaSubject = { category, verb: '', noun: '' };
  let name = '';
  for (let attempt = 0; attempt < 12 && (name === '' || usedNames.has(name)); attempt++) {
    subject = { category, ...verbAndNoun(random, category, style.domain) };
    words = nameWords(random, subject, style.domain);
    name = wordsToName(style.namePrefix ? [style.namePrefix, ...words] : words, style.nameStyle);
  }
  // Rare after twelve draws; a numbered variant keeps the name unique and the category intact.
  for (let n = 2; usedNames.has(name); n++) name = wordsToName([...(style.namePrefix ? [style.namePrefix] : []), ...words, `v${n}`], style.nameStyle);
  usedNames.add(name);
  const about = { category, verb: subject.verb, noun: subject.runnable ?? subject.noun, service: style.service, otherName: category === 'Other' ? words.join('_') : undefined };
  const inputSchema = synthesiseInputSchema(random, subject, style.schema);
  let description = random.chance(0.95) ? synthesiseDescription(random, about) : undefined;
  if (description && random.chance(style.detailShare)) description += `\n\n${synthesiseDetails(random, about, inputSchema.properties as Record<string, Record<string, unknown>>)}`;
  const tool: Tool = {
    name,
    ...(random.chance(style.titleShare) ? { title: titleOf(words) } : {}),
    ...(description ? { description } : {}),
    inputSchema,
  };
  if (random.chance(style.annotationShare)) tool.annotations = annotationsOf(random, category, style, words);
  return tool;
}

function verbAndNoun(random: Random, category: Category, domain: Domain): { verb: string; noun: string; runnable?: string } {
  switch (category) {
    case 'Financial': {
      const [verb, noun] = random.pick(FINANCIAL_ACTIONS);
      return { verb, noun };
    }
    case 'Other':
      return { verb: random.pick(OTHER_NAMES), noun: 'session' };
    case 'Execute': {
      if (domain.session) return { verb: random.pick(SESSION_VERBS), noun: 'element' };
      const runnable = random.pick(domain.runnable);
      return { verb: random.pick(VERBS.Execute), noun: runnable, runnable };
    }
    case 'Read':
      if (random.chance(0.08)) return { verb: random.pick(['get', 'check']), noun: random.pick(REPORT_NOUNS) };
      return { verb: random.pick(VERBS.Read), noun: random.pick(domain.nouns) };
    default:
      return { verb: random.pick(VERBS[category]), noun: random.pick(domain.nouns) };
  }
}

function nameWords(random: Random, subject: SchemaSubject, domain: Domain): string[] {
  if (subject.category === 'Other') return [subject.verb];
  if (domain.session && subject.category === 'Execute') return random.chance(0.5) ? ['browser', subject.verb] : [subject.verb];
  const noun = subject.runnable ?? subject.noun;
  const plural = subject.verb === 'list' || subject.verb === 'search' || subject.verb === 'count';
  const words = [subject.verb, plural ? pluralOf(noun) : noun];
  // Some names carry a second noun or a qualifier (`list_issue_comments`, `delete_branch_protection`).
  if (random.chance(0.18)) words.push(random.pick([...domain.nouns.map(pluralOf), 'by_name', 'details', 'batch', 'settings', 'history']));
  return words;
}

function annotationsOf(random: Random, category: Category, style: ServerStyle, words: string[]): NonNullable<Tool['annotations']> {
  const readOnly = category === 'Read';
  const destructive = category === 'Destructive' || (category === 'Execute' && random.chance(0.5));
  // A few servers claim the opposite of what their tool does; the catalogue flags such claims.
  const misleading = random.chance(0.02);
  const hints = {
    readOnlyHint: misleading ? !readOnly : readOnly,
    destructiveHint: destructive,
    idempotentHint: readOnly || words[0] === 'update' || words[0] === 'set' || words[0] === 'upsert',
    openWorldHint: category === 'Execute' || category === 'Financial' || random.chance(0.4),
  };
  const title = random.chance(0.3) ? { title: titleOf(words) } : {};
  if (style.fullAnnotations) return { ...title, ...hints };
  if (readOnly || misleading) return { ...title, readOnlyHint: hints.readOnlyHint };
  return { ...title, readOnlyHint: false, ...(category === 'Other' ? {} : { destructiveHint: destructive }) };
}

/** "Get pull request" from `['get', 'pull_request']`. */
function titleOf(words: string[]): string {
  const text = words.join(' ').replaceAll('_', ' ');
  return text[0]!.toUpperCase() + text.slice(1);
}
