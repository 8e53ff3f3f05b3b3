/**
 * MariaDB/MySQL literals. Strings use backslash escapes (https://mariadb.com/kb/en/string-literals/),
 * which is why dumps do not run with NO_BACKSLASH_ESCAPES; binary is a hex literal X'…'
 * (https://mariadb.com/kb/en/hexadecimal-literals/).
 */
import type { SqlValue } from '../engine.ts';
import { BadInputError } from '../../errors.ts';
import { A_VALUE, unsupportedValue, utcText } from '../literal-errors.ts';

const ESCAPES: Record<string, string> = {
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
const SPECIAL = /[\0\b\t\n\r\x1a'"\\]/g;

export function mysqlLiteral(value: SqlValue, where: () => string = A_VALUE): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(SPECIAL, (c) => ESCAPES[c] ?? c)}'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BadInputError(`${where()}: the number ${value} has no MariaDB literal`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  if (value instanceof Date) return `'${utcText(value, where).replace('T', ' ').replace('Z', '')}'`;
  throw unsupportedValue(value, where);
}
