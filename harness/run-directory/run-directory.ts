/**
 * The private directory of one piece of a run's work on disk, and its owner record: a server started by
 * the process provider (data, socket, password files), a SQLite database file, a check's spill data. The
 * directory (mode 0700) appears under its final name only with owner.json
 * already inside (made under a hidden name, then renamed, which is atomic), so a sweep by a concurrent
 * run never sees a live run's directory without its owner. owner.json is replaced atomically too.
 * A run that ends normally removes its directories; sweep-run-directories.ts removes those of dead runs.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every run directory's name starts with this; the sweep looks at no other. */
export const RUN_DIR_PREFIX = 'rehearse-db-';
/** A directory being prepared (owner.json not yet in place); swept only when its owner is dead. */
export const PENDING_DIR_PREFIX = '.rehearse-db-pending-';
const OWNER_FILE = 'owner.json';

/** Who made a run directory, and how to stop the server started in it (if any). */
export interface OwnerRecord {
  /** The harness process that owns the directory. */
  readonly pid: number;
  readonly serverPid?: number;
  /** The server's graceful shutdown signal (PostgreSQL's fast shutdown is SIGINT). */
  readonly stopSignal?: NodeJS.Signals;
}

/** Creates `<tmp>/rehearse-db-<name>-<random>` (0700) holding the owner record of this process. */
export function createRunDirectory(name: string): string {
  const pending = mkdtempSync(join(tmpdir(), PENDING_DIR_PREFIX)); // mkdtemp creates it 0700
  writeOwner(pending, { pid: process.pid });
  const dir = join(tmpdir(), `${RUN_DIR_PREFIX}${name}-${randomBytes(4).toString('hex')}`);
  renameSync(pending, dir);
  return dir;
}

/** Replaces the owner record: written beside it, then renamed over it, so readers see old or new. */
export function writeOwner(dir: string, owner: OwnerRecord): void {
  const temporary = join(dir, `${OWNER_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(owner), { mode: 0o600 });
  renameSync(temporary, join(dir, OWNER_FILE));
}

/** The owner record of `dir`; undefined when there is none or it cannot be read (another user's run). */
export function readOwner(dir: string): OwnerRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as Partial<OwnerRecord>;
    return typeof parsed.pid === 'number' ? (parsed as OwnerRecord) : undefined;
  } catch {
    return undefined;
  }
}
