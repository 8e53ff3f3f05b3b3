/**
 * A temporary SQLite database for checks that need lookups over more data than memory should hold: a 1M
 * entry media catalogue against the paths referenced by the database, or all values of a column grouped
 * by a computed key. Rows are streamed in (batched in transactions), then compared with SQL joins, and the
 * file is deleted on {@link SqliteSpill.close}. It goes through the sqlite engine's scratch database, with
 * speed favoured over durability (the data is thrown away): no journal, no fsync.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchDatabase, type ScratchDatabase, type ScratchValue } from '../../engine/sqlite/sqlite-scratch-database.ts';
import { InfrastructureError, errorMessage } from '../../errors.ts';
import { createRunDirectory } from '../../run-directory/run-directory.ts';

/** Values the spill binds. */
export type SpillValue = ScratchValue;

/** Rows per transaction. */
const BATCH_ROWS = 5_000;
/** Rows per INSERT statement; a multiple of it divides {@link BATCH_ROWS}, so only a load's last batch
 * needs a statement of another size. */
const ROWS_PER_INSERT = 250;
/** SQLite's default limit on bound parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_PARAMETERS = 32_766;

export class SqliteSpill {
  readonly #db: ScratchDatabase;
  readonly #dir: string;

  private constructor(db: ScratchDatabase, dir: string) {
    this.#db = db;
    this.#dir = dir;
  }

  /**
   * Creates the database in a fresh run directory under the OS temp dir: private (0700) and with its
   * owner record, so that the sweep of a later run removes it if this process dies before {@link close}.
   */
  static open(label: string): SqliteSpill {
    let dir: string;
    try {
      dir = createRunDirectory(`spill-${label.replace(/[^\w-]/g, '_').slice(0, 60)}`);
    } catch (cause) {
      throw new InfrastructureError(
        `cannot create a temporary directory under ${tmpdir()} for check "${label}": ${errorMessage(cause)}. Free disk space or set TMPDIR to a writable directory`,
        { cause },
      );
    }
    try {
      return new SqliteSpill(openScratchDatabase(join(dir, 'spill.db'), { fast: true }), dir);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Runs DDL or any statement without results. */
  exec(sql: string): void {
    this.#db.exec(sql);
  }

  /**
   * Streams `rows` into `INSERT INTO table (columns) VALUES (…), (…), …`: one prepared multi-row
   * statement per {@link ROWS_PER_INSERT} rows, committing every few thousand rows, so a million rows cost
   * a few thousand statement runs rather than a million. `map` turns each source item into the values, or
   * null to skip it. Returns the number of rows offered.
   */
  async load<T>(
    table: string,
    columns: readonly string[],
    rows: AsyncIterable<T> | Iterable<T>,
    map: (item: T) => readonly SpillValue[] | null,
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<number> {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const rowsPerInsert = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)));
    const insertOf = (n: number) => this.#db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(n).fill(tuple).join(', ')}`);
    const fullInsert = insertOf(rowsPerInsert);
    const flush = this.#db.transaction((batch: (readonly SpillValue[])[]) => {
      let at = 0;
      for (; at + rowsPerInsert <= batch.length; at += rowsPerInsert) fullInsert.run(...batch.slice(at, at + rowsPerInsert).flat());
      // The rest of the batch (the last one of a load is usually short) in one statement of its own size.
      if (at < batch.length) insertOf(batch.length - at).run(...batch.slice(at).flat());
    });
    let batch: (readonly SpillValue[])[] = [];
    let count = 0;
    for await (const item of rows) {
      const values = map(item);
      if (values === null) continue;
      if (values.length !== columns.length) throw new Error(`spill ${table}: ${values.length} values for ${columns.length} columns`);
      batch.push(values);
      count++;
      if (batch.length >= BATCH_ROWS) {
        options.signal?.throwIfAborted();
        flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) flush(batch);
    return count;
  }

  /** All rows of a query whose result is small (counts, a page of examples). */
  all<R = Record<string, unknown>>(sql: string, ...params: SpillValue[]): R[] {
    return this.#db.prepare(sql).all<R>(...params);
  }

  /** The first row, e.g. of a COUNT query. */
  get<R = Record<string, unknown>>(sql: string, ...params: SpillValue[]): R | undefined {
    return this.#db.prepare(sql).get<R>(...params);
  }

  /** A single number from a `SELECT COUNT(*) AS n` style query. */
  count(sql: string, ...params: SpillValue[]): number {
    return Number(this.#db.prepare(sql).value(...params) ?? 0);
  }

  /** Closes the database and deletes its directory. Safe to call twice. */
  close(): void {
    this.#db.close();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
