/**
 * mysql2 settings that make MariaDB/MySQL values fit {@link SqlValue} without losing anything
 * (https://sidorares.github.io/node-mysql2/docs/api-and-configurations):
 * BIGINT and DECIMAL as strings, JSON as its text, dates as UTC Dates, one statement per call.
 */
import type { ConnectionOptions, TypeCast } from 'mysql2';
import type { ParsedDatabaseUrl } from '../connection-url.ts';

const DATE_TYPES = new Set(['DATE', 'NEWDATE', 'DATETIME', 'DATETIME2', 'TIMESTAMP', 'TIMESTAMP2']);

/**
 * Dates are parsed here rather than by mysql2 because mysql2 turns MariaDB's zero dates
 * ('0000-00-00', '2024-00-10', allowed in non-strict sql_mode) into an Invalid Date, losing the value that
 * a migration must notice. A date a JavaScript Date can hold becomes a Date (read as UTC, matching the
 * session time_zone '+00:00' set on connect); a zero date stays text. Geometry stays WKB bytes.
 */
const typeCast: TypeCast = (field, next) => {
  if (DATE_TYPES.has(field.type)) {
    const text = field.string('ascii');
    if (text === null) return null;
    const date = new Date(field.type === 'DATE' || field.type === 'NEWDATE' ? `${text}T00:00:00Z` : `${text.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? text : date;
  }
  if (field.type === 'GEOMETRY') return field.buffer();
  return next();
};

export function mariaDbOptions(url: ParsedDatabaseUrl): ConnectionOptions {
  return {
    host: url.host,
    port: url.port ?? 3306,
    user: url.user,
    password: url.password,
    database: url.database || undefined,
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    dateStrings: false,
    jsonStrings: true,
    multipleStatements: false,
    charset: 'utf8mb4',
    timezone: 'Z',
    typeCast,
  };
}
