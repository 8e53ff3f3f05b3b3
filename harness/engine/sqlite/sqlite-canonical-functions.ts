/**
 * SQL functions SQLite lacks for the canonical-text checksum, registered on each better-sqlite3
 * connection (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md#functionname-options-function):
 * - `rehearse_md5_60(text)`: the first 15 hexadecimal digits of the MD5 of the text's UTF-8 bytes, as an
 *   integer (60 bits fit SQLite's int64), the same number as MariaDB's and PostgreSQL's expressions;
 * - `rehearse_sum_exact(integer)`: an aggregate summing with BigInt, since SQLite's sum() overflows int64
 *   after a few 60-bit values; its result is the decimal text of the sum;
 * - `rehearse_sorted_set(text)`: the comma-separated members of a set sorted by code point.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export const MD5_60 = 'rehearse_md5_60';
export const SUM_EXACT = 'rehearse_sum_exact';
export const SORTED_SET = 'rehearse_sorted_set';

function md5of60Bits(value: unknown): bigint | null {
  if (value === null || value === undefined) return null;
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8');
  return BigInt(`0x${createHash('md5').update(bytes).digest('hex').slice(0, 15)}`);
}

function compareCodePoints(a: string, b: string): number {
  // UTF-8 byte order is code-point order, which UTF-16 string comparison is not (surrogates).
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function sortedSet(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text === '' ? '' : text.split(',').sort(compareCodePoints).join(',');
}

export function registerCanonicalFunctions(db: Database.Database): void {
  db.function(MD5_60, { deterministic: true, safeIntegers: true }, md5of60Bits);
  db.function(SORTED_SET, { deterministic: true }, sortedSet);
  db.aggregate(SUM_EXACT, {
    safeIntegers: true,
    start: () => 0n,
    step: (total: bigint, value: unknown) => (value === null || value === undefined ? total : total + BigInt(value as bigint | number)),
    result: (total: bigint) => total.toString(),
  });
}
