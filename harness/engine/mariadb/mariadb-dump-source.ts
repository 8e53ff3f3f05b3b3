/**
 * Dumping a MariaDB/MySQL database the way mysqldump does, but through the harness connection:
 *
 * - reads in `START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY`
 *   (https://mariadb.com/kb/en/start-transaction/): one InnoDB snapshot for all tables, and the server
 *   rejects any write;
 * - DDL is `SHOW CREATE TABLE` verbatim (https://mariadb.com/kb/en/show-create-table/), foreign keys
 *   included, which is why every dump runs with FOREIGN_KEY_CHECKS=0 like mysqldump's output;
 * - sql_mode NO_AUTO_VALUE_ON_ZERO while loading, so that a stored 0 in an AUTO_INCREMENT column stays 0
 *   (https://mariadb.com/kb/en/sql-mode/#no_auto_value_on_zero); time_zone '+00:00' on both sides so
 *   TIMESTAMP values are not shifted;
 * - date and time columns are selected as text (CAST … AS CHAR) so microseconds and zero dates survive.
 */
import type { Connection } from '../engine.ts';
import type { DumpColumn, DumpSource } from '../dump-source.ts';

const TEXT_TYPES = /^(date|datetime|timestamp)$/;

export class MariaDbDumpSource implements DumpSource {
  readonly preamble = [
    'SET @rehearse_old_sql_mode = @@SESSION.sql_mode',
    "SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO'",
    'SET FOREIGN_KEY_CHECKS = 0',
    "SET time_zone = '+00:00'",
  ];
  readonly postamble = ['SET FOREIGN_KEY_CHECKS = 1', 'SET SESSION sql_mode = @rehearse_old_sql_mode'];
  readonly #connection: Connection;

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  async begin(): Promise<void> {
    await this.#connection.execute("SET time_zone = '+00:00'");
    await this.#connection.execute('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  }

  async end(): Promise<void> {
    await this.#connection.execute('ROLLBACK');
  }

  async qualified(table: string): Promise<string> {
    return this.#connection.dialect.quoteIdentifier(table);
  }

  async createTable(table: string): Promise<string[]> {
    const [row] = await this.#connection.query(`SHOW CREATE TABLE ${this.#connection.dialect.quoteIdentifier(table)}`);
    return [String(row?.['Create Table'])];
  }

  async columns(table: string): Promise<DumpColumn[]> {
    const rows = await this.#connection.query(
      `SELECT COLUMN_NAME AS name, DATA_TYPE AS type, IS_GENERATED AS generated FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
      [table],
    );
    const q = (name: string): string => this.#connection.dialect.quoteIdentifier(name);
    return rows
      .filter((row) => String(row.generated ?? 'NEVER').toUpperCase() === 'NEVER')
      .map((row) => {
        const name = String(row.name);
        const asText = TEXT_TYPES.test(String(row.type).toLowerCase());
        return { name, select: asText ? `CAST(${q(name)} AS CHAR) AS ${q(name)}` : q(name) };
      });
  }

  async insertPrefix(table: string, columns: readonly DumpColumn[]): Promise<string> {
    const q = (name: string): string => this.#connection.dialect.quoteIdentifier(name);
    return `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(', ')}) VALUES`;
  }

  async afterRows(): Promise<string[]> {
    return [];
  }

  async constraints(): Promise<string[]> {
    return [];
  }
}
