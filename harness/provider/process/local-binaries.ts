/**
 * Finds database server binaries installed on this machine (Debian/Ubuntu packages and PATH), for the
 * process provider on VMs without a container engine. Engine-specific places to look are the engines'
 * (e.g. PostgreSQL's versioned directories in harness/engine/postgres/postgres-server.ts).
 */
import { accessSync, constants } from 'node:fs';
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
