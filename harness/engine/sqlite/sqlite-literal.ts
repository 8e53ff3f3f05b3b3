/**
 * SQLite literals (https://www.sqlite.org/lang_expr.html#literal_values_constants_): strings with ''
 * doubling a quote and no other escape, blobs as X'…', booleans as 1/0 (SQLite has no boolean type),
 * dates as the UTC text `YYYY-MM-DD HH:MM:SS.SSS` its date functions read.
 */
import type { SqlValue } from '../engine.ts';
import { BadInputError } from '../../errors.ts';
import { A_VALUE, unsupportedValue, utcText } from '../literal-errors.ts';

export function sqliteLiteral(value: SqlValue, where: () => string = A_VALUE): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number') {
    // SQLite stores infinities as REAL but has no literal for them; NaN becomes NULL.
    if (!Number.isFinite(value)) throw new BadInputError(`${where()}: the number ${value} has no SQLite literal`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  if (value instanceof Date) return `'${utcText(value, where).replace('T', ' ').replace('Z', '')}'`;
  throw unsupportedValue(value, where);
}
