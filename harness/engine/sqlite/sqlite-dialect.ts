/**
 * SQL pieces for SQLite: double-quoted identifiers, `?` placeholders, ''-doubling literals.
 * https://www.sqlite.org/lang_keywords.html
 */
import type { Dialect, SqlValue } from '../engine.ts';
import { SqliteCanonicalText } from './sqlite-canonical-text.ts';
import { sqliteLiteral } from './sqlite-literal.ts';

export class SqliteDialect implements Dialect {
  readonly canonical = new SqliteCanonicalText();

  quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  /** better-sqlite3 binds anonymous `?` parameters in order. */
  placeholder(_index: number): string {
    return '?';
  }

  literal(value: SqlValue, where?: () => string): string {
    return sqliteLiteral(value, where);
  }

  /** A SQLite database is one file: no statement switches to another database (ATTACH adds one beside
   * it and is left to run). */
  leavesDatabase(_statement: string): boolean {
    return false;
  }
}
