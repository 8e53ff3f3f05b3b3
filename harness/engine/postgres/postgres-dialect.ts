/**
 * SQL pieces for PostgreSQL: double-quoted identifiers, numbered `$n` placeholders, standard-conforming
 * literals. https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS
 */
import type { Dialect, SqlValue } from '../engine.ts';
import { PostgresCanonicalText } from './postgres-canonical-text.ts';
import { matchesAfterComments } from '../leaves-database.ts';
import { postgresLiteral } from './postgres-literal.ts';

/** CREATE/DROP DATABASE (pg_dump --create) and psql's `\c` / `\connect`
 * (https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-META-COMMAND-CONNECT). CREATE SCHEMA
 * stays: a PostgreSQL schema lives inside the database. */
const LEAVES_DATABASE = [/^(create|drop)\s+database\b/i, /^\\(c|connect)(\s|;|$)/i];

export class PostgresDialect implements Dialect {
  readonly canonical = new PostgresCanonicalText();

  /** Double quotes, with a quote inside the name doubled. Quoted names are case-sensitive. */
  quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  placeholder(index: number): string {
    return `$${index}`;
  }

  literal(value: SqlValue, where?: () => string): string {
    return postgresLiteral(value, where);
  }

  leavesDatabase(statement: string): boolean {
    return matchesAfterComments(statement, LEAVES_DATABASE);
  }
}
