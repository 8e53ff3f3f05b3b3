/**
 * MariaDB and MySQL through mysql2 (same code; {@link kind} follows the URL scheme).
 *
 * Warnings matter here more than anywhere: in non-strict sql_mode MariaDB silently truncates a too-long
 * string and only says so in a warning (1265 "Data truncated for column"). After every statement whose
 * result header counts warnings, SHOW WARNINGS (https://mariadb.com/kb/en/show-warnings/) is run and
 * each one captured as a {@link ServerWarning} with its numeric code.
 *
 * A bulk script (a snapshot's dump) runs on a load session of its own, opened with multi-statement
 * support, which sends INSERTs several per round trip ({@link MariaDbBatcher}); every other connection
 * keeps multi-statements off, so that one call can never run two statements.
 */
import mysql from 'mysql2';
import type { ConnectionOptions, ResultSetHeader } from 'mysql2';
import type { Connection as PromiseConnection } from 'mysql2/promise';
import type { Readable } from 'node:stream';
import { InfrastructureError, errorMessage } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { parseDatabaseUrl } from '../connection-url.ts';
import { MARIADB_CAPABILITIES } from '../engine-capabilities.ts';
import type { Connection, ExecuteResult, Row, ScriptOptions, ScriptResult, ServerWarning } from '../engine.ts';
import { wrapDriverError } from '../sql-error.ts';
import { runScript } from '../sql-script/run-script.ts';
import { killRunningQuery } from './mariadb-cancel.ts';
import { WarningLog } from '../warning-log.ts';
import { MariaDbBatcher } from './mariadb-batcher.ts';
import { MariaDbDialect } from './mariadb-dialect.ts';
import { MariaDbIntrospector } from './mariadb-introspector.ts';
import { mariaDbOptions } from './mariadb-options.ts';
import { listedWarnings, type WarningRow } from './mariadb-warnings.ts';

const log = createLogger('engine/mariadb');

/** Rows buffered while streaming before the socket is paused (backpressure). */
const STREAM_HIGH_WATER_MARK = 500;

export class MariaDbConnection implements Connection {
  readonly kind: 'mariadb' | 'mysql';
  readonly capabilities = MARIADB_CAPABILITIES;
  readonly dialect = new MariaDbDialect();
  readonly introspector: MariaDbIntrospector;
  /** The callback connection, for row streams; {@link #connection} is its promise wrapper. */
  readonly #core: mysql.Connection;
  readonly #connection: PromiseConnection;
  readonly #warnings = new WarningLog();
  /** How to open a second connection to the same server, to kill a running statement. */
  readonly #options: ConnectionOptions;
  #cancelled = false;
  /** Set on a load session: runs its INSERTs several per round trip. */
  batcher?: MariaDbBatcher;
  /** The load session running a bulk script, to be cancelled with this connection. */
  #loadSession: MariaDbConnection | undefined;

  private constructor(kind: 'mariadb' | 'mysql', core: mysql.Connection, options: ConnectionOptions) {
    this.kind = kind;
    this.#core = core;
    this.#options = options;
    this.#connection = core.promise();
    this.introspector = new MariaDbIntrospector(this, this.dialect);
  }

  /** Connects; the caller (openConnection) turns a failure into an InfrastructureError. */
  static async open(url: string): Promise<MariaDbConnection> {
    const parsed = parseDatabaseUrl(url);
    return MariaDbConnection.#connect(parsed.engine === 'mysql' ? 'mysql' : 'mariadb', mariaDbOptions(parsed));
  }

  static async #connect(kind: 'mariadb' | 'mysql', options: ConnectionOptions): Promise<MariaDbConnection> {
    const core = mysql.createConnection(options);
    // Without a listener an 'error' event (server stopped while idle) would crash the process.
    core.on('error', (error: Error) => log.debug(`connection error: ${error.message}`));
    try {
      await core.promise().connect();
      // TIMESTAMP columns are converted to the session time zone: UTC, as mysql2's `timezone: 'Z'` assumes.
      await core.promise().query("SET time_zone = '+00:00'");
    } catch (error) {
      core.destroy();
      throw error;
    }
    return new MariaDbConnection(kind, core, options);
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<ExecuteResult> {
    const [result] = await this.#run(sql, () => this.#connection.query(sql, values(params)));
    if (Array.isArray(result)) return { affectedRows: 0, warnings: [] };
    const header = result as ResultSetHeader;
    const warnings = header.warningStatus > 0 ? await this.#showWarnings(sql, header.warningStatus) : [];
    return { affectedRows: header.affectedRows, warnings };
  }

  async runScript(source: Readable | string, options?: ScriptOptions): Promise<ScriptResult> {
    if (!options?.bulk || this.batcher) return runScript(this, source, options);
    const session = await this.#openLoadSession();
    this.#loadSession = session;
    try {
      return await session.runScript(source, options);
    } finally {
      this.#loadSession = undefined;
      this.#warnings.add(session.warnings());
      await session.close();
    }
  }

  /**
   * A second session as the same user on the same database, with multi-statement support for batches.
   * It never formats placeholders (a load passes no values), so a statement is not scanned for `?`.
   */
  async #openLoadSession(): Promise<MariaDbConnection> {
    const options: ConnectionOptions = { ...this.#options, multipleStatements: true, queryFormat: (sql: string) => sql };
    let session: MariaDbConnection;
    try {
      session = await MariaDbConnection.#connect(this.kind, options);
    } catch (error) {
      throw new InfrastructureError(`could not open a load session on ${this.kind}: ${errorMessage(error)}`, { cause: error });
    }
    try {
      const [row] = await session.query('SELECT @@max_allowed_packet AS max');
      const context = { kind: this.kind, core: session.#core, wrap: (sql: string, error: unknown) => session.#wrap(sql, error), onWarnings: (w: readonly ServerWarning[]) => session.#warnings.add(w) };
      session.batcher = new MariaDbBatcher(context, Number(row?.max));
      return session;
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  /** Streams with mysql2's row stream: the socket is paused while the consumer is busy, and leaving
   * the loop early discards the rest of the result (mysql2 resumes and drains it). */
  async *stream(sql: string, params: readonly unknown[] = []): AsyncIterable<Row> {
    const rows = this.#core.query(sql, values(params)).stream({ highWaterMark: STREAM_HIGH_WATER_MARK });
    try {
      for await (const row of rows) yield row as Row;
    } catch (error) {
      throw this.#wrap(sql, error);
    }
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const [rows] = await this.#run(sql, () => this.#connection.query(sql, values(params)));
    return Array.isArray(rows) ? (rows as Row[]) : [];
  }

  warnings(): readonly ServerWarning[] {
    return this.#warnings.list();
  }

  /** e.g. "10.11.6-MariaDB-0+deb12u1". */
  async serverVersion(): Promise<string> {
    const [row] = await this.query('SELECT VERSION() AS version');
    return String(row?.version);
  }

  async close(): Promise<void> {
    if (this.#cancelled) return;
    try {
      await this.#connection.end();
    } catch (error) {
      log.debug(`close: ${(error as Error).message}`);
      this.#connection.destroy();
    }
  }

  async cancel(): Promise<void> {
    if (this.#cancelled) return;
    this.#cancelled = true;
    await this.#loadSession?.cancel();
    await killRunningQuery(this.#options, this.#core.threadId);
    this.#core.destroy();
  }

  async #showWarnings(sql: string, count: number): Promise<ServerWarning[]> {
    const [rows] = await this.#run('SHOW WARNINGS', () => this.#connection.query('SHOW WARNINGS'));
    const warnings = listedWarnings(this.kind, sql, count, rows as WarningRow[]);
    this.#warnings.add(warnings);
    return warnings;
  }

  async #run<T>(sql: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw this.#wrap(sql, error);
    }
  }

  /** mysql2 marks errors that broke the connection `fatal`; server errors carry an errno and SQLSTATE. */
  #wrap(sql: string, error: unknown): Error {
    const { fatal, errno, sqlState } = error as { fatal?: boolean; errno?: number; sqlState?: string };
    const lost = fatal === true || sqlState === undefined;
    return wrapDriverError(this.kind, sql, error, lost, errno === undefined ? undefined : String(errno));
  }
}

/** mysql2 substitutes `?` only when values are given: without them a `?` in a dump's string stays as is. */
function values(params: readonly unknown[]): unknown[] | undefined {
  return params.length > 0 ? [...params] : undefined;
}
