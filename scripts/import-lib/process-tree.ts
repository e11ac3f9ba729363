import { execFileSync } from 'node:child_process';

/**
 * Every process below `rootPid` (children, grandchildren…), read from `ps`. A server started
 * through `npx` runs as npx's child; when the SDK stops npx, a server that ignores the closed
 * stdin (timers, telemetry) lives on as an orphan, so the importer collects the tree while it is
 * still connected and stops each member by id afterwards.
 */
export function descendantPids(rootPid: number): number[] {
  let table: string;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const childrenByParent = new Map<number, number[]>();
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid || ppid === undefined || Number.isNaN(ppid)) continue;
    childrenByParent.set(ppid, [...(childrenByParent.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of childrenByParent.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Sends SIGKILL to each process id that is still alive; ids already gone are skipped. */
export function killPids(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already exited: nothing to do.
    }
  }
}
