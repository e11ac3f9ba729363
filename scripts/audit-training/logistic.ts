/**
 * Weighted logistic regression over sparse binary features, trained with AdaGrad in a fixed,
 * seeded order: the same examples give the same weights on every machine.
 */

/** One training example: indices of its features, its label, and how much it counts. */
export interface Example {
  features: Int32Array;
  label: 0 | 1;
  weight: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

export interface TrainingOptions {
  epochs: number;
  /** L2 penalty per step, scaled by the example's weight. */
  l2: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, l2: 1e-4, learningRate: 0.3, seed: 16 };

/** A model trained from `start` (or zeros) on the examples. */
export function trainLogistic(examples: readonly Example[], size: number, options: TrainingOptions = DEFAULT_TRAINING, start?: LogisticModel): LogisticModel {
  const weights = start ? Float64Array.from(start.weights) : new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = start?.bias ?? 0;
  let biasSquare = 1e-8;
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = examples[i]!;
      const gradient = (sigmoid(scoreOf(example.features, weights, bias)) - example.label) * example.weight;
      for (const f of example.features) {
        const g = gradient + options.l2 * example.weight * weights[f]!;
        squares[f]! += g * g;
        weights[f]! -= (options.learningRate * g) / Math.sqrt(squares[f]!);
      }
      biasSquare += gradient * gradient;
      bias -= (options.learningRate * gradient) / Math.sqrt(biasSquare);
    }
  }
  return { bias, weights };
}

export function scoreOf(features: Int32Array, weights: Float64Array, bias: number): number {
  let score = bias;
  for (const f of features) score += weights[f]!;
  return score;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
