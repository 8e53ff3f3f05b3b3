/**
 * SQL pieces for PostgreSQL: double-quoted identifiers and numbered `$n` placeholders.
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS
 */
import type { Dialect } from '../engine.ts';
import { PostgresCanonicalText } from './postgres-canonical-text.ts';

export class PostgresDialect implements Dialect {
  readonly canonical = new PostgresCanonicalText();

  /** Double quotes, with a quote inside the name doubled. Quoted names are case-sensitive. */
  quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  placeholder(index: number): string {
    return `$${index}`;
  }
}
