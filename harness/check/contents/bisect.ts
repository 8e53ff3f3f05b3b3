/**
 * The comparison of one table, engine-agnostic: one checksum scan per side; when the sums differ and the
 * key is a single integer, the key range is split into parts whose checksums are compared in turn, and
 * only the small differing segments are read row by row. Other tables (composite or text keys, no key)
 * are split into hash buckets of their key (bucket-search.ts) the same way. Identical tables cost one
 * scan per side.
 */
import { searchBuckets } from './bucket-search.ts';
import type { RowDifference } from './row-diff.ts';
import { diffRows } from './row-diff.ts';
import type { Checksum, KeyRange, TableSide } from './segment-checksum.ts';
import { checksum, keyBounds, readRows } from './segment-checksum.ts';
import type { TablePlan } from './table-plan.ts';

/** Parts a differing segment is split into. */
const FAN_OUT = 16n;

export interface BisectOptions {
  /** A segment with at most this many rows on each side is read row by row. */
  readonly segmentRows: number;
  /** Rows held in memory at most for a table read whole. */
  readonly maxRows: number;
  readonly signal: AbortSignal;
  /** Source rows settled so far (identical segments and diffed ones), for progress. */
  readonly onRows: (rows: number) => void;
  readonly onDifference: (difference: RowDifference) => void;
}

export interface TableCounts {
  readonly sourceRows: number;
  readonly targetRows: number;
  /** Checksum queries run per side, and segments read row by row. */
  readonly checksums: number;
  readonly segmentsRead: number;
}

/** The sum an engine gives when some row's text could not be built (see CanonicalText.sum): never trusted. */
const UNTRUSTED_SUM = '-1';
/** Equal counts and sums; an untrusted sum is never equal, so its rows get read and compared column by column. */
const same = (a: Checksum, b: Checksum) => a.rows === b.rows && a.sum === b.sum && a.sum !== UNTRUSTED_SUM;

/** Compares one planned table; differences go to `options.onDifference`. */
export async function compareTable(plan: TablePlan, source: TableSide, target: TableSide, options: BisectOptions): Promise<TableCounts> {
  const [s, t] = await Promise.all([checksum(source), checksum(target)]);
  let checksums = 1;
  let segmentsRead = 0;
  const counts = () => ({ sourceRows: s.rows, targetRows: t.rows, checksums, segmentsRead });
  if (same(s, t)) {
    options.onRows(s.rows);
    return counts();
  }
  const read = async (range?: KeyRange) => {
    segmentsRead++;
    await diffRows(plan, readRows(source, range), readRows(target, range), options.maxRows, options.onDifference);
  };
  if (!plan.integerKey) {
    const found = await searchBuckets(plan, source, target, options, same, Math.max(s.rows, t.rows));
    checksums += found.checksums;
    segmentsRead += found.segmentsRead;
    // A key without a trusted hash cannot be bucketed: fail closed by reading the table whole.
    if (found.untrustedKeys) {
      await read();
      options.onRows(s.rows);
    }
    return counts();
  }
  let found = 0;
  const onDifference = options.onDifference;
  options = { ...options, onDifference: (d) => (found++, onDifference(d)) };
  const [sb, tb] = await Promise.all([keyBounds(source), keyBounds(target)]);
  const bounds = [sb, tb].filter((b): b is KeyRange => b !== undefined);
  const whole: KeyRange = { from: min(bounds.map((b) => b.from)), to: max(bounds.map((b) => b.to)) };
  const pending: { range: KeyRange; rows: number }[] = [{ range: whole, rows: Math.max(s.rows, t.rows) }];
  while (pending.length) {
    options.signal.throwIfAborted();
    const { range, rows } = pending.pop()!;
    if (rows <= options.segmentRows || range.to - range.from <= 1n) {
      await read(range);
      options.onRows(rows);
      continue;
    }
    for (const part of split(range)) {
      const [ps, pt] = await Promise.all([checksum(source, part), checksum(target, part)]);
      checksums++;
      if (same(ps, pt)) options.onRows(ps.rows);
      else pending.push({ range: part, rows: Math.max(ps.rows, pt.rows) });
    }
  }
  // The whole-table sums differ but no segment did: rows outside every key range (a NULL key) or
  // something the segments cannot see. Fail closed: read the table whole.
  if (found === 0) await read();
  return counts();
}

const min = (values: bigint[]) => values.reduce((a, b) => (b < a ? b : a));
const max = (values: bigint[]) => values.reduce((a, b) => (b > a ? b : a));

/** Splits a range into up to {@link FAN_OUT} contiguous non-empty parts. */
export function split(range: KeyRange): KeyRange[] {
  const width = range.to - range.from;
  const step = width / FAN_OUT + (width % FAN_OUT ? 1n : 0n);
  const parts: KeyRange[] = [];
  for (let from = range.from; from < range.to; from += step) parts.push({ from, to: from + step < range.to ? from + step : range.to });
  return parts;
}
