/**
 * SQL pieces for MariaDB and MySQL: backtick identifiers, `?` placeholders, backslash-escaped literals.
 * https://mariadb.com/kb/en/identifier-names/
 */
import type { Dialect, SqlValue } from '../engine.ts';
import { MariaDbCanonicalText } from './mariadb-canonical-text.ts';
import { matchesAfterComments } from '../leaves-database.ts';
import { mysqlLiteral } from './mariadb-literal.ts';

/** CREATE/DROP {DATABASE | SCHEMA} (SCHEMA is a synonym of DATABASE here) and USE
 * (https://mariadb.com/kb/en/use/); the Chinook MySQL script starts with all three. */
const LEAVES_DATABASE = [/^(create|drop)\s+(database|schema)\b/i, /^use\s+\S/i];

export class MariaDbDialect implements Dialect {
  readonly canonical = new MariaDbCanonicalText();

  /** Backticks, with a backtick inside the name doubled. */
  quoteIdentifier(name: string): string {
    return `\`${name.replace(/`/g, '``')}\``;
  }

  /** mysql2 substitutes `?` placeholders in order. */
  placeholder(_index: number): string {
    return '?';
  }

  literal(value: SqlValue, where?: () => string): string {
    return mysqlLiteral(value, where);
  }

  leavesDatabase(statement: string): boolean {
    return matchesAfterComments(statement, LEAVES_DATABASE);
  }
}
