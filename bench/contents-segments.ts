/**
 * The segmented checksum, as the benchmark measures it: per key segment each side computes a row count
 * and the exact sum of 60-bit row hashes; segments that differ are split until small, then only their
 * rows are fetched and compared field by field. Segment queries run concurrently, at most one per
 * connection of each side's pool.
 */
import type { CanonicalText } from '../harness/engine/canonical-text.ts';
import type { Connection } from '../harness/engine/engine.ts';
import { BENCH_TABLE } from './contents-table.ts';

export interface Side {
  readonly pool: readonly Connection[];
  readonly fields: readonly { name: string; field: string }[];
  readonly rowText: string;
  readonly canonical: CanonicalText;
}

export interface ChangedRow {
  readonly key: string;
  /** One line per differing column: `name: source → target`. */
  readonly detail: string;
}

interface Range {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/** Segments at most this many keys wide are fetched instead of split. */
const FETCH_BELOW = 1000;
const SPLIT_INTO = 16;

function split(range: Range, parts: number): Range[] {
  const width = Math.max(1, Math.ceil((range.to - range.from) / parts));
  const ranges: Range[] = [];
  for (let from = range.from; from < range.to; from += width) ranges.push({ from, to: Math.min(range.to, from + width) });
  return ranges;
}

/** Runs `work` on each item, at most one at a time per pooled connection. */
async function onPool<T, R>(pool: readonly Connection[], items: readonly T[], work: (connection: Connection, item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    pool.map(async (connection) => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(connection, items[index] as T);
      }
    }),
  );
  return results;
}

async function checksums(side: Side, ranges: readonly Range[]): Promise<string[]> {
  const sql = `SELECT COUNT(*) AS n, ${side.canonical.sum(side.canonical.hash(side.rowText))} AS s FROM ${BENCH_TABLE} WHERE id >= `;
  return onPool(side.pool, ranges, async (connection, range) => {
    const [row] = await connection.query(`${sql}${range.from} AND id < ${range.to}`);
    if (String(row?.s).startsWith('-')) throw new Error(`a row text in ${range.from}..${range.to} could not be hashed`);
    return `${row?.n}/${row?.s}`;
  });
}

async function fetchRows(side: Side, range: Range): Promise<Map<string, (string | null)[]>> {
  const columns = side.fields.map((f, i) => `${f.field} AS f${i}`).join(', ');
  const rows = await (side.pool[0] as Connection).query(`SELECT id, ${columns} FROM ${BENCH_TABLE} WHERE id >= ${range.from} AND id < ${range.to} ORDER BY id`);
  return new Map(rows.map((row) => [String(row.id), side.fields.map((_, i) => (row[`f${i}`] === null ? null : String(row[`f${i}`])))]));
}

async function diffRange(sides: readonly Side[], range: Range): Promise<ChangedRow[]> {
  const [source, target] = await Promise.all(sides.map((side) => fetchRows(side, range)));
  const keys = [...new Set([...(source?.keys() ?? []), ...(target?.keys() ?? [])])];
  return keys.flatMap((key) => {
    const before = source?.get(key);
    const after = target?.get(key);
    if (!before || !after) return [{ key, detail: before ? '  removed in target' : '  added in target' }];
    const lines = (sides[0]?.fields ?? []).flatMap((f, i) => (before[i] === after[i] ? [] : [`  ${f.name}: ${before[i]} → ${after[i]}`]));
    return lines.length ? [{ key, detail: lines.join('\n') }] : [];
  });
}

/** The rows that differ between the two sides' bench tables, keys 1..rows. */
export async function findChangedRows(sides: readonly Side[], rows: number, options: { segments: number }): Promise<ChangedRow[]> {
  let ranges = split({ from: 1, to: rows + 1 }, options.segments);
  const changed: ChangedRow[] = [];
  while (ranges.length > 0) {
    const [source, target] = await Promise.all(sides.map((side) => checksums(side, ranges)));
    const differing = ranges.filter((_, i) => source?.[i] !== target?.[i]);
    const small = differing.filter((r) => r.to - r.from <= FETCH_BELOW);
    for (const range of small) changed.push(...(await diffRange(sides, range)));
    ranges = differing.filter((r) => r.to - r.from > FETCH_BELOW).flatMap((r) => split(r, SPLIT_INTO));
  }
  return changed;
}
