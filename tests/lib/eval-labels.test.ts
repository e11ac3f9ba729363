import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dirs.ts';
import { serverToSplit } from '../../src/lib/classifier/label-split.ts';
import { readLabelledTools, type LabelSources } from '../../scripts/eval-lib/labels.ts';

// Server ids chosen for their split: github is held out, stripe and filesystem are tuning.
const TEST_SERVER = 'github';
const TUNING_SERVER = 'stripe';

function serverYaml(id: string, tools: { name: string; description: string }[]): string {
  return stringify({
    id, name: id, description: `${id} server`, run: { command: `npx -y ${id}` }, transport: 'stdio',
    source: { kind: 'tools-list-json', date: '2026-01-01' },
    tools: tools.map((t) => ({ ...t, inputSchema: { type: 'object' } })),
  });
}

/** A folder with three servers, hand labels for one, and label files as given. */
function sources(labelFiles: Record<string, unknown>): LabelSources {
  const root = tempDir('labels-');
  const serversDir = join(root, 'servers');
  const labelsDir = join(root, 'labels');
  mkdirSync(serversDir);
  mkdirSync(labelsDir);
  writeFileSync(join(serversDir, 'filesystem.yaml'), serverYaml('filesystem', [{ name: 'read_file', description: 'Read a file' }]));
  writeFileSync(join(serversDir, `${TEST_SERVER}.yaml`), serverYaml(TEST_SERVER, [{ name: 'create_issue', description: 'Create an issue' }, { name: 'get_issue', description: 'Get an issue' }]));
  writeFileSync(join(serversDir, `${TUNING_SERVER}.yaml`), serverYaml(TUNING_SERVER, [{ name: 'create_refund', description: 'Refund a charge' }]));
  const handLabelsFile = join(root, 'hand-labels.json');
  writeFileSync(handLabelsFile, JSON.stringify({ _notes: {}, 'filesystem/read_file': 'Read' }));
  for (const [file, content] of Object.entries(labelFiles)) writeFileSync(join(labelsDir, file), typeof content === 'string' ? content : JSON.stringify(content));
  return { handLabelsFile, labelsDir, serversDir };
}

describe('readLabelledTools', () => {
  test('works with no label files: only the shipped hand labels', () => {
    const tools = readLabelledTools(sources({}));
    expect(tools.map((t) => [t.server, t.tool.name, t.set, t.label])).toEqual([['filesystem', 'read_file', 'shipped', 'Read']]);
  });

  test('puts each label file in the split of its server id, with its alt', () => {
    expect([serverToSplit(TEST_SERVER), serverToSplit(TUNING_SERVER)]).toEqual(['test', 'tuning']);
    const tools = readLabelledTools(sources({
      [`${TEST_SERVER}.json`]: [{ tool: 'create_issue', category: 'Write', reason: 'creates an issue' }, { tool: 'get_issue', category: 'Read', alt: 'Other', reason: 'reads one' }],
      [`${TUNING_SERVER}.json`]: [{ tool: 'create_refund', category: 'Financial', alt: '', reason: 'moves money' }],
    }));
    expect(tools.map((t) => [t.server, t.tool.name, t.set, t.label, t.alt])).toEqual([
      ['filesystem', 'read_file', 'shipped', 'Read', undefined],
      [TEST_SERVER, 'create_issue', 'test', 'Write', undefined],
      [TEST_SERVER, 'get_issue', 'test', 'Read', 'Other'],
      [TUNING_SERVER, 'create_refund', 'tuning', 'Financial', undefined],
    ]);
  });

  test('hands each tool its server\'s tools as context, so shared sentences are known', () => {
    const [, created] = readLabelledTools(sources({ [`${TEST_SERVER}.json`]: [{ tool: 'create_issue', category: 'Write', reason: 'x' }] }));
    expect(created!.serverContext.boilerplate.size).toBe(0);
  });

  test('a label file of a server already hand-labelled counts as tuning, whatever its hash', () => {
    const tools = readLabelledTools(sources({ 'filesystem.json': [{ tool: 'read_file', category: 'Read', reason: 'reads' }] }));
    expect(tools.map((t) => t.set)).toEqual(['shipped', 'tuning']);
  });

  test('lists every problem with its file and field: unknown tool, duplicate, bad category, missing server, bad JSON', () => {
    const run = () => readLabelledTools(sources({
      [`${TEST_SERVER}.json`]: [
        { tool: 'create_issue', category: 'Write', reason: 'x' },
        { tool: 'create_issue', category: 'Write', reason: 'again' },
        { tool: 'close_issue', category: 'Write', reason: 'x' },
        { tool: 'get_issue', category: 'Reading', reason: 'x' },
      ],
      'nowhere.json': [],
      [`${TUNING_SERVER}.json`]: '[{"tool": ',
    }));
    expect(run).toThrow(/github\.json: \[1\]\.tool: "create_issue" is labelled twice/);
    expect(run).toThrow(/github\.json: \[2\]\.tool: no tool "close_issue" on server "github"/);
    expect(run).toThrow(/github\.json: \[3\]\.category: .*"Reading"/);
    expect(run).toThrow(/nowhere\.json: no server file nowhere\.yaml/);
    expect(run).toThrow(/stripe\.json: not valid JSON/);
  });
});
