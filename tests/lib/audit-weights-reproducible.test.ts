import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SCRIPT = join(import.meta.dirname, '../../scripts/train-audit-weights.ts');

// The weighed-sentence net's weights are data written by a script: the file in the repository must
// be what the script gives from the corpus and the shipped servers, so anyone can retrain and check.
// A new corpus part or a newly imported server changes the training: run `npm run train:audit`.
test('instruction-weights.ts is exactly what npm run train:audit writes from the corpus and the shipped servers', () => {
  const run = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
  expect(run.stderr + run.stdout).toContain('matches the training');
  expect(run.status).toBe(0);
}, 180_000);
