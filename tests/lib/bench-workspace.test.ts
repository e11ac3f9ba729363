import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editOneServer, prepareContent } from '../../scripts/bench-lib/workspace.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-workspace-'));
  dirs.push(dir);
  return dir;
}

describe('bench workspace', () => {
  it('reuses content it synthesised for the same options', () => {
    const dir = workDir();
    const lines: string[] = [];
    prepareContent(dir, 30, 1, (line) => lines.push(line));
    prepareContent(dir, 30, 1, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^synthesised /);
    expect(lines[1]).toMatch(/^reusing /);
  });

  it('edits one server and puts it back byte for byte', () => {
    const contentDir = prepareContent(workDir(), 30, 1, () => {});
    const edit = editOneServer(contentDir);
    const before = readdirSync(path.join(contentDir, 'servers')).length;
    expect(readFileSync(edit.file, 'utf8')).toContain('bench_incremental_note');
    edit.restore();
    expect(readFileSync(edit.file, 'utf8')).not.toContain('bench_incremental_note');
    expect(readdirSync(path.join(contentDir, 'servers'))).toHaveLength(before);
  });

  it('does not reuse content left edited by an interrupted bench', () => {
    const dir = workDir();
    const contentDir = prepareContent(dir, 30, 1, () => {});
    const edit = editOneServer(contentDir); // never restored, as when the bench is killed
    const lines: string[] = [];
    prepareContent(dir, 30, 1, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^synthesised /);
    expect(existsSync(edit.file) && readFileSync(edit.file, 'utf8')).not.toContain('bench_incremental_note');
  });
});
