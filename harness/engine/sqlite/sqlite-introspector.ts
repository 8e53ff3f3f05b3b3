/**
 * Reads an SQLite schema with the pragma table-valued functions
 * (https://www.sqlite.org/pragma.html#pragfunc): `pragma_table_info` for columns and primary keys
 * (https://www.sqlite.org/pragma.html#pragma_table_info) and `pragma_foreign_key_list` for foreign keys
 * (https://www.sqlite.org/pragma.html#pragma_foreign_key_list).
 */
import { BadInputError } from '../../errors.ts';
import type { ColumnInfo, Connection, Dialect, ForeignKeyInfo, Introspector, TableInfo } from '../engine.ts';

interface TableInfoRow {
  readonly name: string;
  readonly type: string;
  readonly notnull: number;
  readonly pk: number;
}

export class SqliteIntrospector implements Introspector {
  readonly #connection: Pick<Connection, 'query'>;
  readonly #dialect: Dialect;

  constructor(connection: Pick<Connection, 'query'>, dialect: Dialect) {
    this.#connection = connection;
    this.#dialect = dialect;
  }

  /** Tables only (no views), without SQLite's internal `sqlite_*` tables. */
  async listTables(): Promise<TableInfo[]> {
    const rows = await this.#connection.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    );
    return rows.map((row) => ({ name: String(row.name) }));
  }

  async listColumns(table: string): Promise<ColumnInfo[]> {
    return (await this.#tableInfo(table)).map((column) => {
      const type = column.type.toLowerCase();
      const length = /(char|clob|text)\s*\(\s*(\d+)\s*\)/.exec(type);
      return { name: column.name, type, nullable: column.notnull === 0, ...(length ? { maxLength: Number(length[2]) } : {}) };
    });
  }

  /** `pk` is the column's 1-based position in the primary key, 0 for other columns. */
  async primaryKey(table: string): Promise<string[]> {
    const columns = await this.#tableInfo(table);
    return columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  }

  /** SQLite does not report constraint names: they are named `<table>_fk_<id>`. A reference without
   * columns (`REFERENCES parent`) points at the parent's primary key. */
  async foreignKeys(): Promise<ForeignKeyInfo[]> {
    const result: ForeignKeyInfo[] = [];
    for (const { name: table } of await this.listTables()) {
      const rows = await this.#connection.query(
        'SELECT id, seq, "table" AS parent, "from" AS child_column, "to" AS parent_column FROM pragma_foreign_key_list(?) ORDER BY id, seq',
        [table],
      );
      const byId = new Map<number, typeof rows>();
      for (const row of rows) byId.set(Number(row.id), [...(byId.get(Number(row.id)) ?? []), row]);
      for (const [id, parts] of byId) {
        const referencedTable = String(parts[0]!.parent);
        const explicit = parts.every((p) => p.parent_column !== null);
        result.push({
          name: `${table}_fk_${id}`,
          table,
          columns: parts.map((p) => String(p.child_column)),
          referencedTable,
          referencedColumns: explicit ? parts.map((p) => String(p.parent_column)) : await this.primaryKey(referencedTable),
        });
      }
    }
    return result;
  }

  async countRows(table: string): Promise<number> {
    const [row] = await this.#connection.query(`SELECT count(*) AS n FROM ${this.#dialect.quoteIdentifier(table)}`);
    return Number(row?.n);
  }

  async #tableInfo(table: string): Promise<TableInfoRow[]> {
    const rows = await this.#connection.query('SELECT name, type, "notnull" AS "notnull", pk FROM pragma_table_info(?) ORDER BY cid', [table]);
    if (rows.length === 0) throw new BadInputError(`table "${table}" not found in the SQLite database. Check the name (case matters in scenario files).`);
    return rows.map((row) => ({ name: String(row.name), type: String(row.type), notnull: Number(row.notnull), pk: Number(row.pk) }));
  }
}
