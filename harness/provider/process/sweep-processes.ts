/**
 * Removes what crashed runs of the process provider left: a data directory whose owner process is gone,
 * and the server still running in it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCESS_DIR_PREFIX } from './process-provider.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LeftoverProcess {
  readonly dir: string;
  readonly serverPid?: number;
}

export function sweepProcesses(options: { all?: boolean; dryRun?: boolean; onlyPid?: number } = {}): LeftoverProcess[] {
  const swept: LeftoverProcess[] = [];
  let entries: string[];
  try {
    entries = readdirSync(tmpdir()).filter((name) => name.startsWith(PROCESS_DIR_PREFIX));
  } catch {
    return swept;
  }
  for (const name of entries) {
    const dir = join(tmpdir(), name);
    let owner: { pid?: number; serverPid?: number } = {};
    try {
      owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8'));
    } catch {
      // No owner file: a start that crashed before writing it; old enough to be ours to remove.
    }
    if (options.onlyPid !== undefined) {
      if (owner.pid !== options.onlyPid) continue;
    } else if (!options.all && owner.pid && (owner.pid === process.pid || alive(owner.pid))) continue;
    swept.push({ dir, serverPid: owner.serverPid });
    if (options.dryRun) continue;
    if (owner.serverPid && alive(owner.serverPid)) {
      try {
        process.kill(owner.serverPid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return swept;
}
