/**
 * What `rehearse snapshot create` needs from a source engine besides the {@link Connection}: how to
 * read consistently without writing, the DDL of a table, how to select and insert its rows, and the
 * statements that must run around them. Each engine folder that can be dumped supplies one
 * (EngineDefinition.dumpSource); the dump loop in harness/snapshot/table-dump.ts knows no engine, and writes
 * values with the connection's `dialect.literal`.
 */
import type { Connection } from './engine.ts';

export interface DumpColumn {
  readonly name: string;
  /** The SELECT expression, aliased to `name` (e.g. a cast to text that keeps microseconds). */
  readonly select: string;
}

export interface DumpSource {
  /** Starts the consistent, read-only transaction every read of the dump runs in. */
  begin(): Promise<void>;
  /** Ends it (nothing was written, so nothing is kept). */
  end(): Promise<void>;
  /** Session settings at the start of every dump file, and their reset at its end. */
  readonly preamble: readonly string[];
  readonly postamble: readonly string[];
  /** The table's name as used in a SELECT on the source (schema-qualified where needed). */
  qualified(table: string): Promise<string>;
  /** Statements that create the table, run before its rows. */
  createTable(table: string): Promise<string[]>;
  /** The columns whose values are dumped (generated columns are left out). */
  columns(table: string): Promise<DumpColumn[]>;
  /** `INSERT INTO t (a, b) VALUES` for a batch of rows. */
  insertPrefix(table: string, columns: readonly DumpColumn[]): Promise<string>;
  /** Statements run after the table's rows, e.g. putting sequences back where they were. */
  afterRows(table: string): Promise<string[]>;
  /** Statements of a final dump run after all tables (PostgreSQL constraints and indexes), maybe none. */
  constraints(tables: readonly string[]): Promise<string[]>;
}

/** Builds the dump source of an engine for an open connection to it. */
export type DumpSourceFactory = (connection: Connection) => DumpSource;
