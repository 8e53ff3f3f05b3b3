/**
 * Verification of a whole snapshot archive in one sequential pass: every member's sha256 and size
 * against the manifest, plus members that are missing or not listed. Returns a per-member report
 * (for `rehearse snapshot inspect`); {@link problemsToError} turns it into the error `verify()` throws.
 */
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BadInputError } from '../errors.ts';
import { HashingStream } from './hashing-stream.ts';
import { memberMismatchError } from './archive-member.ts';
import { MANIFEST_NAME, type SnapshotManifest, type SnapshotMember } from './snapshot-format.ts';
import { tarEntries, tarError } from './tar-entries.ts';

export const MEMBER_STATUSES = ['ok', 'bad', 'missing'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface MemberCheck {
  readonly member: SnapshotMember;
  readonly status: MemberStatus;
  /** What was found in the archive, when the member was present. */
  readonly actual?: { readonly sha256: string; readonly size: number };
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly members: readonly MemberCheck[];
  /** Archive members the manifest does not list. */
  readonly extra: readonly string[];
  /** One sentence per problem, each naming the snapshot and the member. */
  readonly problems: readonly string[];
}

export interface VerifyProgress {
  readonly member: string;
  readonly bytes: number;
  readonly totalBytes: number;
}

const PROGRESS_EVERY = 8 * 1024 * 1024;

export async function checkArchive(
  file: string,
  manifest: SnapshotManifest,
  onProgress?: (progress: VerifyProgress) => void,
): Promise<VerifyReport> {
  const where = `snapshot ${basename(file)}`;
  const expected = new Map(manifest.members.map((m) => [m.name, m]));
  const found = new Map<string, { sha256: string; size: number }>();
  const extra: string[] = [];
  const problems: string[] = [];
  const totalBytes = manifest.members.reduce((sum, m) => sum + m.size, 0);
  let bytes = 0;
  let position = 0;
  try {
    for await (const entry of tarEntries(file)) {
      // The manifest is the first member (openSnapshot checked); a second manifest.json is an extra.
      if (position++ === 0 && entry.name === MANIFEST_NAME) continue;
      const member = expected.get(entry.name);
      if (!member || found.has(entry.name)) {
        extra.push(entry.name);
        problems.push(`${where}: member ${entry.name} is not listed in the manifest (or appears twice); the archive was modified`);
        continue;
      }
      const hashing = new HashingStream();
      let lastReport = bytes;
      hashing.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (onProgress && bytes - lastReport >= PROGRESS_EVERY) {
          lastReport = bytes;
          onProgress({ member: entry.name, bytes, totalBytes });
        }
      });
      await pipeline(entry.stream, hashing);
      const actual = { sha256: hashing.sha256, size: hashing.size };
      found.set(entry.name, actual);
      if (actual.sha256 !== member.sha256 || actual.size !== member.size) {
        problems.push(memberMismatchError(file, member, actual).message);
      }
      onProgress?.({ member: entry.name, bytes, totalBytes });
    }
  } catch (error) {
    problems.push(tarError(file, error).message);
  }
  const members = manifest.members.map((member): MemberCheck => {
    const actual = found.get(member.name);
    if (!actual) {
      problems.push(`${where}: member ${member.name} is listed in the manifest but missing from the archive; the file is truncated or incomplete`);
      return { member, status: 'missing' };
    }
    const ok = actual.sha256 === member.sha256 && actual.size === member.size;
    return { member, status: ok ? 'ok' : 'bad', actual };
  });
  return { ok: problems.length === 0, members, extra, problems };
}

/** The BadInputError `verify()` throws for a failed report: the first problem, and how many more. */
export function problemsToError(report: VerifyReport): BadInputError | undefined {
  const [first, ...rest] = report.problems;
  if (first === undefined) return undefined;
  return new BadInputError(rest.length ? `${first} (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : first);
}
