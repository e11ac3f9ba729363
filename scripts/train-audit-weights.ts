/**
 * Trains the audit's weighed-sentence net (src/lib/findings/weighed-sentence-rules.ts) and writes
 * its weights to src/lib/findings/instruction-weights.ts.
 *
 *   npm run train:audit             train, calibrate, write the weights, print a summary
 *   npm run train:audit -- --check  the same, but fail instead of writing when the file differs
 *   npm run train:audit -- --folds  also score each fifth of the corpus with weights trained without it
 *
 * Learns from the tuned poisoning corpus (scripts/audit-training/tuned-corpus.ts: poisoned against
 * benign look-alikes) and from four in five shipped servers (real text, taken as benign). The fifth
 * sets the threshold: the net may flag at most CALIBRATION_RATE of those unseen real tools. The
 * unread parts are never read here. Deterministic: no clock, no randomness but a seeded shuffle.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServerFile } from '../src/lib/server-file.ts';
import type { AuditedTool } from '../src/lib/findings/tool-findings.ts';
import { hasSteeringSign, sentenceToFeatures } from '../src/lib/findings/sentence-features.ts';
import { toolToSentences } from '../src/lib/findings/weighed-sentence-rules.ts';
import { TUNED_CORPUS, type CorpusGroup } from './audit-training/tuned-corpus.ts';
import { scoreOf, trainLogistic, type Example, type LogisticModel } from './audit-training/logistic.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(ROOT, 'src/lib/findings/instruction-weights.ts');
/** Share of unseen shipped tools the net may flag: one in a thousand (at 0.2% it caught 3 more of 781 unread cases and flagged 10 shipped tools instead of 4). */
const CALIBRATION_RATE = 0.001;
/** Every fifth shipped server, in id order, is kept out of training to set the threshold. */
const CALIBRATION_EVERY = 5;
/** How much a benign look-alike sentence counts against a shipped one: they are the hard cases. */
const LOOK_ALIKE_WEIGHT = 3;
/** Rounds of picking each poisoned tool's most telling sentence (multiple-instance learning). */
const PICK_ROUNDS = 3;
/** Weights nearer zero than this are left out of the table: they change no verdict. */
const PRUNE = 0.05;
/** Features seen in fewer sentences than this are not learned. */
const MIN_COUNT = 3;

const args = new Set(process.argv.slice(2));

type Tool = AuditedTool;
/** The sentences the net weighs: only those with a sign besides their words (hasSteeringSign), as at audit time. */
const toolFeatures = (tool: Tool): string[][] => toolToSentences(tool).map((s) => sentenceToFeatures(s.text, s.role)).filter(hasSteeringSign);

function readShipped(): { id: string; tools: Tool[] }[] {
  const dir = path.join(ROOT, 'content/servers');
  return readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort().map((n) => parseServerFile(path.join(dir, n), readFileSync(path.join(dir, n), 'utf8')));
}

/** Distinct sentences of real tools, each once: schemas repeat "The ID of the project." thousands of times. */
function distinctSentences(tools: readonly Tool[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const tool of tools) for (const s of toolToSentences(tool)) {
    const key = `${s.role}\u0000${s.text}`;
    if (!seen.has(key)) seen.set(key, sentenceToFeatures(s.text, s.role));
  }
  return [...seen.values()].filter(hasSteeringSign);
}

class Vocabulary {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  constructor(sentences: Iterable<string[]>) {
    const counts = new Map<string, number>();
    for (const features of sentences) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [name, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (count < MIN_COUNT) continue;
      this.index.set(name, this.names.length);
      this.names.push(name);
    }
  }
  encode(features: readonly string[]): Int32Array {
    return Int32Array.from(features.map((f) => this.index.get(f) ?? -1).filter((i) => i >= 0));
  }
}

interface TrainingSet { poisoned: Int32Array[][]; lookAlikes: Int32Array[]; shipped: Int32Array[] }

/** Multiple-instance training: every sentence of a poisoned tool at first, then only its highest-scoring one. */
function train(set: TrainingSet, size: number): LogisticModel {
  const negatives: Example[] = [
    ...set.lookAlikes.map((features) => ({ features, label: 0 as const, weight: LOOK_ALIKE_WEIGHT })),
    ...set.shipped.map((features) => ({ features, label: 0 as const, weight: 1 })),
  ];
  const negativeWeight = negatives.reduce((sum, e) => sum + e.weight, 0);
  const perTool = negativeWeight / set.poisoned.length;
  let positives: Example[] = set.poisoned.flatMap((sentences) => sentences.map((features) => ({ features, label: 1 as const, weight: perTool / sentences.length })));
  let model = trainLogistic([...positives, ...negatives], size);
  for (let round = 0; round < PICK_ROUNDS; round++) {
    positives = set.poisoned.map((sentences) => ({ features: best(sentences, model).features, label: 1 as const, weight: perTool }));
    model = trainLogistic([...positives, ...negatives], size);
  }
  return model;
}

function best(sentences: readonly Int32Array[], model: LogisticModel): { features: Int32Array; score: number } {
  let top: { features: Int32Array; score: number } = { features: new Int32Array(), score: -Infinity };
  for (const features of sentences) {
    const score = scoreOf(features, model.weights, model.bias);
    if (score > top.score) top = { features, score };
  }
  return top;
}

const toolScore = (sentences: readonly Int32Array[], model: LogisticModel): number => best(sentences, model).score;

function buildSet(groups: readonly CorpusGroup[], shippedTools: readonly Tool[], vocabulary: Vocabulary): TrainingSet {
  return {
    poisoned: groups.flatMap((g) => g.poisoned.map((c) => toolFeatures(c.tool).map((f) => vocabulary.encode(f)))).filter((s) => s.length > 0),
    lookAlikes: groups.flatMap((g) => g.benign.flatMap((c) => toolFeatures(c.tool).map((f) => vocabulary.encode(f)))),
    shipped: distinctSentences(shippedTools).map((f) => vocabulary.encode(f)),
  };
}

/** The score above which at most `rate` of the tools score. */
function thresholdFor(scores: readonly number[], rate: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  return sorted[allowed]!;
}

const rate = (hits: number, total: number): string => `${hits}/${total} = ${((100 * hits) / total).toFixed(1)}%`;

function main(): void {
  const servers = readShipped();
  const trainServers = servers.filter((_, i) => i % CALIBRATION_EVERY !== 0);
  const calibrationTools = servers.filter((_, i) => i % CALIBRATION_EVERY === 0).flatMap((s) => s.tools);
  const trainShipped = trainServers.flatMap((s) => s.tools);
  console.error(`reading ${TUNED_CORPUS.length} corpus files and ${trainServers.length} shipped servers (${calibrationTools.length} tools of ${servers.length - trainServers.length} more kept for the threshold)`);

  const corpusSentences = TUNED_CORPUS.flatMap((g) => [...g.poisoned, ...g.benign].flatMap((c) => toolFeatures(c.tool)));
  // Every feature seen often enough: keeping only the strongest 12,000 of them cost 6 catches in 781.
  const vocabulary = new Vocabulary([...corpusSentences, ...distinctSentences(trainShipped)]);
  console.error(`${vocabulary.names.length} features`);

  if (args.has('--folds')) foldReport(trainShipped, calibrationTools, vocabulary);

  const set = buildSet(TUNED_CORPUS, trainShipped, vocabulary);
  console.error(`training on ${set.poisoned.length} poisoned tools, ${set.lookAlikes.length} look-alike sentences, ${set.shipped.length} shipped sentences`);
  const model = train(set, vocabulary.names.length);
  const calibrationScores = calibrationTools.map((t) => toolScore(toolFeatures(t).map((f) => vocabulary.encode(f)), model));
  const threshold = thresholdFor(calibrationScores, CALIBRATION_RATE);

  const poisonedCaught = set.poisoned.filter((s) => toolScore(s, model) > threshold).length;
  const lookAlikeTools = TUNED_CORPUS.flatMap((g) => g.benign.map((c) => toolFeatures(c.tool).map((f) => vocabulary.encode(f))));
  const lookAlikesFlagged = lookAlikeTools.filter((s) => toolScore(s, model) > threshold).length;
  const calibrationFlagged = calibrationScores.filter((s) => s > threshold).length;

  const table = vocabulary.names.map((name, i) => [name, round(model.weights[i]!)] as const).filter(([, w]) => Math.abs(w) >= PRUNE);
  const source = weightsSource(round(model.bias), round(threshold), table);
  console.log([
    `weighed-sentence net: ${table.length} weights kept of ${vocabulary.names.length}, threshold ${round(threshold)}`,
    `  tuned corpus (seen in training): poisoned ${rate(poisonedCaught, set.poisoned.length)}, look-alikes ${rate(lookAlikesFlagged, lookAlikeTools.length)}`,
    `  calibration shipped tools (unseen): ${rate(calibrationFlagged, calibrationTools.length)}`,
  ].join('\n'));
  const current = readFileSync(OUTPUT, { encoding: 'utf8', flag: 'a+' });
  if (args.has('--check')) {
    if (current !== source) { console.error(`${path.relative(ROOT, OUTPUT)} differs from what training gives`); process.exit(1); }
    console.log(`${path.relative(ROOT, OUTPUT)} matches the training`);
    return;
  }
  writeFileSync(OUTPUT, source);
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
}

/** Five trainings, each without a fifth of the corpus files, scoring that fifth at its own threshold. */
function foldReport(trainShipped: readonly Tool[], calibrationTools: readonly Tool[], vocabulary: Vocabulary): void {
  let caught = 0; let total = 0; let flagged = 0; let lookAlikes = 0;
  for (let fold = 0; fold < 5; fold++) {
    const kept = TUNED_CORPUS.filter((_, i) => i % 5 !== fold);
    const left = TUNED_CORPUS.filter((_, i) => i % 5 === fold);
    const model = train(buildSet(kept, trainShipped, vocabulary), vocabulary.names.length);
    const threshold = thresholdFor(calibrationTools.map((t) => toolScore(toolFeatures(t).map((f) => vocabulary.encode(f)), model)), CALIBRATION_RATE);
    const score = (tool: Tool): number => toolScore(toolFeatures(tool).map((f) => vocabulary.encode(f)), model);
    const poisoned = left.flatMap((g) => g.poisoned);
    const benign = left.flatMap((g) => g.benign);
    const foldCaught = poisoned.filter((c) => score(c.tool) > threshold).length;
    const foldFlagged = benign.filter((c) => score(c.tool) > threshold).length;
    console.log(`  fold ${fold + 1} (${left.map((g) => g.source).join(', ')}): poisoned ${rate(foldCaught, poisoned.length)}, look-alikes ${rate(foldFlagged, benign.length)}`);
    caught += foldCaught; total += poisoned.length; flagged += foldFlagged; lookAlikes += benign.length;
  }
  console.log(`  folds together (net alone, each file scored by weights trained without it): poisoned ${rate(caught, total)}, look-alikes ${rate(flagged, lookAlikes)}`);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function weightsSource(bias: number, threshold: number, table: readonly (readonly [string, number])[]): string {
  return `/**
 * Weights of the weighed-sentence net (weighed-sentence-rules.ts), written by
 * scripts/train-audit-weights.ts (\`npm run train:audit\`): do not edit by hand, retrain. Each line of
 * TABLE is a feature of sentence-features.ts and its weight in the sentence's log-odds.
 */
const TABLE = ${JSON.stringify(table.map(([name, weight]) => `${name}\t${weight}`).join('\n'))};

export const INSTRUCTION_WEIGHTS = {
  bias: ${bias},
  threshold: ${threshold},
  weights: new Map<string, number>(TABLE.split('\\n').map((line) => {
    const tab = line.lastIndexOf('\\t');
    return [line.slice(0, tab), Number(line.slice(tab + 1))] as const;
  })),
};
`;
}

main();
