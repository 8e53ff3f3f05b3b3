/**
 * The row diff for results whose order is unknown or differs between engines (`orderInsensitive`): a
 * multiset comparison of row digests. Prefer the sorted merge in compare-rows.ts, whose memory is
 * constant; this one grows with the number of distinct rows.
 */
import { createHash } from 'node:crypto';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Row, SqlValue } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import type { CheckExample } from './check.ts';
import { lower, type CompareRowsOptions, type RowDiff, type Side } from './compare-rows.ts';
import { canonicalValue, maskValue, renderValue } from './normalize-value.ts';

export interface CompareUnorderedOptions extends Omit<CompareRowsOptions, 'key'> {
  /** Distinct rows held (as 16-byte digests) at most; beyond it the comparison stops with an error.
   * @default 1_000_000 */
  readonly maxDistinctRows?: number;
}

/**
 * Compares two row streams in any order as multisets: each row is reduced to a digest of its canonical
 * values ({@link canonicalValue}) and counted, so memory grows with the number of distinct rows (about
 * 100 bytes each), never with their width. Changed rows show as one missing plus one extra. When rows
 * differ, both queries are streamed a second time (through the `open*` functions) to collect examples.
 */
export async function compareUnorderedRows(
  openSource: () => AsyncIterable<Row>,
  openTarget: () => AsyncIterable<Row>,
  options: CompareUnorderedOptions,
): Promise<RowDiff> {
  const limit = options.maxDistinctRows ?? 1_000_000;
  const counts = new Map<string, number>();
  const columns: Partial<Record<Side, Map<string, string>>> = {};
  const rows: Record<Side, number> = { source: 0, target: 0 };
  const digestRow = rowDigester(options, columns);
  for (const [side, open, delta] of [['source', openSource, 1], ['target', openTarget, -1]] as const) {
    for await (const row of open()) {
      options.signal?.throwIfAborted();
      const digest = digestRow(row, side);
      counts.set(digest, (counts.get(digest) ?? 0) + delta);
      rows[side]++;
      if (counts.size > limit) {
        throw new BadInputError(
          `${options.name}: more than ${limit} distinct rows to compare without an order. Give both queries an ORDER BY and a key option (sorted merge, constant memory) or raise maxDistinctRows.`,
        );
      }
    }
  }
  let missing = 0;
  let extra = 0;
  for (const [digest, count] of counts) {
    if (count === 0) counts.delete(digest);
    else if (count > 0) missing += count;
    else extra -= count;
  }
  const examples: CheckExample[] = [];
  const masked = lower(options.maskColumns);
  const ignored = lower(options.ignoreColumns);
  for (const [side, open] of [['source', openSource], ['target', openTarget]] as const) {
    if (counts.size === 0 || examples.length >= options.maxExamples) break;
    for await (const row of open()) {
      const digest = digestRow(row, side);
      const count = counts.get(digest) ?? 0;
      if ((side === 'source' && count <= 0) || (side === 'target' && count >= 0)) continue;
      counts.set(digest, side === 'source' ? count - 1 : count + 1);
      const lines = Object.entries(row)
        .filter(([name]) => !ignored.has(name.toLowerCase()))
        .map(([name, value]) => `${name}: ${masked.has(name.toLowerCase()) ? maskValue(value) : renderValue(value)}\n`);
      const body = lines.join('');
      const patch = createTwoFilesPatch('source', 'target', side === 'source' ? body : '', side === 'target' ? body : '', undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
      });
      const preview = lines.slice(0, 2).map((l) => l.trim()).join(', ');
      examples.push({ subject: `${options.subjectPrefix ?? ''}row (${preview}) only in ${side}`, detail: patch.trimEnd() });
      if (examples.length >= options.maxExamples) break;
    }
  }
  const s = columns.source;
  const t = columns.target;
  return {
    sourceRows: rows.source,
    targetRows: rows.target,
    missing,
    extra,
    changed: 0,
    examples,
    sourceOnlyColumns: s && t ? [...s].filter(([c]) => !t.has(c)).map(([, n]) => n) : [],
    targetOnlyColumns: s && t ? [...t].filter(([c]) => !s.has(c)).map(([, n]) => n) : [],
  };
}

/** Reduces a row to a 16-byte digest of its lower-cased column names and canonical values. */
function rowDigester(options: CompareUnorderedOptions, columns: Partial<Record<Side, Map<string, string>>>) {
  const ignored = lower(options.ignoreColumns);
  const normalizers = new Map(Object.entries(options.columns ?? {}).map(([k, f]) => [k.toLowerCase(), f]));
  return (row: Row, side: Side): string => {
    const entries: [string, SqlValue, string][] = [];
    for (const [name, raw] of Object.entries(row)) {
      const lc = name.toLowerCase();
      if (ignored.has(lc)) continue;
      const normalize = normalizers.get(lc);
      entries.push([lc, normalize ? normalize(raw) : raw, name]);
    }
    if (!columns[side]) columns[side] = new Map(entries.map(([lc, , name]) => [lc, name]));
    entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const hash = createHash('sha256');
    for (const [lc, value] of entries) hash.update(`${lc}\u0001${canonicalValue(value, options)}\u0002`);
    return hash.digest('base64').slice(0, 22);
  };
}
