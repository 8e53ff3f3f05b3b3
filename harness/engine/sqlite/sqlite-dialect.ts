/**
 * SQL pieces for SQLite: double-quoted identifiers and `?` placeholders.
 * https://www.sqlite.org/lang_keywords.html
 */
import type { Dialect } from '../engine.ts';
import { SqliteCanonicalText } from './sqlite-canonical-text.ts';

export class SqliteDialect implements Dialect {
  readonly canonical = new SqliteCanonicalText();

  quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  /** better-sqlite3 binds anonymous `?` parameters in order. */
  placeholder(_index: number): string {
    return '?';
  }
}
