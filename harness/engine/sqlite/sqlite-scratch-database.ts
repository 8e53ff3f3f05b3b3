/**
 * A small synchronous SQLite database for the harness's own bookkeeping and for domain code: the spill
 * store of checks that join more rows than memory should hold, a media catalogue, a read-only look into a
 * SQLite snapshot file. It is the only door to better-sqlite3 outside the sqlite connection, so no other
 * folder imports the driver.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { InfrastructureError, errorMessage } from '../../errors.ts';

/** The driver, required on first use: the public API exports this module, and `rehearse list` and most
 * scenario files never open a scratch database. */
let driver: typeof Database | undefined;
function betterSqlite(): typeof Database {
  driver ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  return driver;
}

/** Values a scratch database binds and returns. */
export type ScratchValue = string | number | bigint | Buffer | null;

export interface ScratchDatabaseOptions {
  /** Open an existing file without writing to it. */
  readonly readonly?: boolean;
  /** Throw when the file does not exist instead of creating it. */
  readonly fileMustExist?: boolean;
  /** No journal and no fsync: for data that is thrown away (https://www.sqlite.org/pragma.html#pragma_journal_mode). */
  readonly fast?: boolean;
}

/** One prepared statement; prepare once, run many times. */
export interface ScratchStatement {
  /** Runs it and returns how many rows changed. */
  run(...params: readonly ScratchValue[]): number;
  all<R = Record<string, ScratchValue>>(...params: readonly ScratchValue[]): R[];
  get<R = Record<string, ScratchValue>>(...params: readonly ScratchValue[]): R | undefined;
  /** Rows one by one, without reading the whole result. */
  iterate<R = Record<string, ScratchValue>>(...params: readonly ScratchValue[]): IterableIterator<R>;
  /** The first column of the first row, e.g. of `SELECT COUNT(*)`. */
  value(...params: readonly ScratchValue[]): ScratchValue | undefined;
}

export interface ScratchDatabase {
  /** The file, or ':memory:'. */
  readonly path: string;
  /** Runs one or more statements without results (DDL, PRAGMA settings). */
  exec(sql: string): void;
  prepare(sql: string): ScratchStatement;
  /** Wraps `body` so that each call runs in one transaction (committed at return, rolled back on throw). */
  transaction<A extends unknown[]>(body: (...args: A) => void): (...args: A) => void;
  /** False once closed. */
  readonly isOpen: boolean;
  /** Closes the database; safe to call twice. The file stays: the caller owns it. */
  close(): void;
}

/**
 * Opens (or creates) a scratch SQLite database at `path`, in memory when `path` is omitted. A file that
 * cannot be opened is an InfrastructureError naming it.
 */
export function openScratchDatabase(path: string = ':memory:', options: ScratchDatabaseOptions = {}): ScratchDatabase {
  let db: Database.Database;
  try {
    db = new (betterSqlite())(path, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? false });
  } catch (cause) {
    throw new InfrastructureError(`cannot open SQLite database "${path}": ${errorMessage(cause)}`, { cause });
  }
  if (options.fast) {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('temp_store = FILE');
  }
  return new BetterSqliteScratch(db, path);
}

class BetterSqliteScratch implements ScratchDatabase {
  readonly #db: Database.Database;

  constructor(
    db: Database.Database,
    readonly path: string,
  ) {
    this.#db = db;
  }

  get isOpen(): boolean {
    return this.#db.open;
  }

  exec(sql: string): void {
    this.#db.exec(sql);
  }

  prepare(sql: string): ScratchStatement {
    const statement = this.#db.prepare(sql);
    let raw: Database.Statement | undefined;
    return {
      run: (...params) => statement.run(...params).changes,
      all: <R>(...params: readonly ScratchValue[]) => statement.all(...params) as R[],
      get: <R>(...params: readonly ScratchValue[]) => statement.get(...params) as R | undefined,
      iterate: <R>(...params: readonly ScratchValue[]) => statement.iterate(...params) as IterableIterator<R>,
      value: (...params) => {
        if (!statement.reader) throw new InfrastructureError(`scratch database: "${sql.slice(0, 60)}" returns no rows`);
        raw ??= this.#db.prepare(sql).raw(true);
        return (raw.get(...params) as ScratchValue[] | undefined)?.[0];
      },
    };
  }

  transaction<A extends unknown[]>(body: (...args: A) => void): (...args: A) => void {
    const wrapped = this.#db.transaction(body);
    return (...args: A) => wrapped(...args);
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
