/**
 * `query(...)`: runs a query on the source and one on the target and compares the results row by row,
 * value by value ({@link valuesEqual}), streaming both sides.
 *
 * Result columns are matched by name, case-insensitively: when the target renamed a column, alias it
 * (`SELECT track_id AS TrackId …`) so both sides name it the same.
 *
 * Ordered mode (the default): both queries MUST return rows ordered by the key, in the same order and the
 * same collation (binary collation for text keys, NULLS FIRST); the check merges the two streams and
 * holds one row per side. Rows out of order or a repeated key stop the check with an error instead of
 * false differences. Unordered mode (`orderInsensitive: true`) compares the results as multisets of row
 * digests: no ORDER BY needed, memory grows with distinct rows, changed rows appear as missing + extra.
 */
import { z } from 'zod';
import { BadInputError } from '../errors.ts';
import { parseOptions } from '../options/parse-options.ts';
import type { Check, CheckContext, CheckOptionsBase, CheckOutcome, Severity } from './check.ts';
import { CHECK_OPTIONS_BASE, functionSchema, parseCheckOptions } from './check-options.ts';
import { compareSortedRows, type ColumnNormalizer, type RowDiff } from './compare-rows.ts';
import { compareUnorderedRows } from './compare-unordered-rows.ts';
import type { ValueOptions } from './normalize-value.ts';

export type QuerySql = string | { readonly sql: string } | { readonly source: string; readonly target: string };

export interface QueryCheckOptions extends CheckOptionsBase {
  /** Columns identifying a row (case-insensitive). @default the first column of the result */
  readonly key?: readonly string[];
  /** Compare as multisets, in any order (no ORDER BY needed). @default false */
  readonly orderInsensitive?: boolean;
  /** Value comparison rules, plus per-column normalisers applied on both sides before comparing. */
  readonly normalize?: ValueOptions & { readonly columns?: Readonly<Record<string, ColumnNormalizer>> };
  /** Result columns left out of the comparison. */
  readonly ignoreColumns?: readonly string[];
  /** Columns whose values appear only as a digest in the report (personal data). */
  readonly maskColumns?: readonly string[];
  /** Unordered mode only: distinct rows held at most. @default 1_000_000 */
  readonly maxDistinctRows?: number;
  /** One line for `rehearse plan`. @default derived from the SQL */
  readonly description?: string;
}

const names = z.array(z.string().min(1), { error: 'must be a list of column names' });
const OPTIONS = z
  .object({
    ...CHECK_OPTIONS_BASE,
    key: names.min(1, { error: 'must name at least one column' }).optional(),
    orderInsensitive: z.boolean({ error: 'must be true or false' }).optional(),
    normalize: z
      .object({
        numericStrings: z.boolean({ error: 'must be true or false' }).optional(),
        trimTrailingSpaces: z.boolean({ error: 'must be true or false' }).optional(),
        columns: z.record(z.string(), functionSchema<ColumnNormalizer>('must be a function (value) => value')).optional(),
      })
      .strict()
      .optional(),
    ignoreColumns: names.optional(),
    maskColumns: names.optional(),
    maxDistinctRows: z.number().int().positive({ error: 'must be a positive integer' }).optional(),
    description: z.string().optional(),
  })
  .strict();

const SQL = z.union(
  [
    z.string().min(1),
    z.object({ sql: z.string().min(1) }).strict(),
    z.object({ source: z.string().min(1), target: z.string().min(1) }).strict(),
  ],
  { error: 'must be a SQL string, { sql } or { source, target }' },
);

const ORDER_BY = /\border\s+by\b/i;

class QueryCheck implements Check {
  readonly kind = 'query';
  readonly id: string;
  readonly severity: Severity;
  #sql: { source: string; target: string };
  #options: z.output<typeof OPTIONS>;

  constructor(sql: { source: string; target: string }, options: z.output<typeof OPTIONS>) {
    this.id = options.id ?? 'query';
    this.severity = options.severity ?? 'blocking';
    this.#sql = sql;
    this.#options = options;
  }

  describe(): string {
    if (this.#options.description) return this.#options.description;
    const same = this.#sql.source === this.#sql.target;
    const shown = (sql: string) => (sql.length > 80 ? `${sql.slice(0, 77)}…` : sql).replace(/\s+/g, ' ');
    return same ? `same result on both sides: ${shown(this.#sql.source)}` : `source query matches target query: ${shown(this.#sql.source)}`;
  }

  async run(context: CheckContext): Promise<CheckOutcome> {
    const o = this.#options;
    const common = {
      name: `check "${this.id}"`,
      maxExamples: context.maxExamples,
      ignoreColumns: o.ignoreColumns,
      maskColumns: o.maskColumns,
      columns: o.normalize?.columns,
      numericStrings: o.normalize?.numericStrings,
      trimTrailingSpaces: o.normalize?.trimTrailingSpaces,
      signal: context.signal,
    };
    const source = () => context.source.stream(this.#sql.source);
    const target = () => context.target.stream(this.#sql.target);
    context.log.debug(`${this.id}: comparing ${o.orderInsensitive ? 'unordered' : 'ordered'} results`);
    const diff = o.orderInsensitive
      ? await compareUnorderedRows(source, target, { ...common, maxDistinctRows: o.maxDistinctRows })
      : await compareSortedRows(source(), target(), { ...common, key: o.key });
    return outcome(diff, context.maxExamples);
  }

}

function outcome(diff: RowDiff, maxExamples: number): CheckOutcome {
  const metrics = {
    sourceRows: diff.sourceRows,
    targetRows: diff.targetRows,
    missing: diff.missing,
    extra: diff.extra,
    changed: diff.changed,
  };
  const differing = diff.missing + diff.extra + diff.changed;
  const columnsDiffer = diff.sourceOnlyColumns.length + diff.targetOnlyColumns.length > 0;
  const columnNote = [
    diff.sourceOnlyColumns.length ? `columns only in source: ${diff.sourceOnlyColumns.join(', ')}` : '',
    diff.targetOnlyColumns.length ? `columns only in target: ${diff.targetOnlyColumns.join(', ')}` : '',
  ].filter(Boolean);
  if (differing === 0 && !columnsDiffer) {
    return { status: 'passed', summary: `${diff.sourceRows} rows match`, examples: [], metrics };
  }
  const parts = [
    differing > 0
      ? `${differing} rows differ: ${diff.missing} only in source, ${diff.extra} only in target, ${diff.changed} changed (source ${diff.sourceRows} rows, target ${diff.targetRows})`
      : `${diff.sourceRows} rows match on the common columns`,
    ...columnNote,
  ];
  const examples = columnsDiffer
    ? [{ subject: 'result columns', detail: `${columnNote.join('\n')}\nThese columns are not compared; alias them to the same name or list them in ignoreColumns.` }, ...diff.examples]
    : diff.examples;
  return { status: 'failed', summary: parts.join('; '), examples: examples.slice(0, Math.max(maxExamples, 1)), metrics };
}

/**
 * Compares the result of a query on the source with a query on the target.
 *
 * ```ts
 * query('SELECT AlbumId, Title FROM Album ORDER BY AlbumId')              // same SQL on both sides
 * query({ source: 'SELECT … ORDER BY id', target: 'SELECT … ORDER BY id' }, { key: ['id'] })
 * query({ sql: 'SELECT GenreId, Name FROM Genre' }, { orderInsensitive: true, maskColumns: ['Name'] })
 * ```
 */
export function query(sql: QuerySql, options: QueryCheckOptions = {}): Check {
  const parsed = parseCheckOptions('query', OPTIONS, options);
  // The SQL is the first argument, not an option: its problems are reported under the name `sql`.
  const text = parseOptions(z.object({ sql: SQL }), { sql }, { subject: `check ${parsed.id ?? 'query'}`, rootNoun: 'query argument' }).sql;
  const pair = typeof text === 'string' ? { source: text, target: text } : 'sql' in text ? { source: text.sql, target: text.sql } : text;
  if (!parsed.orderInsensitive) {
    for (const side of ['source', 'target'] as const) {
      if (!ORDER_BY.test(pair[side])) {
        const key = parsed.key ? `key (${parsed.key.join(', ')})` : 'key (the first column)';
        throw new BadInputError(
          `check ${parsed.id ?? 'query'}: the ${side} SQL has no ORDER BY, but rows must come ordered by the ${key} for the sorted comparison. Add ORDER BY on the key, or set orderInsensitive: true`,
        );
      }
    }
  }
  return new QueryCheck(pair, parsed);
}
