import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir as freshTempDir } from '../support/temp-dirs.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FAKE_SERVER = ['node', 'tests/fixtures/fake-mcp-server.ts'];

/** A fresh temporary folder for one test's output, removed after the test file. */
export function tempDir(): string {
  return freshTempDir('import-test-');
}

/** What a script run ended with. */
export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script of scripts/ the way npm does (same Node, repository root); async so independent runs overlap. */
export function runScript(script: string, args: string[]): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/**
 * `npm run import` of the fake server in the given mode, into `out`. A healthy fake answers at
 * once, so the generous default only matters on a loaded machine; tests of a hanging server pass
 * a short one.
 */
export function importFake(out: string, mode: string, timeout = '30,10'): Promise<ScriptResult> {
  return runScript('import.ts', ['--id', 'fake', '--out', out, '--timeout', timeout, '--', ...FAKE_SERVER, mode]);
}
