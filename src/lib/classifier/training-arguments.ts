import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// `epochs`, `n_epochs`, `num_epochs`: how many passes a training run makes.
const EPOCHS = new Set(['epoch', 'epochs']);
// `learning_rate`, `learningRate`, `batch_size`: a training run's hyper-parameters.
const HYPER_PARAMETERS = [['learning', 'rate'], ['batch', 'size']] as const;

/**
 * `neural_train(modelId, epochs, learningRate)`, `learning_train(session_id, epochs, batch_size)`: arguments
 * that set a training run's epochs and its learning rate or batch size say the call trains a model, a job whose
 * effect depends on its input (the rubric's Execute: jobs), whatever verb the definition uses ("Train the RL
 * policy…" reads no verb we know). Weighs like a code argument (8).
 */
export function trainingSignal(tool: Tool): Signal | undefined {
  const names = Object.keys(tool.inputSchema.properties ?? {}).map((name) => nameToWords(name));
  const epochs = names.find((words) => words.some((w) => EPOCHS.has(w)));
  if (!epochs) return undefined;
  const tuned = names.some((words) => HYPER_PARAMETERS.some(([a, b]) => words.includes(a) && words.includes(b)));
  return tuned ? signal('Execute', LEVEL.lead, 'schema', `argument \`${epochs.join('_')}\` with a learning rate or batch size (trains a model)`) : undefined;
}
