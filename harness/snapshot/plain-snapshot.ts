/**
 * {@link Snapshot} over a file that is not an archive: a plain .sql / .sql.gz dump (one dump, no
 * manifest, engine unknown) or a SQLite database file (loaded by copying, see snapshot-load.ts).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import Database from 'better-sqlite3';
import { BadInputError, errorMessage } from '../errors.ts';
import type { VerifyReport } from './archive-verify.ts';
import type { MediaManifestEntry } from './snapshot-format.ts';
import type { Snapshot, SqlDump } from './snapshot.ts';

const EMPTY_REPORT: VerifyReport = { ok: true, members: [], extra: [], problems: [] };

export class SqlFileSnapshot implements Snapshot {
  readonly kind = 'sql' as const;
  readonly file: string;
  readonly sha256: string;
  readonly #gzip: boolean;

  constructor(file: string, sha256: string, gzip: boolean) {
    this.file = file;
    this.sha256 = sha256;
    this.#gzip = gzip;
  }

  /** A plain .sql has nothing to check; a .sql.gz is decompressed once to check its gzip CRC. */
  async verify(): Promise<VerifyReport> {
    if (!this.#gzip) return EMPTY_REPORT;
    try {
      await pipeline(createReadStream(this.file), createGunzip(), new Writable({ write: (_c, _e, cb) => cb() }));
    } catch (cause) {
      throw this.#gzipError(cause);
    }
    return EMPTY_REPORT;
  }

  async *sqlDumps(): AsyncGenerator<SqlDump> {
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

export class SqliteFileSnapshot implements Snapshot {
  readonly kind = 'sqlite' as const;
  readonly engine = 'sqlite' as const;
  readonly file: string;
  readonly sha256: string;

  constructor(file: string, sha256: string) {
    this.file = file;
    this.sha256 = sha256;
  }

  /** Runs PRAGMA integrity_check read-only (https://www.sqlite.org/pragma.html#pragma_integrity_check). */
  async verify(): Promise<VerifyReport> {
    let problems: string[];
    try {
      const db = new Database(this.file, { readonly: true, fileMustExist: true });
      try {
        const rows = db.pragma('integrity_check') as { integrity_check: string }[];
        problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
      } finally {
        db.close();
      }
    } catch (cause) {
      throw new BadInputError(`snapshot ${basename(this.file)}: SQLite cannot read it (${errorMessage(cause)}); the file is corrupt`, { cause });
    }
    if (problems.length > 0) {
      throw new BadInputError(`snapshot ${basename(this.file)}: SQLite integrity check failed: ${problems.slice(0, 3).join('; ')}`);
    }
    return EMPTY_REPORT;
  }

  // eslint-disable-next-line require-yield
  async *sqlDumps(): AsyncGenerator<SqlDump> {
    throw new BadInputError(
      `snapshot ${basename(this.file)} is a SQLite database file, not a SQL dump; it can only be loaded into a SQLite source`,
    );
  }

  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined {
    return undefined;
  }

  async extractMedia(): Promise<number> {
    return 0;
  }
}
