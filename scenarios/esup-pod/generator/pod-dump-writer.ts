/**
 * Turns row sources into a SQL dump, streamed: the schema DDL, then per table multi-row INSERTs of about
 * 200 rows in schema (FK) order, then what must follow the data (PostgreSQL FKs, indexes, sequence
 * positions). Rows are plain objects keyed by column name; every row is checked against the table's
 * columns so that a generator/schema mismatch fails at generation time, naming the table and column.
 *
 * Literals: MariaDB strings escape backslash and quote (https://mariadb.com/kb/en/string-literals/);
 * PostgreSQL strings double the quote only, with standard_conforming_strings on
 * (https://www.postgresql.org/docs/15/sql-syntax-lexical.html#SQL-SYNTAX-STRINGS).
 */
import type { ColumnSpec, PodEngine, PodSchema, TableSpec } from './schema/pod-schema-model.ts';
import { quoteIdentifier, renderSchema, type RenderOptions } from './schema/render-ddl.ts';

export type PodValue = string | number | boolean | null;
export type PodRow = Readonly<Record<string, PodValue>>;
/** Rows of one table, generated on demand and in id order. */
export type RowSource = () => Iterable<PodRow>;

export const INSERT_BATCH_ROWS = 200;

export interface DumpOptions {
  readonly schema: PodSchema;
  readonly engine: PodEngine;
  readonly render: RenderOptions;
  readonly sources: ReadonlyMap<string, RowSource>;
  /** Tables whose PostgreSQL sequence is deliberately not moved past max(id) (stale-sequences). */
  readonly staleSequences?: ReadonlySet<string>;
  /** Called after each table with its exact row count. */
  readonly onTable?: (table: string, rows: number) => void;
  /** Called every batch with the rows written so far in the dump. */
  readonly onRows?: (rows: number) => void;
}

function escapeMariaDb(text: string): string {
  return text.replace(/[\\'\0\n\r\x1a]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\0': '\\0', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z' })[c]!);
}

export function sqlLiteral(engine: PodEngine, column: ColumnSpec, value: PodValue, table: string): string {
  if (value === null) {
    if (!column.nullable) throw new Error(`generator bug: NULL for NOT NULL column ${table}.${column.name}`);
    return 'NULL';
  }
  switch (column.type.kind) {
    case 'bool':
      if (typeof value !== 'boolean') break;
      return engine === 'mariadb' ? (value ? '1' : '0') : value ? 'true' : 'false';
    case 'id':
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) break;
      return String(value);
    case 'duration':
      if (typeof value !== 'number') break;
      return engine === 'mariadb' ? String(value * 1_000_000) : `'${value} seconds'`;
    case 'datetime':
      if (typeof value !== 'string') break;
      return engine === 'mariadb' ? `'${value}'` : `'${value}+00'`;
    default: {
      if (typeof value !== 'string') break;
      if (column.type.kind === 'varchar' && [...value].length > column.type.length) {
        throw new Error(`generator bug: ${table}.${column.name} value of ${[...value].length} characters exceeds varchar(${column.type.length})`);
      }
      return engine === 'mariadb' ? `'${escapeMariaDb(value)}'` : `'${value.replaceAll("'", "''")}'`;
    }
  }
  throw new Error(`generator bug: ${table}.${column.name} (${column.type.kind}) got ${typeof value} ${String(value)}`);
}

function insertPrefix(engine: PodEngine, table: TableSpec): string {
  const q = (n: string): string => quoteIdentifier(engine, n);
  return `INSERT INTO ${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) VALUES\n`;
}

function rowLiteral(engine: PodEngine, table: TableSpec, row: PodRow): string {
  const keys = Object.keys(row);
  if (keys.length !== table.columns.length) {
    const extra = keys.filter((k) => !table.columns.some((c) => c.name === k));
    const missing = table.columns.filter((c) => !(c.name in row)).map((c) => c.name);
    throw new Error(`generator bug: row for ${table.name} has extra [${extra.join(', ')}] / missing [${missing.join(', ')}] columns`);
  }
  return `(${table.columns
    .map((c) => {
      if (!(c.name in row)) throw new Error(`generator bug: row for ${table.name} lacks column ${c.name}`);
      return sqlLiteral(engine, c, row[c.name] ?? null, table.name);
    })
    .join(',')})`;
}

/** The dump as a stream of text chunks (one chunk per INSERT batch). */
export async function* podDumpChunks(options: DumpOptions): AsyncGenerator<string> {
  const { schema, engine } = options;
  const rendered = renderSchema(schema, engine, options.render);
  yield rendered.beforeData;
  let total = 0;
  const sequenceFixes: string[] = [];
  for (const table of schema.tables) {
    const source = options.sources.get(table.name);
    let count = 0;
    let maxId = 0;
    if (source) {
      const prefix = insertPrefix(engine, table);
      let batch: string[] = [];
      yield `\n-- Data for ${table.name}\n`;
      for (const row of source()) {
        batch.push(rowLiteral(engine, table, row));
        const id = row.id;
        if (typeof id === 'number' && id > maxId) maxId = id;
        count++;
        if (batch.length >= INSERT_BATCH_ROWS) {
          yield `${prefix}${batch.join(',\n')};\n`;
          batch = [];
          total += INSERT_BATCH_ROWS;
          options.onRows?.(total);
        }
      }
      if (batch.length) {
        yield `${prefix}${batch.join(',\n')};\n`;
        total += batch.length;
        options.onRows?.(total);
      }
    }
    options.onTable?.(table.name, count);
    const hasSerialId = table.columns.some((c) => c.type.kind === 'id');
    if (engine === 'postgres' && hasSerialId && count > 0 && !options.staleSequences?.has(table.name)) {
      // pg_dump restores sequence positions after explicit-id inserts; without this the next insert
      // collides (https://www.postgresql.org/docs/15/functions-sequence.html).
      sequenceFixes.push(`SELECT pg_catalog.setval(pg_get_serial_sequence('${quoteIdentifier(engine, table.name)}', 'id'), ${maxId}, true);`);
    }
  }
  yield `\n${rendered.afterData}`;
  if (sequenceFixes.length) yield `\n${sequenceFixes.join('\n')}\n`;
}
