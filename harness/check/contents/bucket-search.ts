/**
 * Finds the differing rows of a table without a single integer key, level by level of hash buckets
 * (hash-buckets.ts): the buckets whose count and sum differ and hold at most `segmentRows` rows are read
 * and diffed; larger ones are split at the next level, only their rows scanned. Reads are bounded: at
 * most `READ_ROWS` rows (and `maxRows`) are held to diff one batch of buckets.
 */
import type { BisectOptions } from './bisect.ts';
import type { BucketQuery } from './hash-buckets.ts';
import { bucketRowsSql, bucketSums, FAN_OUT, firstModulus, LAST_MODULUS } from './hash-buckets.ts';
import { diffRows } from './row-diff.ts';
import type { Checksum, TableSide } from './segment-checksum.ts';
import { streamRows } from './segment-checksum.ts';
import type { TablePlan } from './table-plan.ts';

/** Rows held at most to diff one batch of small buckets. */
const READ_ROWS = 100_000;
/** Buckets named at most in one query's `IN (…)` list. */
const BUCKETS_PER_QUERY = 512;
const EMPTY: Checksum = { rows: 0, sum: '0' };

export interface BucketSearchResult {
  readonly checksums: number;
  readonly segmentsRead: number;
  /** A bucket had no trusted hash for its key (MariaDB's NULL past max_allowed_packet): the caller
   * must read the table whole. */
  readonly untrustedKeys: boolean;
}

/**
 * Walks the bucket levels of a table of about `rows` rows; `same` decides when a bucket's two checksums are equal. Differences go to
 * `options.onDifference`, settled rows to `options.onRows`.
 */
export async function searchBuckets(
  plan: TablePlan,
  source: TableSide,
  target: TableSide,
  options: BisectOptions,
  same: (a: Checksum, b: Checksum) => boolean,
  rows: number,
): Promise<BucketSearchResult> {
  const keyLength = plan.keyLength;
  let checksums = 0;
  let segmentsRead = 0;
  const pending: BucketQuery[] = [{ modulus: firstModulus(rows, options.segmentRows) }];
  while (pending.length) {
    options.signal.throwIfAborted();
    const query = pending.shift()!;
    const [s, t] = await Promise.all([bucketSums(source, keyLength, query), bucketSums(target, keyLength, query)]);
    checksums++;
    if (s.has('null') || t.has('null')) return { checksums, segmentsRead, untrustedKeys: true };
    const small: { bucket: bigint; rows: number }[] = [];
    const large: bigint[] = [];
    const finest = query.modulus * FAN_OUT > LAST_MODULUS;
    for (const id of new Set([...s.keys(), ...t.keys()])) {
      const a = s.get(id) ?? EMPTY;
      const b = t.get(id) ?? EMPTY;
      if (same(a, b)) {
        options.onRows(a.rows);
        continue;
      }
      const rows = Math.max(a.rows, b.rows);
      if (rows <= options.segmentRows || finest) small.push({ bucket: BigInt(id), rows });
      else large.push(BigInt(id));
    }
    for (const batch of batches(small, Math.min(READ_ROWS, options.maxRows))) {
      segmentsRead++;
      const sql = (side: TableSide) => bucketRowsSql(side, keyLength, query.modulus, batch.buckets);
      await diffRows(plan, streamRows(source, sql(source)), streamRows(target, sql(target)), options.maxRows, options.onDifference);
      options.onRows(batch.rows);
    }
    for (let i = 0; i < large.length; i += BUCKETS_PER_QUERY) {
      pending.push({ modulus: query.modulus * FAN_OUT, within: { modulus: query.modulus, buckets: large.slice(i, i + BUCKETS_PER_QUERY) } });
    }
  }
  return { checksums, segmentsRead, untrustedKeys: false };
}

/** Groups buckets so that each group holds at most `rows` rows (a single larger bucket goes alone). */
function batches(buckets: readonly { bucket: bigint; rows: number }[], rows: number): { buckets: bigint[]; rows: number }[] {
  const groups: { buckets: bigint[]; rows: number }[] = [];
  let current: { buckets: bigint[]; rows: number } = { buckets: [], rows: 0 };
  for (const { bucket, rows: count } of buckets) {
    if (current.buckets.length && (current.rows + count > rows || current.buckets.length >= BUCKETS_PER_QUERY)) {
      groups.push(current);
      current = { buckets: [], rows: 0 };
    }
    current.buckets.push(bucket);
    current.rows += count;
  }
  if (current.buckets.length) groups.push(current);
  return groups;
}
