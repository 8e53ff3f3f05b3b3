/**
 * Reads a PostgreSQL schema from the system catalogs
 * (https://www.postgresql.org/docs/current/catalogs.html): pg_class for tables, pg_attribute with
 * format_type() for columns (the type as `\d` shows it, e.g. "character varying(160)"), pg_index for
 * primary keys and pg_constraint for foreign keys. Partitions are left out: their rows are counted
 * through the partitioned table.
 */
import { BadInputError } from '../../errors.ts';
import type { ColumnInfo, Connection, Dialect, ForeignKeyInfo, Introspector, TableInfo } from '../engine.ts';

const TABLES = `
  SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`;

const COLUMNS = `
  SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
         CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod > 4 THEN a.atttypmod - 4 END AS max_length
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`;

const PRIMARY_KEY = `
  SELECT a.attname AS name
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
  WHERE n.nspname = $1 AND c.relname = $2 AND i.indisprimary ORDER BY k.position`;

// Column lists as JSON text: arrays are read as text by this connection (see postgres-types.ts).
const FOREIGN_KEYS = `
  SELECT con.conname AS name, c.relname AS "table", rc.relname AS referenced_table,
    (SELECT json_agg(a.attname ORDER BY k.position) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum)::text AS columns,
    (SELECT json_agg(a.attname ORDER BY k.position) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum)::text AS referenced_columns
  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_class rc ON rc.oid = con.confrelid
  WHERE con.contype = 'f' AND n.nspname = $1 ORDER BY c.relname, con.conname`;

export class PostgresIntrospector implements Introspector {
  readonly #connection: Pick<Connection, 'query'>;
  readonly #dialect: Dialect;
  #schema: string | undefined;

  /** @param schema from the URL's `?schema=`; current_schema() when absent. */
  constructor(connection: Pick<Connection, 'query'>, dialect: Dialect, schema: string | undefined) {
    this.#connection = connection;
    this.#dialect = dialect;
    this.#schema = schema;
  }

  /** The schema introspection reads. */
  async schema(): Promise<string> {
    if (this.#schema === undefined) {
      const [row] = await this.#connection.query('SELECT current_schema() AS name');
      if (!row?.name) throw new BadInputError('PostgreSQL has no current schema (empty search_path). Add ?schema=name to the database URL.');
      this.#schema = String(row.name);
    }
    return this.#schema;
  }

  async listTables(): Promise<TableInfo[]> {
    const rows = await this.#connection.query(TABLES, [await this.schema()]);
    return rows.map((row) => ({ name: String(row.name) }));
  }

  async listColumns(table: string): Promise<ColumnInfo[]> {
    const schema = await this.schema();
    const rows = await this.#connection.query(COLUMNS, [schema, table]);
    if (rows.length === 0) throw this.#notFound(table, schema);
    return rows.map((row) => ({
      name: String(row.name),
      type: String(row.type).toLowerCase(),
      nullable: row.nullable === true,
      ...(row.max_length === null ? {} : { maxLength: Number(row.max_length) }),
    }));
  }

  async primaryKey(table: string): Promise<string[]> {
    const rows = await this.#connection.query(PRIMARY_KEY, [await this.schema(), table]);
    return rows.map((row) => String(row.name));
  }

  async foreignKeys(): Promise<ForeignKeyInfo[]> {
    const rows = await this.#connection.query(FOREIGN_KEYS, [await this.schema()]);
    return rows.map((row) => ({
      name: String(row.name),
      table: String(row.table),
      columns: JSON.parse(String(row.columns)) as string[],
      referencedTable: String(row.referenced_table),
      referencedColumns: JSON.parse(String(row.referenced_columns)) as string[],
    }));
  }

  async countRows(table: string): Promise<number> {
    const name = `${this.#dialect.quoteIdentifier(await this.schema())}.${this.#dialect.quoteIdentifier(table)}`;
    const [row] = await this.#connection.query(`SELECT count(*) AS n FROM ${name}`);
    return Number(row?.n);
  }

  #notFound(table: string, schema: string): BadInputError {
    return new BadInputError(
      `table "${table}" not found in PostgreSQL schema "${schema}". Check the name: unquoted names are folded to lower case (Track → track).`,
    );
  }
}
