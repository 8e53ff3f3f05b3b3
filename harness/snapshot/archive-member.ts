/**
 * Opening one member of a snapshot archive for reading: its bytes flow through a {@link HashingStream}
 * that checks them against the manifest while the caller consumes them, and gzip members are
 * decompressed. Every failure on the way becomes a BadInputError naming the snapshot and the member.
 */
import { basename } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BadInputError, RehearseError } from '../errors.ts';
import { HashingStream, shortHash } from './hashing-stream.ts';
import type { SnapshotMember } from './snapshot-format.ts';
import { tarError, type TarEntry } from './tar-entries.ts';

export interface OpenedMember {
  /** The member's content (decompressed when `gunzip` was asked and the member is gzip). */
  readonly stream: Readable;
  /** Settles once the whole member was read: rejects when its hash or size differs from the manifest. */
  readonly verified: Promise<void>;
}

export function openMember(file: string, entry: TarEntry, member: SnapshotMember, gunzip: boolean): OpenedMember {
  const hashing = new HashingStream({
    sha256: member.sha256,
    size: member.size,
    onMismatch: (actual) => memberMismatchError(file, member, actual),
  });
  let settle!: (error?: Error) => void;
  const verified = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  verified.catch(() => undefined);
  const decompress = gunzip && isGzipMember(member);
  const last = decompress ? createGunzip() : hashing;
  const done = (error: Error | null): void => settle(error ? memberError(file, member, error) : undefined);
  if (decompress) pipeline(entry.stream, hashing, last, done);
  else pipeline(entry.stream, hashing, done);
  async function* rethrowing(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of last) yield chunk as Buffer;
    } catch (error) {
      throw memberError(file, member, error);
    }
  }
  return { stream: Readable.from(rethrowing(), { objectMode: false }), verified };
}

export function isGzipMember(member: SnapshotMember): boolean {
  return member.gzip === true || member.name.endsWith('.gz');
}

/** "snapshot x.tar: member dumps/01-a.sql has sha256 ab12… but the manifest says cd34…; …" */
export function memberMismatchError(
  file: string,
  member: Pick<SnapshotMember, 'name' | 'sha256' | 'size'>,
  actual: { sha256: string; size: number },
): BadInputError {
  const what =
    actual.size !== member.size
      ? `is ${actual.size} bytes but the manifest says ${member.size}`
      : `has sha256 ${shortHash(actual.sha256)} but the manifest says ${shortHash(member.sha256)}`;
  return new BadInputError(
    `snapshot ${basename(file)}: member ${member.name} ${what}; the file is corrupt or was modified, copy it again or recreate the snapshot`,
  );
}

/** Wraps any error raised while reading a member so that it names the snapshot and the member. */
export function memberError(file: string, member: SnapshotMember, error: unknown): Error {
  if (error instanceof RehearseError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new Error(`snapshot ${basename(file)}: reading of member ${member.name} was abandoned before its end`, { cause: error });
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new BadInputError(
      `snapshot ${basename(file)}: member ${member.name} could not be decompressed (${(error as Error).message}); the file is corrupt or was modified`,
      { cause: error },
    );
  }
  const wrapped = tarError(file, error);
  return wrapped instanceof BadInputError
    ? new BadInputError(`${wrapped.message} (while reading member ${member.name})`, { cause: error })
    : wrapped;
}
