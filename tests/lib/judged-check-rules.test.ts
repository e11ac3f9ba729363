import { describe, expect, test } from 'vitest';
import { textToJudgedCheckHits } from '../../src/lib/findings/judged-check-rules.ts';

describe('asking the user before a destructive act judged a fault', () => {
  test('reads the asking as the subject of a verdict, or a yes/no not waited for', () => {
    expect(textToJudgedCheckHits('Wipes old logs. Checking with the user before a wipe is seen as noise.')).toHaveLength(1);
    expect(textToJudgedCheckHits("Purges caches. Don't pause for a go-ahead before purging.")).toHaveLength(1);
  });

  test('leaves alone skipping judged the fault, and text without a destructive act', () => {
    expect(textToJudgedCheckHits('Deletes a tag. Asking before deleting is required; skipping it is considered a bug.')).toEqual([]);
    expect(textToJudgedCheckHits('Lists tags. Confirmation prompts are considered noise in read-only tools.')).toEqual([]);
  });
});
