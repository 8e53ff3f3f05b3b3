/**
 * PostgreSQL through node-postgres (`pg`). Rows are streamed with a server-side cursor
 * (pg-query-stream, https://node-postgres.com/apis/cursor), values are read as described in
 * {@link POSTGRES_TYPES}, and NOTICE/WARNING messages the server sends while a statement runs
 * (https://www.postgresql.org/docs/current/plpgsql-errors-and-messages.html) are captured as
 * {@link ServerWarning}s with their SQLSTATE as code.
 *
 * A bulk script (a snapshot's dump) runs with a {@link PostgresBatcher}, which sends its INSERTs about
 * 1 MB per simple query on this same connection; other scripts run one statement per round trip.
 *
 * The URL may carry `?schema=name`: introspection then reads that schema instead of current_schema().
 */
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { NoticeMessage } from 'pg-protocol/dist/messages.js';
import type { Readable } from 'node:stream';
import { createLogger } from '../../log.ts';
import { POSTGRES_CAPABILITIES } from '../engine-capabilities.ts';
import type { Connection, CopyIn, ExecuteResult, Row, ScriptOptions, ScriptResult, ServerWarning } from '../engine.ts';
import { wrapDriverError } from '../sql-error.ts';
import { runScript, type ScriptTarget } from '../sql-script/run-script.ts';
import { cancelBackend } from './postgres-cancel.ts';
import { WarningLog } from '../warning-log.ts';
import type { BatchAnswer, BatchQuery } from './postgres-batch-query.ts';
import { PostgresBatcher } from './postgres-batcher.ts';
import { CopyFromStdin } from './postgres-copy-in.ts';
import { PostgresDialect } from './postgres-dialect.ts';
import { PostgresIntrospector } from './postgres-introspector.ts';
import { noticeWarning } from './postgres-notice.ts';
import { POSTGRES_TYPES } from './postgres-types.ts';

const log = createLogger('engine/postgres');

/** Commands whose row count is a number of changed rows (for SELECT it is the rows returned). */
const CHANGING_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY']);

/** Rows fetched per round trip while streaming. */
const STREAM_BATCH_SIZE = 500;

/** How long closing may wait for a cancelled statement to give up. */
const CLOSE_AFTER_CANCEL_MS = 2000;

export class PostgresConnection implements Connection {
  readonly kind = 'postgres' as const;
  readonly capabilities = POSTGRES_CAPABILITIES;
  readonly dialect = new PostgresDialect();
  readonly introspector: PostgresIntrospector;
  readonly #client: pg.Client;
  readonly #warnings = new WarningLog();
  /** Notices raised by the statement execute() is running, and that statement. */
  #collecting: ServerWarning[] | undefined;
  #current = '';
  /** The batch running, which takes the notices raised meanwhile to attribute them to its statements. */
  #batch: BatchQuery | undefined;
  /** The URL and backend process id, to cancel a running statement from a second connection. */
  readonly #url: string;
  readonly #backendPid: number;
  #cancelled = false;

  private constructor(client: pg.Client, schema: string | undefined, url: string, backendPid: number) {
    this.#client = client;
    this.#url = url;
    this.#backendPid = backendPid;
    this.introspector = new PostgresIntrospector(this, this.dialect, schema);
    client.on('notice', (notice) => this.#onNotice(notice));
    // Without a listener an 'error' event (server stopped while idle) would crash the process.
    client.on('error', (error) => log.debug(`connection error: ${error.message}`));
  }

  /** Connects; the caller (openConnection) turns a failure into an InfrastructureError. */
  static async open(url: string): Promise<PostgresConnection> {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    const client = new pg.Client({ connectionString: parsed.toString(), types: POSTGRES_TYPES });
    client.on('error', () => undefined);
    await client.connect();
    let backendPid: number;
    try {
      await client.query("SET TimeZone = 'UTC'");
      backendPid = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return new PostgresConnection(client, schema, parsed.toString(), backendPid);
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<ExecuteResult> {
    const raised: ServerWarning[] = [];
    this.#collecting = raised;
    this.#current = sql;
    try {
      const result = await this.#client.query({ text: sql, values: [...params], types: POSTGRES_TYPES });
      const changed = CHANGING_COMMANDS.has(result.command) ? (result.rowCount ?? 0) : 0;
      return { affectedRows: changed, warnings: raised };
    } catch (error) {
      throw this.#wrap(sql, error);
    } finally {
      this.#collecting = undefined;
    }
  }

  runScript(source: Readable | string, options?: ScriptOptions): Promise<ScriptResult> {
    return runScript(options?.bulk ? this.#bulkTarget() : this, source, options);
  }

  /** This connection, with a batcher for the INSERTs of a bulk script. */
  #bulkTarget(): ScriptTarget {
    const batcher = new PostgresBatcher({
      send: (query) => this.#send(query),
      transactionStatus: () => this.#client.getTransactionStatus(),
      execute: (sql) => this.execute(sql),
      wrap: (sql, error) => this.#wrap(sql, error),
      onWarnings: (warnings) => this.#warnings.add(warnings),
    });
    return {
      kind: this.kind,
      execute: (sql) => this.execute(sql),
      copyFromStdin: (sql) => this.copyFromStdin(sql),
      batcher,
    };
  }

  async #send(query: BatchQuery): Promise<BatchAnswer> {
    this.#batch = query;
    this.#current = query.text;
    try {
      void this.#client.query(query as unknown as pg.QueryConfig);
      return await query.answer();
    } finally {
      this.#batch = undefined;
    }
  }

  async copyFromStdin(sql: string): Promise<CopyIn> {
    this.#current = sql;
    const copy = new CopyFromStdin(sql);
    void this.#client.query(copy as unknown as pg.QueryConfig);
    const wrap = <T>(work: Promise<T>): Promise<T> => work.catch((error: unknown) => Promise.reject(this.#wrap(sql, error)));
    await wrap(copy.started());
    return {
      write: (data) => wrap(copy.write(data)),
      end: () => wrap(copy.end()),
      fail: (reason) => copy.fail(reason),
    };
  }

  async *stream(sql: string, params: readonly unknown[] = []): AsyncIterable<Row> {
    this.#current = sql;
    const rows = this.#client.query(new QueryStream(sql, [...params], { batchSize: STREAM_BATCH_SIZE, types: POSTGRES_TYPES }));
    try {
      // Breaking out of the loop destroys the stream, which closes the cursor on the server.
      for await (const row of rows) yield row as Row;
    } catch (error) {
      throw this.#wrap(sql, error);
    }
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.#current = sql;
    try {
      const result = await this.#client.query({ text: sql, values: [...params], types: POSTGRES_TYPES });
      return result.rows as Row[];
    } catch (error) {
      throw this.#wrap(sql, error);
    }
  }

  warnings(): readonly ServerWarning[] {
    return this.#warnings.list();
  }

  /** e.g. "15.10 (Debian 15.10-0+deb12u1)". */
  async serverVersion(): Promise<string> {
    const [row] = await this.query('SHOW server_version');
    return String(row?.server_version);
  }

  async close(): Promise<void> {
    if (this.#cancelled) return;
    await this.#client.end().catch((error: Error) => log.debug(`close: ${error.message}`));
  }

  async cancel(): Promise<void> {
    if (this.#cancelled) return;
    this.#cancelled = true;
    await cancelBackend(this.#url, this.#backendPid);
    // end() waits for the cancelled statement to report its error; bounded in case the server is gone.
    await Promise.race([
      this.#client.end().catch((error: Error) => log.debug(`close after cancel: ${error.message}`)),
      new Promise((resolve) => setTimeout(resolve, CLOSE_AFTER_CANCEL_MS).unref()),
    ]);
  }

  #onNotice(notice: NoticeMessage): void {
    if (this.#batch) {
      this.#batch.notice(notice);
      return;
    }
    const warning = noticeWarning(notice, this.#current);
    this.#warnings.add([warning]);
    this.#collecting?.push(warning);
  }

  /** SQLSTATE classes 08 (connection), 53 (resources) and 57P (shutdown) mean the server, not the SQL,
   * failed; so does any error that is not a server error at all (socket closed). */
  #wrap(sql: string, error: unknown): Error {
    const code = error instanceof pg.DatabaseError ? error.code : undefined;
    const lost = code === undefined || /^(08|53|57P)/.test(code);
    return wrapDriverError('postgres', sql, error, lost, code);
  }
}
