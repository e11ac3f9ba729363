import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dirs.ts';

/** Runs the real CLI (a process boundary) on a file holding `content`. */
function classify(content: string): { status: number | null; stdout: string; stderr: string } {
  const dir = tempDir('classify-');
  const file = join(dir, 'tools.json');
  writeFileSync(file, content);
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/classify.ts'), file], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.replaceAll(file, '<file>') };
}

describe('npm run classify', () => {
  test('prints one verdict per tool of a tools/list result, in input order', () => {
    const tools = [
      { name: 'delete_user', description: 'Deletes a user', outputSchema: { type: 'object' }, _meta: { x: 1 } },
      { name: 'get_weather' },
      { name: 'create_payment', inputSchema: { type: 'object', properties: { amount: { type: 'number' }, currency: { type: 'string' } } } },
    ];
    const run = classify(JSON.stringify({ tools, nextCursor: 'abc' }));
    expect(run.status).toBe(0);
    const verdicts = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(verdicts.map((v) => [v.name, v.category, v.risk])).toEqual([
      ['delete_user', 'Destructive', 'Critical'],
      ['get_weather', 'Read', 'Low'],
      ['create_payment', 'Financial', 'Critical'],
    ]);
    for (const v of verdicts) expect(Object.keys(v)).toEqual(['name', 'category', 'risk', 'confidence', 'evidence']);
  });

  test('accepts a bare array, and tools whose schema or annotations are malformed', () => {
    const run = classify(JSON.stringify([{ name: 'browser_click', description: 'Click an element on the page', inputSchema: 'nonsense', annotations: 7 }]));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ name: 'browser_click', category: 'Execute' }]);
  });

  test('reads the file as one server: a sentence every tool repeats decides nothing', () => {
    const shared = 'Acme API: create, update and delete your Acme resources.';
    const tools = [`${shared} Shows the account.`, `${shared} Shows a user.`, `${shared} Shows a project.`].map((description, i) => ({ name: `info_${i}`, description }));
    const run = classify(JSON.stringify({ tools }));
    expect((JSON.parse(run.stdout) as { category: string }[]).map((v) => v.category)).toEqual(['Read', 'Read', 'Read']);
  });

  test.each([
    { file: 'not JSON', content: '{tools: [', message: 'classify: <file>: not valid JSON' },
    { file: 'an object without tools', content: '{"items": []}', message: 'classify: <file>: expected a JSON array of tools or an object with a "tools" array, got an object without a "tools" array' },
    { file: 'a number', content: '42', message: 'got number 42' },
    { file: 'tools without string names', content: '[{"name": 42}, {"description": "x"}, "str"]', message: 'classify: <file>: [0].name: expected a non-empty string, got number 42; [1].name: expected a non-empty string, got nothing; [2]: expected a tool object, got string "str"' },
  ])('rejects $file with a message naming the file and the problem', ({ content, message }) => {
    const run = classify(content);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
