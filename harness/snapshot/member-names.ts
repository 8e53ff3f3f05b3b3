/**
 * Names of archive members: how dumps are numbered and ordered, and which names are acceptable at all.
 * A snapshot is a file a user hands us, so every member name is checked before it is used, as tar
 * extractors must: relative, normalised (no empty or "." segment), no "..", no backslash, no NUL, and
 * laid out as its kind requires (dumps/…, media/manifest.jsonl, media/files/…).
 */
import { BadInputError } from '../errors.ts';
import { MANIFEST_NAME, MEDIA_FILES_PREFIX, MEDIA_MANIFEST_NAME, type MemberKind } from './snapshot-format.ts';

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

/** Why `path` is not a safe relative archive path, or undefined when it is. */
export function archivePathProblem(path: string): string | undefined {
  return mediaPathProblem(path);
}

/** The name each member kind must have: its folder, and for dumps the SQL extensions. */
const KIND_LAYOUT: Readonly<Record<MemberKind, { readonly rule: (name: string) => boolean; readonly expected: string }>> = {
  'sql-dump': { rule: (name) => /^dumps\/[^/]+\.sql(?:\.gz)?$/.test(name), expected: 'dumps/NN-name.sql or dumps/NN-name.sql.gz' },
  'media-manifest': { rule: (name) => name === MEDIA_MANIFEST_NAME, expected: MEDIA_MANIFEST_NAME },
  'media-file': { rule: (name) => name.startsWith(MEDIA_FILES_PREFIX) && name.length > MEDIA_FILES_PREFIX.length, expected: `${MEDIA_FILES_PREFIX}<path>` },
};

/** Why a member listed with `kind` may not be called `name`, or undefined when it may. */
export function memberNameProblem(name: string, kind: MemberKind): string | undefined {
  const unsafe = archivePathProblem(name);
  if (unsafe) return unsafe;
  if (name === MANIFEST_NAME) return `${MANIFEST_NAME} is the manifest itself, not a member`;
  const layout = KIND_LAYOUT[kind];
  return layout.rule(name) ? undefined : `a ${kind} member must be named ${layout.expected}`;
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
