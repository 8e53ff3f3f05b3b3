/**
 * Finds database server binaries installed on this machine (Debian/Ubuntu packages and PATH), for the
 * process provider on VMs without a container engine.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BadInputError } from '../../errors.ts';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBinary(names: readonly string[], extraDirs: readonly string[], hint: string): string {
  const dirs = [...extraDirs, ...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (dir && executable(candidate)) return candidate;
    }
  }
  throw new BadInputError(`none of ${names.join(', ')} was found on this machine (searched PATH and ${extraDirs.join(', ') || '/usr/sbin'}). ${hint}`);
}

/** Debian installs PostgreSQL under /usr/lib/postgresql/<major>/bin, outside PATH; the newest wins. */
export function postgresBinDirs(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => `/usr/lib/postgresql/${v}/bin`);
  } catch {
    return [];
  }
}
