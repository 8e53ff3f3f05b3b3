/**
 * The Chinook sample database (MIT, see test/fixtures/chinook/LICENSE.md) loaded through
 * Connection.runScript, one way per engine: the MySQL and PostgreSQL scripts as published, minus their
 * DROP/CREATE DATABASE and USE/\c lines (the test database is given by the URL); for SQLite, a script that
 * copies the published .sqlite file table by table.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Connection, ScriptOptions } from '../../harness/engine/engine.ts';
import type { TestEngine } from '../support/test-databases.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/chinook');

/** Row counts of the published Chinook 1.4.5 data, by the MySQL/SQLite table name. */
export const CHINOOK_ROW_COUNTS = {
  Album: 347,
  Artist: 275,
  Customer: 59,
  Employee: 8,
  Genre: 25,
  Invoice: 412,
  InvoiceLine: 2240,
  MediaType: 5,
  Playlist: 18,
  PlaylistTrack: 8715,
  Track: 3503,
} as const;
export type ChinookTable = keyof typeof CHINOOK_ROW_COUNTS;
export const CHINOOK_TOTAL_ROWS = Object.values(CHINOOK_ROW_COUNTS).reduce((a, b) => a + b, 0);

/** The PostgreSQL script uses snake_case names: InvoiceLine → invoice_line. */
const snakeCase = (name: string) => name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();

export const CHINOOK_NAME: Record<TestEngine, (name: string) => string> = {
  mariadb: (name) => name,
  postgres: snakeCase,
  sqlite: (name) => name,
};

/** Skips the statements that would leave the test database. */
const SKIP_DATABASE_SWITCH = (sql: string) => (/^(DROP DATABASE|CREATE DATABASE|USE\b|\\c\b)/i.test(sql) ? null : sql);

interface ChinookSource {
  script(connection: Connection): Promise<Readable | string>;
  readonly transform?: ScriptOptions['transform'];
}

export const CHINOOK_SOURCE: Record<TestEngine, ChinookSource> = {
  mariadb: { script: async () => createReadStream(`${FIXTURES}/Chinook_MySql.sql`), transform: SKIP_DATABASE_SWITCH },
  postgres: { script: async () => createReadStream(`${FIXTURES}/Chinook_PostgreSql.sql`), transform: SKIP_DATABASE_SWITCH },
  sqlite: { script: sqliteCopyScript },
};

/** ATTACH the published file, recreate each table with its original DDL, copy its rows. */
async function sqliteCopyScript(connection: Connection): Promise<string> {
  const file = `${FIXTURES}/Chinook_Sqlite.sqlite`.replace(/'/g, "''");
  await connection.execute(`ATTACH DATABASE '${file}' AS chinook`);
  const tables = await connection.query("SELECT name, sql FROM chinook.sqlite_master WHERE type = 'table' ORDER BY name");
  await connection.execute('DETACH DATABASE chinook');
  const lines = ['PRAGMA foreign_keys = OFF;', `ATTACH DATABASE '${file}' AS chinook;`];
  for (const { name, sql } of tables) lines.push(`${String(sql)};`, `INSERT INTO main."${String(name)}" SELECT * FROM chinook."${String(name)}";`);
  lines.push('DETACH DATABASE chinook;', 'PRAGMA foreign_keys = ON;');
  return lines.join('\n');
}
