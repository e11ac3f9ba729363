import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const IMPORT_SCRIPT = fileURLToPath(new URL('../import.ts', import.meta.url));

/** How one child import ended. */
export interface ImportRun {
  ok: boolean;
  /** The importer's last line on failure (its error), or a timeout note. */
  error?: string;
  seconds: number;
}

/**
 * Runs `scripts/import.ts <args>` as a child in its own process group, streaming its lines with
 * an `[id]` prefix. Past `timeoutMs` the whole group (importer, npx, the server) is killed: a hung
 * server must not stall the other imports.
 */
export function runImport(id: string, args: string[], timeoutMs: number, write: (line: string) => void): Promise<ImportRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [IMPORT_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let lastLine = '';
  let pending = '';
  const onData = (chunk: Buffer): void => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) { lastLine = line; write(`[${id}] ${line}`); }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      // Anything the import left in its process group (a server npx started) goes with it.
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* the group is already empty */ }
      if (pending.trim()) { lastLine = pending; write(`[${id}] ${pending}`); }
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      if (timedOut) return resolve({ ok: false, error: `no result after ${timeoutMs / 1000} s; stopped`, seconds });
      resolve(code === 0 ? { ok: true, seconds } : { ok: false, error: lastLine.replace(/^import: /, '') || `exit code ${code}`, seconds });
    });
  });
}
