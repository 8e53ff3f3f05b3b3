/**
 * Segments for tables whose key is not one integer column (composite or text keys, or no key at all):
 * rows are grouped by the 60-bit hash of their key's canonical text (of the whole row for a keyless
 * table) modulo a power of two. The canonical text and its hash are the same on every engine, so a row
 * falls in the same bucket on both sides, and a bucket refines into `FAN_OUT` buckets of the next level
 * (`h mod m·k` determines `h mod m`). Each level costs one grouped scan per side instead of one per
 * segment: a hash has no index, but a level answers for every bucket at once.
 */
import type { Checksum, TableSide } from './segment-checksum.ts';
import { checksumTerms, readChecksum, rowsSql } from './segment-checksum.ts';

/** Buckets of the first level at least and at most: enough that a bucket of a large table holds about
 * half a segment, few enough that one grouped answer stays small. */
const FIRST_LEVEL = { min: 16n, max: 65_536n } as const;
/** Buckets a bucket of one level splits into at the next. */
export const FAN_OUT = 256n;
/** No level past the hash's own width: a bucket there holds rows of one hash value. */
export const LAST_MODULUS = 2n ** 60n;

/** The first level's modulus for a table of `rows` rows: a power of two near 2·rows/segmentRows, bounded. */
export function firstModulus(rows: number, segmentRows: number): bigint {
  const wanted = BigInt(Math.ceil((2 * rows) / segmentRows));
  let modulus = FIRST_LEVEL.min;
  while (modulus < wanted && modulus < FIRST_LEVEL.max) modulus *= 2n;
  return modulus;
}

/** Buckets of one level, restricted to the rows of some buckets of a coarser level. */
export interface BucketQuery {
  readonly modulus: bigint;
  readonly within?: { readonly modulus: bigint; readonly buckets: readonly bigint[] };
}

/** The hash a row is bucketed by: of its key fields, or of the whole row when `keyLength` is 0. */
export function bucketHash(side: TableSide, keyLength: number): string {
  const c = side.connection.dialect.canonical;
  const fields = (keyLength ? side.texts.slice(0, keyLength) : side.texts).map((t) => c.field(t));
  return c.hash(c.concat(fields));
}

function where(side: TableSide, keyLength: number, query: BucketQuery): string {
  if (!query.within) return '';
  return ` WHERE (${bucketHash(side, keyLength)}) % ${query.within.modulus} IN (${query.within.buckets.join(', ')})`;
}

/** `SELECT bucket, COUNT(*), SUM(row hash) … GROUP BY bucket`, the `%` of a non-negative integer being
 * exact on every engine (MariaDB's hash is BIGINT UNSIGNED, PostgreSQL's bigint, SQLite's integer). */
export function bucketSumsSql(side: TableSide, keyLength: number, query: BucketQuery): string {
  const { count, sum } = checksumTerms(side);
  const table = side.connection.dialect.quoteIdentifier(side.table);
  return `SELECT (${bucketHash(side, keyLength)}) % ${query.modulus} AS b, ${count} AS n, ${sum} AS h FROM ${table}${where(side, keyLength, query)} GROUP BY 1`;
}

/** Count and sum per non-empty bucket; the key `null` holds rows whose key hash is NULL (never trusted). */
export async function bucketSums(side: TableSide, keyLength: number, query: BucketQuery): Promise<Map<string, Checksum>> {
  const sums = new Map<string, Checksum>();
  for (const row of await side.connection.query(bucketSumsSql(side, keyLength, query))) {
    const [bucket, ...rest] = Object.values(row);
    const id = bucket === null || bucket === undefined ? 'null' : BigInt(String(bucket)).toString();
    sums.set(id, readChecksum(rest));
  }
  return sums;
}

/** The canonical texts of the rows of some buckets of one level, as {@link rowsSql} gives them. */
export function bucketRowsSql(side: TableSide, keyLength: number, modulus: bigint, buckets: readonly bigint[]): string {
  return rowsSql(side) + where(side, keyLength, { modulus: 0n, within: { modulus, buckets } });
}
