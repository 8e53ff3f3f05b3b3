/**
 * The row diff shared by checks: a sorted merge of two row streams ordered by the same key, in the manner
 * of reladiff's "joindiff" done client-side. Memory stays bounded: one row per side is held at a time,
 * plus at most `maxExamples` examples. The diff algorithm knows nothing about engines; the streams come
 * from {@link Connection.stream}.
 *
 * Both streams MUST be ordered by the key columns, in the same order and the same collation, which means
 * a binary collation for text keys (PostgreSQL `ORDER BY name COLLATE "C"`, MariaDB
 * `ORDER BY name COLLATE utf8mb4_bin` or `ORDER BY BINARY name`; see
 * https://www.postgresql.org/docs/current/collation.html and
 * https://mariadb.com/kb/en/setting-character-sets-and-collations/) and NULLs first (PostgreSQL sorts
 * NULLs last unless told `NULLS FIRST`). A key that goes backwards or repeats is detected and raised as a
 * {@link BadInputError}: it would otherwise turn into a flood of false differences.
 */
import { createHash } from 'node:crypto';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Row, SqlValue } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import type { CheckExample } from './check.ts';
import {
  canonicalValue,
  compareKeyValues,
  maskValue,
  renderValue,
  valuesEqual,
  type ValueOptions,
} from './normalize-value.ts';

export type ColumnNormalizer = (value: SqlValue) => SqlValue;

export interface CompareRowsOptions extends ValueOptions {
  /** Key columns, matched case-insensitively. They identify a row on both sides and must be unique.
   * @default the first column of the first row read (source side first) */
  readonly key?: readonly string[];
  /** Examples kept at most. */
  readonly maxExamples: number;
  /** Names the comparison in error messages, e.g. `check "prices"`. */
  readonly name: string;
  /** Prefix of example subjects, e.g. `table "Track" `. @default '' */
  readonly subjectPrefix?: string;
  /** Columns left out of the comparison (case-insensitive). */
  readonly ignoreColumns?: readonly string[];
  /** Columns whose values are shown as a digest in examples: they may hold personal data. */
  readonly maskColumns?: readonly string[];
  /** Per-column normaliser applied to both sides before comparing (column names case-insensitive). */
  readonly columns?: Readonly<Record<string, ColumnNormalizer>>;
  readonly signal?: AbortSignal;
}

export interface RowDiff {
  readonly sourceRows: number;
  readonly targetRows: number;
  /** Rows whose key is only in the source. */
  readonly missing: number;
  /** Rows whose key is only in the target. */
  readonly extra: number;
  /** Rows present on both sides with at least one differing column. */
  readonly changed: number;
  readonly examples: readonly CheckExample[];
  /** Result columns present on one side only (display names); such columns are not compared. */
  readonly sourceOnlyColumns: readonly string[];
  readonly targetOnlyColumns: readonly string[];
}

type Side = 'source' | 'target';
interface KeyedRow {
  readonly values: Map<string, SqlValue>;
  readonly key: readonly SqlValue[];
}

const lower = (names: readonly string[] | undefined) => new Set((names ?? []).map((n) => n.toLowerCase()));

/** Reads one side, lower-cases column names, applies normalisers and checks the key order as it goes. */
class RowReader {
  readonly side: Side;
  count = 0;
  /** Display names by lower-cased name, in result order; known after the first row. */
  columns: Map<string, string> | undefined;
  #iterator: AsyncIterator<Row>;
  #previous: readonly SqlValue[] | undefined;
  #options: CompareRowsOptions;
  #ignored: Set<string>;
  #normalizers: Map<string, ColumnNormalizer>;
  /** Shared by both readers: the key columns, resolved from the first row when not given. */
  #key: { names?: readonly string[] };

  constructor(side: Side, rows: AsyncIterable<Row>, options: CompareRowsOptions, key: { names?: readonly string[] }) {
    this.side = side;
    this.#iterator = rows[Symbol.asyncIterator]();
    this.#options = options;
    this.#key = key;
    this.#ignored = lower(options.ignoreColumns);
    this.#normalizers = new Map(Object.entries(options.columns ?? {}).map(([k, f]) => [k.toLowerCase(), f]));
  }

  async next(): Promise<KeyedRow | undefined> {
    const item = await this.#iterator.next();
    if (item.done) return undefined;
    const values = new Map<string, SqlValue>();
    const columns = this.columns ? undefined : new Map<string, string>();
    for (const [name, raw] of Object.entries(item.value)) {
      const lc = name.toLowerCase();
      if (this.#ignored.has(lc)) continue;
      const normalize = this.#normalizers.get(lc);
      values.set(lc, normalize ? normalize(raw) : raw);
      columns?.set(lc, name);
    }
    if (columns) this.#setColumns(columns);
    const key = this.#keyNames.map((k) => values.get(k.toLowerCase()) ?? null);
    this.#checkOrder(key);
    this.count++;
    return { values, key };
  }

  get #keyNames(): readonly string[] {
    return this.#key.names ?? [];
  }

  #setColumns(columns: Map<string, string>): void {
    const first = [...columns.values()][0];
    if (!this.#key.names && first !== undefined) this.#key.names = [first];
    const missing = this.#keyNames.filter((k) => !columns.has(k.toLowerCase()));
    if (missing.length > 0) {
      throw new BadInputError(
        `${this.#options.name}: key column(s) ${missing.join(', ')} not in the ${this.side} result, whose columns are ${[...columns.values()].join(', ')}. Name result columns in the key option.`,
      );
    }
    this.columns = columns;
  }

  #checkOrder(key: readonly SqlValue[]): void {
    const previous = this.#previous;
    this.#previous = key;
    if (!previous) return;
    const order = compareKeys(previous, key, this.#options);
    if (order < 0) return;
    const names = this.#keyNames;
    const what =
      order === 0
        ? `key ${renderKey(names, key)} appears twice in the ${this.side} rows: the key must be unique. Add columns to the key option`
        : `the ${this.side} rows are not ordered by the key (${names.join(', ')}): ${renderKey(names, key)} came after ${renderKey(names, previous)}. Both queries must ORDER BY the key columns in the same order and collation (binary collation for text: COLLATE "C" on PostgreSQL, COLLATE utf8mb4_bin on MariaDB; NULLS FIRST)`;
    throw new BadInputError(`${this.#options.name}: ${what}.`);
  }

  async close(): Promise<void> {
    await this.#iterator.return?.();
  }
}

function compareKeys(a: readonly SqlValue[], b: readonly SqlValue[], options: ValueOptions): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareKeyValues(a[i] ?? null, b[i] ?? null, options);
    if (order !== 0) return order;
  }
  return 0;
}

function renderKey(names: readonly string[], key: readonly SqlValue[]): string {
  return names.map((name, i) => `${name}=${renderValue(key[i] ?? null)}`).join(', ');
}

/** Compares two key-ordered row streams; throws {@link BadInputError} on unordered or duplicate keys. */
export async function compareSortedRows(
  source: AsyncIterable<Row>,
  target: AsyncIterable<Row>,
  options: CompareRowsOptions,
): Promise<RowDiff> {
  const key: { names?: readonly string[] } = { names: options.key };
  const readers = {
    source: new RowReader('source', source, options, key),
    target: new RowReader('target', target, options, key),
  };
  const examples = new ExampleCollector(options, key);
  let missing = 0;
  let extra = 0;
  let changed = 0;
  try {
    // The first source row is read alone: it may decide the key columns for both sides.
    let a = await readers.source.next();
    let b = await readers.target.next();
    while (a || b) {
      options.signal?.throwIfAborted();
      const order = !a ? 1 : !b ? -1 : compareKeys(a.key, b.key, options);
      if (order < 0 && a) {
        missing++;
        examples.add('only in source', a, undefined, readers);
        a = await readers.source.next();
      } else if (order > 0 && b) {
        extra++;
        examples.add('only in target', undefined, b, readers);
        b = await readers.target.next();
      } else if (a && b) {
        const columns = commonColumns(readers);
        const differing = columns.filter((c) => !valuesEqual(a!.values.get(c) ?? null, b!.values.get(c) ?? null, options));
        if (differing.length > 0) {
          changed++;
          const names = differing.map((c) => readers.source.columns?.get(c) ?? c).join(', ');
          examples.add(`changed (${names})`, a, b, readers);
        }
        [a, b] = await Promise.all([readers.source.next(), readers.target.next()]);
      }
    }
  } finally {
    await Promise.allSettled([readers.source.close(), readers.target.close()]);
  }
  const [sourceOnly, targetOnly] = oneSidedColumns(readers);
  return {
    sourceRows: readers.source.count,
    targetRows: readers.target.count,
    missing,
    extra,
    changed,
    examples: examples.list,
    sourceOnlyColumns: sourceOnly,
    targetOnlyColumns: targetOnly,
  };
}

/** Lower-cased columns compared: those of both sides (in source order), or of the only side seen. */
function commonColumns(readers: Record<Side, RowReader>): string[] {
  const s = readers.source.columns;
  const t = readers.target.columns;
  if (s && t) return [...s.keys()].filter((c) => t.has(c));
  return [...(s ?? t ?? new Map()).keys()];
}

function oneSidedColumns(readers: Record<Side, RowReader>): [string[], string[]] {
  const s = readers.source.columns;
  const t = readers.target.columns;
  if (!s || !t) return [[], []];
  return [[...s].filter(([c]) => !t.has(c)).map(([, n]) => n), [...t].filter(([c]) => !s.has(c)).map(([, n]) => n)];
}

class ExampleCollector {
  readonly list: CheckExample[] = [];
  #options: CompareRowsOptions;
  #masked: Set<string>;
  #key: { names?: readonly string[] };

  constructor(options: CompareRowsOptions, key: { names?: readonly string[] }) {
    this.#options = options;
    this.#masked = lower(options.maskColumns);
    this.#key = key;
  }

  add(what: string, a: KeyedRow | undefined, b: KeyedRow | undefined, readers: Record<Side, RowReader>): void {
    if (this.list.length >= this.#options.maxExamples) return;
    const row = (a ?? b)!;
    const key = (this.#key.names ?? []).map((k, i) => {
      const value = row.key[i] ?? null;
      return `${k}=${this.#masked.has(k.toLowerCase()) ? maskValue(value) : renderValue(value)}`;
    });
    const columns = commonColumns(readers);
    const render = (r: KeyedRow | undefined) =>
      r ? columns.map((c) => `${readers.source.columns?.get(c) ?? readers.target.columns?.get(c) ?? c}: ${this.#render(c, r.values.get(c) ?? null)}\n`).join('') : '';
    const detail = createTwoFilesPatch('source', 'target', render(a), render(b), undefined, undefined, {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY,
    });
    this.list.push({ subject: `${this.#options.subjectPrefix ?? ''}row ${key.join(', ')} ${what}`, detail: detail.trimEnd() });
  }

  #render(column: string, value: SqlValue): string {
    return this.#masked.has(column) ? maskValue(value) : renderValue(value);
  }
}

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
  for (const [side, open, delta] of [['source', openSource, 1], ['target', openTarget, -1]] as const) {
    for await (const row of open()) {
      options.signal?.throwIfAborted();
      const digest = digestRow(row, options, side, columns);
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
  for (const [side, open] of [['source', openSource], ['target', openTarget]] as const) {
    if (counts.size === 0 || examples.length >= options.maxExamples) break;
    for await (const row of open()) {
      const digest = digestRow(row, options, side, {});
      const count = counts.get(digest) ?? 0;
      if ((side === 'source' && count <= 0) || (side === 'target' && count >= 0)) continue;
      counts.set(digest, side === 'source' ? count - 1 : count + 1);
      const lines = Object.entries(row)
        .filter(([name]) => !lower(options.ignoreColumns).has(name.toLowerCase()))
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

function digestRow(
  row: Row,
  options: CompareUnorderedOptions,
  side: Side,
  columns: Partial<Record<Side, Map<string, string>>>,
): string {
  const ignored = lower(options.ignoreColumns);
  const normalizers = options.columns ?? {};
  const entries: [string, SqlValue, string][] = [];
  for (const [name, raw] of Object.entries(row)) {
    const lc = name.toLowerCase();
    if (ignored.has(lc)) continue;
    const normalize = Object.entries(normalizers).find(([k]) => k.toLowerCase() === lc)?.[1];
    entries.push([lc, normalize ? normalize(raw) : raw, name]);
  }
  if (!columns[side]) columns[side] = new Map(entries.map(([lc, , name]) => [lc, name]));
  entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const hash = createHash('sha256');
  for (const [lc, value] of entries) hash.update(`${lc}\u0001${canonicalValue(value, options)}\u0002`);
  return hash.digest('base64').slice(0, 22);
}
