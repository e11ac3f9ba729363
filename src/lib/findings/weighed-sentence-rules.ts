import type { Hit } from './hit.ts';
import { INSTRUCTION_WEIGHTS } from './instruction-weights.ts';
import { schemaToStrings, type SchemaString } from './schema-strings.ts';
import { hasSteeringSign, sentenceToFeatures, textToSentences } from './sentence-features.ts';
import { nameToWords, type TextRole } from './text-hits.ts';

/**
 * The weighed-sentence net: a last reading of a tool that no rule flagged. Each sentence of each
 * field is scored by a linear model over its features (sentence-features.ts): words, word pairs,
 * who is addressed, mood, topics and placement, with weights learned from the tuned poisoning
 * corpus against its benign look-alikes and the shipped catalogue (scripts/train-audit-weights.ts,
 * reproducible, no randomness). The rules read wordings they were written for; the net weighs the
 * many small signs a reader sees in a sentence put in new words. It only ever says medium: it
 * gives a reviewer a sentence to read, never a verdict, and it never runs where a rule spoke.
 */

/** One sentence of a tool definition, with the field it sits in. */
export interface ToolSentence {
  field: string;
  role: TextRole;
  /** The field's text, for the excerpt, and where the sentence starts in it. */
  source: string;
  index: number;
  text: string;
}

/** The tool fields the net reads; a parsed `Tool` or an `AuditedTool` fits. */
export type WeighedTool = { title?: unknown; description?: unknown; inputSchema?: unknown; annotations?: { title?: unknown } };

/** At most this many sentences of one tool are weighed: a hostile schema of 20,000 strings stays cheap. */
export const MAX_WEIGHED_SENTENCES = 1_500;

/**
 * The sentences of a tool's title, description, annotation title and every string of its input
 * schema; the audit passes the schema's strings it has already walked.
 */
export function toolToSentences(tool: WeighedTool, schemaStrings: readonly SchemaString[] = schemaToStrings(tool.inputSchema).strings): ToolSentence[] {
  const fields: { field: string; role: TextRole; text: string }[] = [];
  if (typeof tool.title === 'string') fields.push({ field: 'title', role: 'label', text: tool.title });
  if (typeof tool.description === 'string') fields.push({ field: 'description', role: 'text', text: tool.description });
  if (typeof tool.annotations?.title === 'string') fields.push({ field: 'annotations.title', role: 'label', text: tool.annotations.title });
  for (const { field, text, role } of schemaStrings) fields.push({ field, role, text: role === 'property-name' ? nameToWords(text.slice(0, 400), NAME_SEPARATORS) : text });
  const sentences: ToolSentence[] = [];
  for (const { field, role, text } of fields) {
    for (const sentence of textToSentences(text)) {
      if (sentences.length >= MAX_WEIGHED_SENTENCES) return sentences;
      sentences.push({ field, role, source: text, index: sentence.index, text: sentence.text });
    }
  }
  return sentences;
}

/** `forwardAllMail_toAdmin` → "forward All Mail to Admin": a property name read as the words it joins, dots too. */
const NAME_SEPARATORS = /[_\-.]+/g;

/** A sentence's score: the model's log-odds that it is written to steer the model. */
export function sentenceScore(features: readonly string[]): number {
  let score = INSTRUCTION_WEIGHTS.bias;
  for (const feature of features) score += INSTRUCTION_WEIGHTS.weights.get(feature) ?? 0;
  return score;
}

/** The tool's sentence that scores highest above the threshold, as a medium hit, or nothing. */
export function toolToWeighedHit(tool: WeighedTool, schemaStrings?: readonly SchemaString[]): (Hit & { field: string; source: string }) | undefined {
  let best: { sentence: ToolSentence; score: number } | undefined;
  for (const sentence of toolToSentences(tool, schemaStrings)) {
    const score = weighedScore(sentence);
    if (score > INSTRUCTION_WEIGHTS.threshold && (!best || score > best.score)) best = { sentence, score };
  }
  if (!best) return undefined;
  const { sentence } = best;
  return {
    kind: 'model-instruction',
    severity: 'medium',
    message: `Reads like text written to steer the model, not to document the tool; no rule matched, but its words and signs weigh that way, most of all: ${strongestSigns(sentenceToFeatures(sentence.text, sentence.role)).join(', ')}.`,
    index: sentence.index,
    length: sentence.text.length,
    field: sentence.field,
    source: sentence.source,
  };
}

// Schemas repeat their sentences ("The ID of the project.") across tools and servers: a short
// sentence is weighed once per role. A sentence without a sign besides its words scores -Infinity.
const SCORES = new Map<string, number>();
const SCORE_CACHE_LIMIT = 100_000;
const CACHEABLE_LENGTH = 300;

function weighedScore(sentence: ToolSentence): number {
  const key = sentence.text.length <= CACHEABLE_LENGTH ? `${sentence.role}\u0000${sentence.text}` : undefined;
  const cached = key === undefined ? undefined : SCORES.get(key);
  if (cached !== undefined) return cached;
  const features = sentenceToFeatures(sentence.text, sentence.role);
  const score = hasSteeringSign(features) ? sentenceScore(features) : -Infinity;
  if (key !== undefined) {
    if (SCORES.size >= SCORE_CACHE_LIMIT) SCORES.clear();
    SCORES.set(key, score);
  }
  return score;
}

/** The three features that pushed a sentence up most, said for a reader. */
function strongestSigns(features: readonly string[]): string[] {
  return features
    .map((feature) => ({ feature, weight: INSTRUCTION_WEIGHTS.weights.get(feature) ?? 0 }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, 3)
    .map(({ feature }) => featureToWords(feature));
}

const STRUCTURE_WORDS: Record<string, string> = {
  'addresses-model': 'it addresses the model',
  'model-subject': 'the model is its subject',
  'model-label': 'a label for the model',
  obligation: 'an obligation',
  imperative: 'an imperative',
  'other-language': 'another language',
};

const TOKEN_WORDS: Record<string, string> = { '<url>': 'a URL', '<url-template>': 'a URL with a slot', '<email>': 'an e-mail address', '<placeholder>': 'a {placeholder}' };

/** `b:send copy` → "the words “send copy”"; `s:imperative&t:secrets` → "an imperative about secrets". */
export function featureToWords(feature: string): string {
  const [type, rest = ''] = [feature.slice(0, 1), feature.slice(2)];
  if (type === 'w' || type === 'b') return `“${rest.split(' ').map((word) => TOKEN_WORDS[word] ?? word).join(' ')}”`;
  if (type === 't') return `the topic ${rest}`;
  if (type === 'r') return `its place (${rest})`;
  if (rest.startsWith('sentence-in-')) return `a sentence where a ${rest.slice(12)} belongs`;
  const [structure = '', topic] = rest.split('&t:');
  const said = STRUCTURE_WORDS[structure] ?? structure;
  return topic ? `${said}, about ${topic}` : said;
}
