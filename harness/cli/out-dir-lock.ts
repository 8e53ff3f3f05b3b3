/**
 * One rehearsal per report folder. Two runs writing the same `--out` would interleave their work files
 * and the last writer's report would win without a word; the second run is refused instead. The lock is
 * a file holding the owner's pid: a lock left by a process that is gone (crash, SIGKILL) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { BadInputError } from '../errors.ts';

export const LOCK_FILE = '.rehearse.lock';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, host: String(owner.host ?? ''), since: String(owner.since ?? '') } : undefined;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

/** Whether a process of this pid runs on this machine (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of `outDir` (which must exist) and returns the function that releases it. Throws a
 * one-line {@link BadInputError} when a live run holds it.
 */
export function lockOutDir(outDir: string, shownAs: string): () => void {
  const file = join(outDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o644 });
      return () => {
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && owner.host === mine.host && owner.pid !== process.pid && isAlive(owner.pid)) {
      throw new BadInputError(`--out ${shownAs}: another rehearsal (pid ${owner.pid}, started ${owner.since}) is writing there; wait for it or choose another --out`);
    }
    if (owner && owner.host !== mine.host) {
      throw new BadInputError(`--out ${shownAs}: a rehearsal on ${owner.host} (pid ${owner.pid}) holds ${LOCK_FILE}; remove that file if no run uses the folder`);
    }
    // Stale (its owner is gone) or unreadable: take it over.
    rmSync(file, { force: true });
  }
  throw new BadInputError(`--out ${shownAs}: could not take ${LOCK_FILE}: other runs keep taking it`);
}
