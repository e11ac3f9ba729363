import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/**
 * A fresh folder under the system's temp dir, removed once the importing test file's tests have
 * run. Folders left behind pile up on a machine that runs the suite all day (thousands a day).
 * Vitest evaluates this module once per test file (forks, isolated), so the hook below belongs
 * to the file that imported it.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
