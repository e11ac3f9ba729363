import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

/** How long a command ran and the most memory its whole process tree held at once. */
export interface Measurement {
  seconds: number;
  /** Peak of the summed resident set sizes of the process and all its descendants, sampled. */
  peakRssMb: number;
  /** CPU time (user + system) of the whole tree: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  exitCode: number;
}

/** What to run, where its output goes, and how often to sample memory. */
export interface MeasureOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout and stderr of the command are appended here (Astro prints a line per page). */
  logFile: string;
  sampleMs?: number;
}

/**
 * Runs a command as a child process and measures its wall time and the peak RSS of its whole
 * process tree (Pagefind's npm wrapper, for one, does its work in a child binary). Linux only:
 * it reads /proc. Shared pages are counted once per process, so the sum slightly overstates.
 */
export function runMeasured(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  const cpuBefore = waitedChildrenCpuSeconds();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  let peakKb = 0;
  const sample = (): void => {
    if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(new Error(`${command}: could not start`, { cause: error }));
    });
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      closeSync(log);
      // Node reaps the child before 'exit' fires, so its CPU (and that of any descendant it reaped) is counted by now.
      resolve({ seconds, peakRssMb: peakKb / 1024, cpuSeconds: waitedChildrenCpuSeconds() - cpuBefore, exitCode: code ?? (signal ? 128 : 1) });
    });
  });
}

/** Summed VmRSS (kB) of a process and every descendant alive right now. */
export function treeRssKb(rootPid: number): number {
  let total = 0;
  const pending = [rootPid];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKbOf(pid);
    pending.push(...childrenOf(pid));
  }
  return total;
}

/** cutime + cstime of this process: CPU used by children it has waited for (and by theirs). Clock ticks are 100 a second on Linux. */
function waitedChildrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ", field 3 is state; cutime and cstime are fields 16 and 17.
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
}

function rssKbOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // The process ended between listing and reading.
  }
}

/** Children of every thread of a process: a child spawned from a worker thread is listed under that thread. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
