/**
 * SQL pieces for MariaDB and MySQL: backtick identifiers and `?` placeholders.
 * https://mariadb.com/kb/en/identifier-names/
 */
import type { Dialect } from '../engine.ts';
import { MariaDbCanonicalText } from './mariadb-canonical-text.ts';

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
}
