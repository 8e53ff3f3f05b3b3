/**
 * Names of archive members: how dumps are numbered and ordered, and which media paths are safe to
 * write to disk. Media paths come from a file a user hands us, so they are validated before any
 * file is created (no absolute paths, no "..", no backslashes), as tar extractors must.
 */
import { BadInputError } from '../errors.ts';
import { MEDIA_FILES_PREFIX } from './snapshot-format.ts';

export const DUMP_PREFIX = 'dumps/';

/** dumps/NN-<name>.sql[.gz]; NN is 1-based and at least two digits. */
export function dumpMemberName(index: number, name: string, gzip: boolean): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/\.sql(\.gz)?$/i, '');
  return `${DUMP_PREFIX}${String(index).padStart(2, '0')}-${safe}.sql${gzip ? '.gz' : ''}`;
}

/**
 * Orders dump names the way they must be loaded: by their numeric prefix, then by name, so that
 * dumps/100-x sorts after dumps/99-y.
 */
export function compareDumpNames(a: string, b: string): number {
  const na = dumpNumber(a);
  const nb = dumpNumber(b);
  if (na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function dumpNumber(name: string): number {
  const match = /^dumps\/(\d+)/.exec(name);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * Checks a media path relative to the media root and returns it normalised (forward slashes).
 * Throws BadInputError for absolute paths, drive letters, backslashes, empty or ".." segments.
 */
export function checkMediaPath(path: string, where: string): string {
  const problem = mediaPathProblem(path);
  if (problem) {
    throw new BadInputError(
      `${where}: media path "${path}" is rejected: ${problem}. Media paths must be relative paths below the media root, e.g. "covers/1.jpg"`,
    );
  }
  return path;
}

function mediaPathProblem(path: string): string | undefined {
  if (path.length === 0) return 'it is empty';
  if (path.includes('\0')) return 'it contains a NUL byte';
  if (path.includes('\\')) return 'it contains a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute';
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return 'it contains ".."';
  if (segments.some((s) => s === '' || s === '.')) return 'it contains an empty or "." segment';
  return undefined;
}

/** The media path of a media/files/… member, validated. */
export function mediaPathOfMember(memberName: string, where: string): string {
  return checkMediaPath(memberName.slice(MEDIA_FILES_PREFIX.length), where);
}
