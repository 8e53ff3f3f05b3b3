/**
 * SQLite through better-sqlite3. The driver is synchronous; this class wraps it in the async
 * {@link Connection} interface and, while streaming, yields to the event loop every
 * {@link YIELD_EVERY_ROWS} rows so that progress callbacks, timers and abort signals keep working.
 *
 * Integers are read with `safeIntegers` (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/integer.md)
 * so that no 64-bit value is rounded: they become numbers when they fit Number.MAX_SAFE_INTEGER, strings
 * otherwise. SQLite raises no warnings, so {@link warnings} stays empty.
 * Note: better-sqlite3 builds SQLite with foreign key enforcement on (`PRAGMA foreign_keys` is 1).
 */
import Database from 'better-sqlite3';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { InfrastructureError, errorMessage } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { SQLITE_CAPABILITIES } from '../engine-capabilities.ts';
import type { Connection, ExecuteResult, Row, ScriptOptions, ScriptResult, ServerWarning, SqlValue } from '../engine.ts';
import { wrapDriverError } from '../sql-error.ts';
import { runScript } from '../sql-script/run-script.ts';
import { registerCanonicalFunctions } from './sqlite-canonical-functions.ts';
import { SqliteDialect } from './sqlite-dialect.ts';
import { SqliteIntrospector } from './sqlite-introspector.ts';

/** Rows read between two pauses that let the event loop run. */
export const YIELD_EVERY_ROWS = 1000;

const log = createLogger('engine/sqlite');

export class SqliteConnection implements Connection {
  readonly kind = 'sqlite' as const;
  readonly capabilities = SQLITE_CAPABILITIES;
  readonly dialect = new SqliteDialect();
  readonly introspector: SqliteIntrospector;
  readonly #db: Database.Database;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.introspector = new SqliteIntrospector(this, this.dialect);
  }

  /** Opens (and creates if missing) the database file. */
  static async open(file: string): Promise<SqliteConnection> {
    try {
      const db = new Database(file);
      db.defaultSafeIntegers(true);
      registerCanonicalFunctions(db);
      log.debug(`opened ${file}`);
      return new SqliteConnection(db);
    } catch (cause) {
      const message = `cannot open SQLite database "${file}": ${errorMessage(cause)}. Check that the directory exists and is writable.`;
      throw new InfrastructureError(message, { cause });
    }
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<ExecuteResult> {
    return this.#run(sql, () => {
      const statement = this.#db.prepare(sql);
      if (statement.reader) {
        for (const _row of statement.iterate(...toParams(params))) {
          // Read and dropped: execute() returns no rows.
        }
        return { affectedRows: 0, warnings: [] };
      }
      return { affectedRows: statement.run(...toParams(params)).changes, warnings: [] };
    });
  }

  runScript(source: Readable | string, options?: ScriptOptions): Promise<ScriptResult> {
    return runScript(this, source, options);
  }

  async *stream(sql: string, params: readonly unknown[] = []): AsyncIterable<Row> {
    const rows = this.#run(sql, () => this.#reader(sql).iterate(...toParams(params)) as IterableIterator<Record<string, unknown>>);
    let n = 0;
    try {
      // for…of closes the iterator (and so the SQLite statement) when the consumer stops early.
      for (const row of rows) {
        yield toRow(row);
        if (++n % YIELD_EVERY_ROWS === 0) await yieldToEventLoop();
      }
    } catch (error) {
      throw wrapDriverError('sqlite', sql, error, false);
    }
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.#run(sql, () => (this.#reader(sql).all(...toParams(params)) as Record<string, unknown>[]).map(toRow));
  }

  warnings(): readonly ServerWarning[] {
    return [];
  }

  async serverVersion(): Promise<string> {
    const [row] = await this.query('SELECT sqlite_version() AS version');
    return String(row?.version);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  /**
   * better-sqlite3 runs a statement synchronously on this thread: while one runs, nothing else (no
   * timer, no signal) can, so there is never a statement to interrupt from here. Cancelling closes
   * the file, which ends a row stream paused between two batches.
   */
  async cancel(): Promise<void> {
    try {
      if (this.#db.open) this.#db.close();
    } catch (error) {
      log.debug(`cancel: ${(error as Error).message}`);
    }
  }

  #reader(sql: string): Database.Statement {
    const statement = this.#db.prepare(sql);
    if (!statement.reader) throw new TypeError('this statement returns no rows; run it with execute()');
    return statement;
  }

  #run<T>(sql: string, action: () => T): T {
    try {
      return action();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const lost = typeof code === 'string' && /^SQLITE_(IOERR|FULL|CORRUPT|CANTOPEN|NOTADB)/.test(code);
      throw wrapDriverError('sqlite', sql, error, lost, typeof code === 'string' ? code : undefined);
    }
  }
}

/** better-sqlite3 binds numbers, bigints, strings, Buffers and null; dates and booleans are converted. */
function toParams(params: readonly unknown[]): unknown[] {
  return params.map((value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value === undefined ? null : value;
  });
}

function toRow(raw: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(raw)) {
    row[key] = typeof value === 'bigint' ? bigintValue(value) : (value as SqlValue);
  }
  return row;
}

function bigintValue(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}
