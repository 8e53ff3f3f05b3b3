/**
 * {@link Snapshot} over a file that is not an archive: a plain .sql / .sql.gz / .sql.zst dump (one dump, no
 * manifest, engine unknown) or an engine's database file, e.g. SQLite (loaded by copying, see snapshot-load.ts).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { EngineDefinition, DatabaseFileFormat } from '../engine/engine-definition.ts';
import type { EngineKind } from '../engine/engine.ts';
import { BadInputError, errorMessage } from '../errors.ts';
import type { VerifyReport } from './archive-verify.ts';
import type { MediaManifestEntry } from './snapshot-format.ts';
import { zstdDecompress, zstdTest } from './zstd-stream.ts';
import { DATABASE_FILE_SNAPSHOT, type Snapshot, type SqlDump } from './snapshot.ts';

/** How a plain dump file is compressed. */
export const DUMP_COMPRESSIONS = ['none', 'gzip', 'zstd'] as const;
export type DumpCompression = (typeof DUMP_COMPRESSIONS)[number];

const EMPTY_REPORT: VerifyReport = { ok: true, members: [], extra: [], problems: [] };

export class SqlFileSnapshot implements Snapshot {
  readonly kind = 'sql' as const;
  readonly file: string;
  readonly sha256: string;
  readonly #compression: DumpCompression;
  readonly #gzip: boolean;

  constructor(file: string, sha256: string, compression: DumpCompression) {
    this.file = file;
    this.sha256 = sha256;
    this.#compression = compression;
    this.#gzip = compression === 'gzip';
  }

  /** A plain .sql has nothing to check; a .sql.gz / .sql.zst is decompressed once to check its checksums. */
  async verify(): Promise<VerifyReport> {
    if (this.#compression === 'zstd') {
      await zstdTest(this.file);
      return EMPTY_REPORT;
    }
    if (!this.#gzip) return EMPTY_REPORT;
    try {
      await pipeline(createReadStream(this.file), createGunzip(), new Writable({ write: (_c, _e, cb) => cb() }));
    } catch (cause) {
      throw this.#gzipError(cause);
    }
    return EMPTY_REPORT;
  }

  async *sqlDumps(): AsyncGenerator<SqlDump> {
    if (this.#compression === 'zstd') {
      const { stream, verified } = zstdDecompress(this.file);
      yield { name: basename(this.file), stream, verified };
      if (!stream.destroyed) stream.resume();
      await verified;
      return;
    }
    const source = createReadStream(this.file);
    if (!this.#gzip) {
      yield { name: basename(this.file), stream: source, verified: Promise.resolve() };
      return;
    }
    const gunzip = createGunzip();
    const gzipError = (cause: unknown): Error => this.#gzipError(cause);
    const verified = pipeline(source, gunzip).catch((cause: unknown) => {
      throw gzipError(cause);
    });
    verified.catch(() => undefined);
    async function* rethrowing(): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of gunzip) yield chunk as Buffer;
      } catch (cause) {
        throw gzipError(cause);
      }
    }
    const stream = Readable.from(rethrowing(), { objectMode: false });
    yield { name: basename(this.file), stream, verified };
    if (!stream.destroyed) stream.resume();
    await verified;
  }

  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined {
    return undefined;
  }

  async extractMedia(): Promise<number> {
    return 0;
  }

  #gzipError(cause: unknown): BadInputError {
    return new BadInputError(
      `snapshot ${basename(this.file)}: the gzip data is corrupt or truncated (${errorMessage(cause)}); copy the dump again`,
      { cause },
    );
  }
}

/** A database file of a file engine (SQLite): its engine recognised it by its first bytes. */
export class DatabaseFileSnapshot implements Snapshot {
  readonly kind = DATABASE_FILE_SNAPSHOT;
  readonly engine: EngineKind;
  readonly #engineName: string;
  readonly file: string;
  readonly sha256: string;
  readonly #format: DatabaseFileFormat;

  constructor(file: string, sha256: string, engine: EngineDefinition & { readonly databaseFile: DatabaseFileFormat }) {
    this.file = file;
    this.sha256 = sha256;
    this.engine = engine.kind;
    this.#engineName = engine.displayName;
    this.#format = engine.databaseFile;
  }

  /** Runs the engine's integrity check read-only (SQLite: PRAGMA integrity_check). */
  async verify(): Promise<VerifyReport> {
    const problems = this.#format.verify(this.file, `snapshot ${basename(this.file)}`);
    if (problems.length > 0) {
      throw new BadInputError(`snapshot ${basename(this.file)}: ${this.#engineName} integrity check failed: ${problems.slice(0, 3).join('; ')}`);
    }
    return EMPTY_REPORT;
  }

  // eslint-disable-next-line require-yield
  async *sqlDumps(): AsyncGenerator<SqlDump> {
    throw new BadInputError(
      `snapshot ${basename(this.file)} is a ${this.#engineName} database file, not a SQL dump; it can only be loaded into a ${this.#engineName} source`,
    );
  }

  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined {
    return undefined;
  }

  async extractMedia(): Promise<number> {
    return 0;
  }
}
