/**
 * Temporary folders of one test file, removed after its tests: setup-env.ts registers
 * {@link removeTempDirs} as an `afterAll` hook of every file, so a test never leaves folders behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new folder under the system temp folder, e.g. `makeTempDir('rehearse-e2e-')`. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
