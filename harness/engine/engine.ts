/**
 * The small interface every database engine implements. Everything outside harness/engine/ talks to a
 * database only through {@link Connection} and {@link Introspector}, and branches on
 * {@link EngineCapabilities} flags rather than on engine names.
 */
import type { Readable } from 'node:stream';
import type { CanonicalText } from './canonical-text.ts';
import type { EngineCapabilities } from './engine-capabilities.ts';

export const ENGINE_KINDS = ['mariadb', 'mysql', 'postgres', 'sqlite'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** A value as read from a row. Drivers are configured so that these are the only shapes that occur:
 * big integers and decimals arrive as strings (no precision lost), dates as Date, binary as Buffer. */
export type SqlValue = string | number | bigint | boolean | null | Date | Buffer;
export type Row = Record<string, SqlValue>;

/** A server warning or notice, e.g. MariaDB's 1265 "Data truncated for column 'x' at row 3". */
export interface ServerWarning {
  readonly engine: EngineKind;
  /** Engine code: MariaDB's numeric code (1265), PostgreSQL's SQLSTATE, or 'notice'. */
  readonly code: string;
  readonly level: 'note' | 'warning' | 'error';
  readonly message: string;
  /** The first 200 characters of the statement that raised it. */
  readonly statement?: string;
}

export interface ExecuteResult {
  /** Rows changed by INSERT/UPDATE/DELETE, 0 for DDL. */
  readonly affectedRows: number;
  readonly warnings: readonly ServerWarning[];
}

export interface ScriptProgress {
  readonly statements: number;
  readonly bytes: number;
  /** Rows inserted so far, as reported by the server. */
  readonly rows: number;
}

export interface ScriptOptions {
  /** Called after each statement, at most a few times a second is the caller's business. */
  readonly onProgress?: (progress: ScriptProgress) => void;
  /** Rewrite or drop a statement before it runs (return null to skip it); `at` says where it starts. */
  readonly transform?: (statement: string, at: StatementPosition) => string | null;
  readonly signal?: AbortSignal;
  /** Every statement must end with its delimiter: a dump's unterminated last statement is a cut file
   * (an error naming its byte offset), not a statement to run. */
  readonly requireTerminator?: boolean;
  /**
   * The script is a dump loaded in bulk: its data statements may be sent several per round trip, and
   * the engine may run the whole script on a session of its own (same user and database), whose session
   * settings then end with the script. A failing statement is still named, and those after it do not run.
   */
  readonly bulk?: boolean;
}

/** Where a statement starts in its script. */
export interface StatementPosition {
  /** UTF-8 byte offset, 0-based. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
}

/** One COPY FROM STDIN in progress on a connection: the rows follow the statement as text lines. */
export interface CopyIn {
  /** Sends rows in COPY text format (complete lines); waits while the connection is busy sending. */
  write(data: string): Promise<void>;
  /** Ends the data; resolves with the number of rows the server copied. */
  end(): Promise<number>;
  /** Abandons the copy (the server rolls the statement back) and waits until the connection is free. */
  fail(reason: string): Promise<void>;
}

export interface ScriptResult extends ScriptProgress {
  readonly warnings: readonly ServerWarning[];
}

export interface Connection {
  readonly kind: EngineKind;
  readonly capabilities: EngineCapabilities;
  /** Runs one statement. Server warnings it raised are returned and also kept in {@link warnings}. */
  execute(sql: string, params?: readonly unknown[]): Promise<ExecuteResult>;
  /** Runs a whole SQL script statement by statement, reading the source as a stream: a 1 GB dump is
   * never held in memory. Stops at the first failing statement with an error naming its position. */
  runScript(source: Readable | string, options?: ScriptOptions): Promise<ScriptResult>;
  /** Starts `COPY … FROM STDIN` (PostgreSQL dumps); absent on engines without it. */
  copyFromStdin?(sql: string): Promise<CopyIn>;
  /** Streams the rows of a query without buffering the result set. */
  stream(sql: string, params?: readonly unknown[]): AsyncIterable<Row>;
  /** Runs a query whose result is known to be small and returns its rows. */
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  readonly introspector: Introspector;
  readonly dialect: Dialect;
  /** Every server warning captured on this connection since it opened. */
  warnings(): readonly ServerWarning[];
  /** The server version string, e.g. "10.11.6-MariaDB-0+deb12u1". */
  serverVersion(): Promise<string>;
  close(): Promise<void>;
  /**
   * Stops whatever this connection is running, on the server too (MariaDB `KILL QUERY` and
   * PostgreSQL `pg_cancel_backend` from a second connection), then closes it; a pending call rejects.
   * Used when a time limit or Ctrl-C ends the work. Never throws; the connection is unusable after.
   */
  cancel(): Promise<void>;
}

export interface TableInfo {
  readonly name: string;
  /** MariaDB/MySQL storage engine (MyISAM, InnoDB), undefined elsewhere. */
  readonly storageEngine?: string;
}

export interface ColumnInfo {
  readonly name: string;
  /** The engine's own type as declared, lower case: "varchar(255)", "bigint", "integer". */
  readonly type: string;
  readonly nullable: boolean;
  readonly maxLength?: number;
}

export interface ForeignKeyInfo {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
}

export interface Introspector {
  listTables(): Promise<TableInfo[]>;
  listColumns(table: string): Promise<ColumnInfo[]>;
  primaryKey(table: string): Promise<string[]>;
  foreignKeys(): Promise<ForeignKeyInfo[]>;
  countRows(table: string): Promise<number>;
}

/** The SQL pieces that differ between engines; code outside harness/engine/ writes SQL only with these. */
export interface Dialect {
  quoteIdentifier(name: string): string;
  /** Placeholder for the n-th (1-based) parameter: `?` or `$1`. */
  placeholder(index: number): string;
  /**
   * The SQL literal of a value as read from a row (dumps, generated INSERTs): strings escaped by this
   * engine's rules, binary as a hex literal, dates as UTC text. `where` names the value in the error
   * thrown (BadInputError) when the engine has no literal for it, e.g. a NUL byte in PostgreSQL text.
   */
  literal(value: SqlValue, where?: () => string): string;
  /**
   * True for a dump statement that would leave the database it is loaded into (CREATE/DROP DATABASE,
   * USE, psql's \connect): a snapshot load skips these so it stays inside the throwaway database.
   */
  leavesDatabase(statement: string): boolean;
  /** SQL for the canonical text of values and its checksum, for the every-table content check. */
  readonly canonical: CanonicalText;
}
