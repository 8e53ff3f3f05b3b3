/**
 * A SQLite database file as a snapshot: recognised by its header, checked with PRAGMA integrity_check,
 * and loaded into an open SQLite connection: ATTACH the file (only read from), recreate its
 * schema from sqlite_schema and copy every table with INSERT … SELECT inside one transaction
 * (https://www.sqlite.org/lang_attach.html). Like the sqlite3 shell's .dump, foreign key enforcement is
 * off during the copy (tables come in any order) and the result is checked with PRAGMA foreign_key_check
 * afterwards (https://www.sqlite.org/pragma.html#pragma_foreign_key_check); `defer_foreign_keys` was
 * tried and rejects the Chinook file at COMMIT although foreign_key_check finds no violation.
 * Indexes, views and triggers are created after the data, so triggers do not fire on the copy.
 */
import type { Connection } from '../engine.ts';
import { BadInputError, errorMessage } from '../../errors.ts';
import { openScratchDatabase } from './sqlite-scratch-database.ts';

/** The first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html#the_database_header). */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Runs PRAGMA integrity_check read-only (https://www.sqlite.org/pragma.html#pragma_integrity_check) and
 * returns the problems found, none when the file is sound. A file SQLite cannot open is a BadInputError.
 */
export function verifySqliteFile(file: string, label: string): string[] {
  try {
    const db = openScratchDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('PRAGMA integrity_check').all<{ integrity_check: string }>();
      return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    } finally {
      db.close();
    }
  } catch (cause) {
    throw new BadInputError(`${label}: SQLite cannot read it (${errorMessage(cause)}); the file is corrupt`, { cause });
  }
}

const ALIAS = 'rehearse_snapshot';

export async function copySqliteDatabase(file: string, connection: Connection): Promise<number> {
  const q = (name: string): string => connection.dialect.quoteIdentifier(name);
  await connection.execute(`ATTACH DATABASE ${quoteText(file)} AS ${ALIAS}`);
  let rows = 0;
  try {
    const objects = (await connection.query(
      `SELECT type, name, sql FROM ${ALIAS}.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ` +
        `ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid`,
    )) as { type: string; name: string; sql: string }[];
    const [fk] = await connection.query('PRAGMA foreign_keys');
    const enforced = Number(fk?.foreign_keys ?? 0) === 1;
    await connection.execute('PRAGMA foreign_keys = OFF');
    await connection.execute('BEGIN');
    try {
      const tables = objects.filter((o) => o.type === 'table');
      for (const table of tables) await connection.execute(table.sql);
      for (const table of tables) {
        if (/^create\s+virtual\b/i.test(table.sql)) continue;
        const result = await connection.execute(`INSERT INTO main.${q(table.name)} SELECT * FROM ${ALIAS}.${q(table.name)}`);
        rows += result.affectedRows;
      }
      const sequence = await connection.query(`SELECT 1 FROM ${ALIAS}.sqlite_master WHERE name = 'sqlite_sequence'`);
      if (sequence.length > 0) {
        await connection.execute(`INSERT INTO main.sqlite_sequence SELECT * FROM ${ALIAS}.sqlite_sequence`);
      }
      for (const other of objects.filter((o) => o.type !== 'table')) await connection.execute(other.sql);
      await connection.execute('COMMIT');
    } catch (error) {
      await connection.execute('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      if (enforced) await connection.execute('PRAGMA foreign_keys = ON');
    }
    const violations = await connection.query('PRAGMA main.foreign_key_check');
    if (violations.length > 0) {
      const first = violations[0] as { table?: unknown; parent?: unknown };
      throw new BadInputError(
        `SQLite snapshot ${file}: ${violations.length} rows violate foreign keys after the copy (first: table ${String(first.table)} references ${String(first.parent)}); the database file is inconsistent`,
      );
    }
  } finally {
    await connection.execute(`DETACH DATABASE ${ALIAS}`);
  }
  return rows;
}

function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
