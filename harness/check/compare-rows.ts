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
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Row, SqlValue } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import type { CheckExample } from './check.ts';
import {
  compareKeyValues,
  maskValue,
  renderValue,
  valuesClose,
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
  /** Per-column relative tolerance for numbers (lower-case names; see {@link valuesClose}). */
  readonly tolerances?: Readonly<Record<string, number>>;
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

export type Side = 'source' | 'target';
interface KeyedRow {
  readonly values: Map<string, SqlValue>;
  readonly key: readonly SqlValue[];
}

/** Lower-cased set of column names, for case-insensitive lookups. */
export const lower = (names: readonly string[] | undefined) => new Set((names ?? []).map((n) => n.toLowerCase()));

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
        : `the ${this.side} rows are not ordered by the key (${names.join(', ')}): ${renderKey(names, key)} came after ${renderKey(names, previous)}. Both queries must ORDER BY the key columns in the same order and collation (binary collation for text: COLLATE "C" on PostgreSQL, COLLATE utf8mb4_bin on MariaDB; NULLS FIRST). Numeric-looking text is ordered as numbers unless normalize: { numericStrings: false }`;
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
        const differing = columns.filter((c) => !valuesClose(a!.values.get(c) ?? null, b!.values.get(c) ?? null, options.tolerances?.[c] ?? 0, options));
        if (differing.length > 0) {
          changed++;
          const names = differing.map((c) => readers.source.columns?.get(c) ?? c).join(', ');
          examples.add(`changed (${names})`, a, b, readers, new Set(differing));
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

  /** `differing`: the columns that differ by value; the others are shown with the source rendering on both
   * sides, so that 0 against false (equal) does not look like a change in the diff. */
  add(
    what: string,
    a: KeyedRow | undefined,
    b: KeyedRow | undefined,
    readers: Record<Side, RowReader>,
    differing?: ReadonlySet<string>,
  ): void {
    if (this.list.length >= this.#options.maxExamples) return;
    const row = (a ?? b)!;
    const key = (this.#key.names ?? []).map((k, i) => {
      const value = row.key[i] ?? null;
      return `${k}=${this.#masked.has(k.toLowerCase()) ? maskValue(value) : renderValue(value)}`;
    });
    const columns = commonColumns(readers);
    const render = (r: KeyedRow | undefined) => {
      if (!r) return '';
      return columns
        .map((c) => {
          const shown = differing && a && !differing.has(c) ? a : r;
          const name = readers.source.columns?.get(c) ?? readers.target.columns?.get(c) ?? c;
          return `${name}: ${this.#render(c, shown.values.get(c) ?? null)}\n`;
        })
        .join('');
    };
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

