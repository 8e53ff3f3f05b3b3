/**
 * Removes what crashed runs left in their run directories (process-provider servers, SQLite files, check
 * spill data): a run directory whose owner process is dead, and the server still running in it, if any
 * (stopped gracefully so that it releases its shared memory). A directory of a live run, or one whose
 * owner cannot be read, is never touched except by `all`. The sweep never throws: a directory it cannot
 * remove is left for the next one.
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../log.ts';
import { isAlive, stopServersSync } from '../provider/process/stop-server.ts';
import { PENDING_DIR_PREFIX, RUN_DIR_PREFIX, readOwner, type OwnerRecord } from './run-directory.ts';

const log = createLogger('run-directory');

/** A run directory a sweep removed (or would remove), and the server it stopped there. */
export interface LeftoverRunDirectory {
  readonly dir: string;
  readonly serverPid?: number;
}

export interface RunDirectorySweepOptions {
  /** Also the directories of live runs and those without a readable owner (`rehearse clean --all`). */
  readonly all?: boolean;
  readonly dryRun?: boolean;
  /** Only the directories of this process (last-resort cleanup on a crash or a forced exit). */
  readonly onlyPid?: number;
}

function belongsToSweep(owner: OwnerRecord | undefined, options: RunDirectorySweepOptions): boolean {
  if (options.onlyPid !== undefined) return owner?.pid === options.onlyPid;
  if (options.all) return true;
  if (!owner) return false; // unreadable: another user's run, or one whose owner is unknown
  return owner.pid !== process.pid && !isAlive(owner.pid);
}

function listRunDirectories(): string[] {
  try {
    return readdirSync(tmpdir())
      .filter((name) => name.startsWith(RUN_DIR_PREFIX) || name.startsWith(PENDING_DIR_PREFIX))
      .map((name) => join(tmpdir(), name));
  } catch (error) {
    log.debug(`sweep: cannot list ${tmpdir()}: ${String(error)}`);
    return [];
  }
}

export function sweepRunDirectories(options: RunDirectorySweepOptions = {}): LeftoverRunDirectory[] {
  const chosen: { dir: string; owner?: OwnerRecord }[] = [];
  for (const dir of listRunDirectories()) {
    const owner = readOwner(dir);
    if (belongsToSweep(owner, options)) chosen.push({ dir, owner });
  }
  const swept = chosen.map(({ dir, owner }) => ({ dir, serverPid: owner?.serverPid }));
  if (options.dryRun) return swept;
  try {
    const servers = chosen.flatMap(({ owner }) =>
      owner?.serverPid ? [{ pid: owner.serverPid, stopSignal: owner.stopSignal ?? 'SIGTERM' }] : [],
    );
    const killed = stopServersSync(servers);
    if (killed.length > 0) log.debug(`sweep: servers ${killed.join(', ')} needed SIGKILL`);
  } catch (error) {
    log.debug(`sweep: stopping leftover servers: ${String(error)}`);
  }
  for (const { dir } of chosen) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      log.debug(`sweep: cannot remove ${dir}: ${String(error)}`);
    }
  }
  return swept;
}
