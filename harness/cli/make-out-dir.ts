/**
 * Creates the report folder, turning the file system's refusals (a file in the way, a name too long, no
 * permission) into one line naming `--out`, before anything starts.
 */
import { mkdirSync } from 'node:fs';
import { BadInputError } from '../errors.ts';

const REASONS: Readonly<Record<string, string>> = {
  EEXIST: 'a file of that name is in the way (expected a folder)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long for the file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Creates `dir` (and its parents) and returns it; `shownAs` is how the user wrote it. */
export function makeOutDir(dir: string, shownAs: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new BadInputError(`--out ${shownAs}: cannot be used as the report folder: ${REASONS[code] ?? code}`);
  }
}
