/**
 * PostgreSQL literals. Strings are standard-conforming ('' doubles a quote, backslash is literal) and
 * cannot hold NUL; binary is '\x…'::bytea
 * (https://www.postgresql.org/docs/current/datatype-binary.html#DATATYPE-BINARY-BYTEA-HEX-FORMAT);
 * non-finite floats are the quoted words PostgreSQL accepts.
 */
import type { SqlValue } from '../engine.ts';
import { BadInputError } from '../../errors.ts';
import { A_VALUE, unsupportedValue, utcText } from '../literal-errors.ts';

export function postgresLiteral(value: SqlValue, where: () => string = A_VALUE): string {
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
  throw unsupportedValue(value, where);
}
