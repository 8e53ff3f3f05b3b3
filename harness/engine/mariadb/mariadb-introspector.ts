/**
 * Reads the schema of the connection's current database from information_schema
 * (https://mariadb.com/kb/en/information-schema-tables/): TABLES for tables and their storage engine,
 * COLUMNS for columns, KEY_COLUMN_USAGE for primary and foreign keys. MyISAM tables have no foreign
 * keys: KEY_COLUMN_USAGE lists none for them, which is what a migration off MyISAM must discover.
 */
import { BadInputError } from '../../errors.ts';
import type { ColumnInfo, Connection, Dialect, ForeignKeyInfo, Introspector, TableInfo } from '../engine.ts';

const TABLES = `
  SELECT TABLE_NAME AS name, ENGINE AS engine FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`;

const COLUMNS = `
  SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, CHARACTER_MAXIMUM_LENGTH AS max_length
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`;

const PRIMARY_KEY = `
  SELECT COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION`;

const FOREIGN_KEYS = `
  SELECT CONSTRAINT_NAME AS name, TABLE_NAME AS tbl, COLUMN_NAME AS col,
         REFERENCED_TABLE_NAME AS ref_table, REFERENCED_COLUMN_NAME AS ref_col
  FROM information_schema.KEY_COLUMN_USAGE
  WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
  ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`;

export class MariaDbIntrospector implements Introspector {
  readonly #connection: Pick<Connection, 'query'>;
  readonly #dialect: Dialect;

  constructor(connection: Pick<Connection, 'query'>, dialect: Dialect) {
    this.#connection = connection;
    this.#dialect = dialect;
  }

  async listTables(): Promise<TableInfo[]> {
    await this.#requireDatabase();
    const rows = await this.#connection.query(TABLES);
    return rows.map((row) => ({ name: String(row.name), ...(row.engine ? { storageEngine: String(row.engine) } : {}) }));
  }

  async listColumns(table: string): Promise<ColumnInfo[]> {
    const rows = await this.#connection.query(COLUMNS, [table]);
    if (rows.length === 0) {
      throw new BadInputError(`table "${table}" not found in the current MariaDB database. Check the name (case matters on Linux servers).`);
    }
    return rows.map((row) => ({
      name: String(row.name),
      type: String(row.type).toLowerCase(),
      nullable: row.nullable === 'YES',
      ...(row.max_length === null ? {} : { maxLength: Number(row.max_length) }),
    }));
  }

  async primaryKey(table: string): Promise<string[]> {
    const rows = await this.#connection.query(PRIMARY_KEY, [table]);
    return rows.map((row) => String(row.name));
  }

  async foreignKeys(): Promise<ForeignKeyInfo[]> {
    const byName = new Map<string, { name: string; table: string; columns: string[]; referencedTable: string; referencedColumns: string[] }>();
    for (const row of await this.#connection.query(FOREIGN_KEYS)) {
      const key = `${String(row.tbl)}\u0000${String(row.name)}`;
      const fk = byName.get(key) ?? {
        name: String(row.name),
        table: String(row.tbl),
        columns: [],
        referencedTable: String(row.ref_table),
        referencedColumns: [],
      };
      fk.columns.push(String(row.col));
      fk.referencedColumns.push(String(row.ref_col));
      byName.set(key, fk);
    }
    return [...byName.values()];
  }

  /** Exact COUNT(*): information_schema.TABLES.TABLE_ROWS is only an estimate for InnoDB. */
  async countRows(table: string): Promise<number> {
    const [row] = await this.#connection.query(`SELECT COUNT(*) AS n FROM ${this.#dialect.quoteIdentifier(table)}`);
    return Number(row?.n);
  }

  async #requireDatabase(): Promise<void> {
    const [row] = await this.#connection.query('SELECT DATABASE() AS name');
    if (!row?.name) {
      throw new BadInputError('the MariaDB connection has no current database. Put the database name in the URL: mariadb://user:pass@host:3306/dbname');
    }
  }
}
