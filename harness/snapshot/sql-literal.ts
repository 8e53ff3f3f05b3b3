/**
 * SQL literals for the INSERT statements of a snapshot dump, per engine family. Values arrive in the
 * shapes of {@link SqlValue}; the engine connections read dates as UTC (MariaDB session time_zone
 * '+00:00', PostgreSQL TimeZone 'UTC'), so a Date is written back as UTC text.
 *
 * - MariaDB string literals use backslash escapes (https://mariadb.com/kb/en/string-literals/), which is
 *   why the dump does not run with NO_BACKSLASH_ESCAPES; binary is a hex literal X'…'
 *   (https://mariadb.com/kb/en/hexadecimal-literals/).
 * - PostgreSQL strings are standard-conforming ('' doubles a quote, backslash is literal); binary is
 *   '\x…'::bytea (https://www.postgresql.org/docs/current/datatype-binary.html#DATATYPE-BINARY-BYTEA-HEX-FORMAT).
 */
import type { SqlValue } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';

export type LiteralFamily = 'mysql' | 'postgres';
export type LiteralWriter = (value: SqlValue, where: () => string) => string;

const MYSQL_ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\x1a': '\\Z',
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
};

// The characters mysqldump escapes, control characters included (NUL, backspace, Ctrl-Z).
// eslint-disable-next-line no-control-regex
const MYSQL_SPECIAL = /[\0\b\t\n\r\x1a'"\\]/g;

export function mysqlLiteral(value: SqlValue, where: () => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(MYSQL_SPECIAL, (c) => MYSQL_ESCAPES[c] ?? c)}'`;
  if (typeof value === 'number') return finiteNumber(value, where);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  if (value instanceof Date) return `'${utcText(value, where).replace('T', ' ').replace('Z', '')}'`;
  throw unsupported(value, where);
}

export function postgresLiteral(value: SqlValue, where: () => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new BadInputError(`${where()}: a text value contains a NUL byte, which PostgreSQL cannot store`);
    return `'${value.replace(/'/g, "''")}'`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `'${value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN'}'`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Buffer.isBuffer(value)) return `'\\x${value.toString('hex')}'::bytea`;
  if (value instanceof Date) return `'${utcText(value, where)}'`;
  throw unsupported(value, where);
}

export function literalWriter(family: LiteralFamily): LiteralWriter {
  return family === 'mysql' ? mysqlLiteral : postgresLiteral;
}

function finiteNumber(value: number, where: () => string): string {
  if (!Number.isFinite(value)) throw new BadInputError(`${where()}: the number ${value} has no MariaDB literal`);
  return String(value);
}

/** ISO 8601 in UTC, e.g. 2009-01-01T00:00:00.000Z. */
function utcText(date: Date, where: () => string): string {
  if (Number.isNaN(date.getTime())) throw new BadInputError(`${where()}: an invalid date was read; the snapshot cannot represent it`);
  return date.toISOString();
}

function unsupported(value: unknown, where: () => string): BadInputError {
  const shape = Array.isArray(value) ? 'array' : typeof value;
  return new BadInputError(`${where()}: a value of shape "${shape}" cannot be written to a snapshot; cast the column to text in the source or report this as a rehearse bug`);
}
