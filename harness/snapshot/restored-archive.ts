/**
 * Snapshots in an engine's own archive format (pg_dump -Fc file, -Fd directory, or such a file stored as a
 * member of a snapshot archive): each is converted into plain SQL by the engine's restore tool
 * ({@link ArchiveRestore}) and loaded as a plain dump. Verifying one converts it once to nowhere, since
 * only the tool can tell a whole archive from a truncated one; that happens before any database starts.
 */
import { basename } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ArchiveInput, ArchiveRestore } from '../engine/archive-restore.ts';
import type { EngineDefinition } from '../engine/engine-definition.ts';
import type { EngineKind } from '../engine/engine.ts';
import { BadInputError, InfrastructureError, RehearseError, errorMessage } from '../errors.ts';
import { ToolFailedError } from '../provider/tool-output.ts';
import type { VerifyReport } from './archive-verify.ts';
import type { MediaManifestEntry } from './snapshot-format.ts';
import type { Snapshot, SqlDump } from './snapshot.ts';

const EMPTY_REPORT: VerifyReport = { ok: true, members: [], extra: [], problems: [] };

/** An engine that has archive formats. */
export type ArchiveEngine = EngineDefinition & { readonly archiveRestore: ArchiveRestore };

/** A pg_dump -Fc file or -Fd directory given as the snapshot. */
export class RestoredArchiveSnapshot implements Snapshot {
  readonly kind = 'sql' as const;
  readonly file: string;
  readonly sha256: string;
  readonly engine: EngineKind;
  readonly #restore: ArchiveRestore;
  readonly #input: ArchiveInput;

  constructor(file: string, sha256: string, engine: ArchiveEngine, directory: boolean) {
    this.file = file;
    this.sha256 = sha256;
    this.engine = engine.kind;
    this.#restore = engine.archiveRestore;
    this.#input = { kind: directory ? 'directory' : 'file', path: file };
  }

  /** Converts the whole archive once, discarding the SQL: a truncated or damaged archive fails here. */
  async verify(): Promise<VerifyReport> {
    const output = this.#restore.toPlainSql(this.#input);
    try {
      await pipeline(output.stream, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
      await output.finished;
    } catch (cause) {
      throw archiveError(basename(this.file), this.#restore, cause);
    }
    return EMPTY_REPORT;
  }

  async *sqlDumps(): AsyncGenerator<SqlDump> {
    yield converted(basename(this.file), this.#restore, this.#input, Promise.resolve());
  }

  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined {
    return undefined;
  }

  async extractMedia(): Promise<number> {
    return 0;
  }
}

/**
 * `dump` as plain SQL: when its first bytes are the engine's archive magic (a -Fc file stored as a member
 * of a snapshot archive), converted by the restore tool; otherwise unchanged.
 */
export async function asPlainSql(dump: SqlDump, restore: ArchiveRestore | undefined): Promise<SqlDump> {
  if (!restore) return dump;
  const { head, rest } = await peek(dump.stream, restore.magic.length);
  const whole = Readable.from(prepended(head, rest), { objectMode: false });
  if (head.length < restore.magic.length || !head.subarray(0, restore.magic.length).equals(restore.magic)) {
    return { name: dump.name, stream: whole, verified: dump.verified };
  }
  return converted(dump.name, restore, { kind: 'stream', stream: whole }, dump.verified);
}

function converted(name: string, restore: ArchiveRestore, input: ArchiveInput, sourceVerified: Promise<void>): SqlDump {
  const output = restore.toPlainSql(input);
  const verified = Promise.all([sourceVerified, output.finished]).then(
    () => undefined,
    (cause: unknown) => {
      throw archiveError(name, restore, cause);
    },
  );
  verified.catch(() => undefined);
  async function* rethrowing(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of output.stream) yield chunk as Buffer;
    } catch (cause) {
      throw archiveError(name, restore, cause);
    }
  }
  return { name, stream: Readable.from(rethrowing(), { objectMode: false }), verified };
}

/** A failing tool means the archive is bad (bad input); a tool that cannot run at all is infrastructure. */
function archiveError(name: string, restore: ArchiveRestore, cause: unknown): Error {
  if (cause instanceof RehearseError) return cause;
  if (cause instanceof ToolFailedError) {
    return new BadInputError(
      `snapshot ${name}: ${restore.tool} cannot read this ${restore.formats} (${cause.message}); it is truncated or damaged, or written by a newer version than this ${restore.tool} reads`,
      { cause },
    );
  }
  return new InfrastructureError(`snapshot ${name}: ${restore.tool} could not be run (${errorMessage(cause)}); install it or make the engine's image available`, { cause });
}

async function peek(stream: Readable, length: number): Promise<{ head: Buffer; rest: AsyncIterator<Buffer | string> }> {
  const rest = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < length) {
    const next = await rest.next();
    if (next.done) break;
    head = Buffer.concat([head, typeof next.value === 'string' ? Buffer.from(next.value) : next.value]);
  }
  return { head, rest };
}

async function* prepended(head: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
  }
}
