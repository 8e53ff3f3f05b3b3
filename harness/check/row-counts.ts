/**
 * `rowCounts(...)`: the number of rows of every source table equals the number in its target table.
 * Tables match by name case-insensitively (MariaDB `Album` is PostgreSQL `album`); renamed, dropped and
 * expected-to-differ tables are declared, so every difference left is a surprise.
 *
 * ```ts
 * rowCounts()                                              // every table, same name, same count
 * rowCounts({ tables: { encoding: 'video_encode_transcript_encoding',   // renamed
 *                       django_migrations: false,                       // dropped on purpose
 *                       Track: { expected: (n) => n - 1 } },            // one duplicate removed
 *             expectedDifferences: { Invoice: -2 }, ignore: [/^tmp_/] })
 * ```
 */
import { z } from 'zod';
import { BadInputError } from '../errors.ts';
import type { Check, CheckContext, CheckExample, CheckOptionsBase, CheckOutcome, Severity, TableOutcome } from './check.ts';
import { CHECK_OPTIONS_BASE, functionSchema, parseCheckOptions } from './check-options.ts';

/** The target count expected: exact, computed from the source count, or a range (inclusive). */
export type ExpectedCount = number | ((sourceCount: number) => number) | { readonly min: number; readonly max: number };

export type TableMapping = string | false | { readonly table?: string; readonly expected?: ExpectedCount };

export interface RowCountsOptions extends CheckOptionsBase {
  /** Source table name → target name (renamed), `false` (dropped on purpose) or `{ table?, expected? }`. */
  readonly tables?: Readonly<Record<string, TableMapping>>;
  /** Tables (source or target names, case-insensitive, or patterns) not looked at at all. */
  readonly ignore?: readonly (string | RegExp)[];
  /** Expected target − source difference per source table: `{ Invoice: -2 }` means two rows fewer. */
  readonly expectedDifferences?: Readonly<Record<string, number>>;
  /** Fail when the target has tables with no source counterpart (listed either way). @default false */
  readonly failOnExtraTables?: boolean;
}

const EXPECTED = z.union([
  z.number().int().nonnegative(),
  functionSchema<(n: number) => number>('must be a function'),
  z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }).strict().refine((r) => r.min <= r.max),
]);
const OPTIONS = z
  .object({
    ...CHECK_OPTIONS_BASE,
    tables: z
      .record(
        z.string(),
        z.union([z.string().min(1), z.literal(false), z.object({ table: z.string().min(1).optional(), expected: EXPECTED.optional() }).strict()], {
          error: 'must be a table name, false (dropped on purpose) or { table, expected } with expected a count, (sourceCount) => count or { min, max }',
        }),
      )
      .optional(),
    ignore: z.array(z.union([z.string(), z.instanceof(RegExp)]), { error: 'must be a list of table names or patterns' }).optional(),
    expectedDifferences: z.record(z.string(), z.number().int({ error: 'must be a whole number (target − source rows)' })).optional(),
    failOnExtraTables: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

type Options = z.output<typeof OPTIONS>;
interface Pair {
  readonly source: string;
  readonly target: string;
  readonly expected?: ExpectedCount;
}

/** Finds a table by name: exact first, then case-insensitive. */
function findTable(names: readonly string[], wanted: string): string | undefined {
  return names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
}

function describeExpected(expected: ExpectedCount, source: number): { ok: (n: number) => boolean; text: string } {
  if (typeof expected === 'number') return { ok: (n) => n === expected, text: `expected ${expected}` };
  if (typeof expected === 'function') {
    const value = expected(source);
    return { ok: (n) => n === value, text: `expected ${value}` };
  }
  return { ok: (n) => n >= expected.min && n <= expected.max, text: `expected ${expected.min}..${expected.max}` };
}

class RowCountsCheck implements Check {
  readonly kind = 'rowCounts';
  readonly id: string;
  readonly severity: Severity;
  #options: Options;

  constructor(options: Options) {
    this.id = options.id ?? 'rowCounts';
    this.severity = options.severity ?? 'blocking';
    this.#options = options;
  }

  describe(): string {
    const declared = Object.keys(this.#options.tables ?? {}).length + Object.keys(this.#options.expectedDifferences ?? {}).length;
    return `row counts of every source table equal those of the target${declared ? ` (${declared} declared exceptions)` : ''}`;
  }

  #ignored(name: string): boolean {
    return (this.#options.ignore ?? []).some((p) => (typeof p === 'string' ? p.toLowerCase() === name.toLowerCase() : p.test(name)));
  }

  async run(context: CheckContext): Promise<CheckOutcome> {
    const sourceTables = (await context.source.introspector.listTables()).map((t) => t.name).filter((n) => !this.#ignored(n));
    const targetTables = (await context.target.introspector.listTables()).map((t) => t.name).filter((n) => !this.#ignored(n));
    const { pairs, dropped, missing } = this.#plan(sourceTables, targetTables);
    const examples: CheckExample[] = missing.map((m) => ({
      subject: `table "${m.source}"`,
      detail: `missing in target (looked for "${m.target}" case-insensitively). Map it in tables: { ${m.source}: 'new_name' } if it was renamed, or false if it was dropped on purpose.`,
    }));
    let sourceRows = 0;
    let targetRows = 0;
    let mismatches = 0;
    const differing: string[] = [];
    const tables: TableOutcome[] = [];
    for (const pair of pairs) {
      context.signal.throwIfAborted();
      const s = await context.source.introspector.countRows(pair.source);
      const t = await context.target.introspector.countRows(pair.target);
      sourceRows += s;
      targetRows += t;
      const rule = describeExpected(pair.expected ?? s, s);
      const renamedTo = pair.target.toLowerCase() === pair.source.toLowerCase() ? {} : { target: pair.target };
      tables.push({ table: pair.source, ...renamedTo, sourceRows: s, targetRows: t, ok: rule.ok(t) });
      if (rule.ok(t)) continue;
      mismatches++;
      differing.push(`${pair.source} (source ${s}, target ${t})`);
      const delta = t < s ? `${s - t} missing` : t > s ? `${t - s} extra` : 'same count';
      const renamed = pair.target.toLowerCase() === pair.source.toLowerCase() ? '' : ` (target table "${pair.target}")`;
      const expectation = pair.expected === undefined ? '' : `, ${rule.text}`;
      examples.push({ subject: `table "${pair.source}"`, detail: `source ${s} rows, target ${t} rows (${delta})${expectation}${renamed}` });
    }
    const matched = new Set(pairs.map((p) => p.target));
    const extra = targetTables.filter((t) => !matched.has(t));
    if (this.#options.failOnExtraTables) {
      for (const t of extra) examples.push({ subject: `table "${t}"`, detail: 'in target only: no source table maps to it (failOnExtraTables)' });
    }
    const notes = [
      dropped.length ? `dropped on purpose: ${dropped.join(', ')}` : '',
      extra.length ? `in target only: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    const failed = mismatches + missing.length + (this.#options.failOnExtraTables ? extra.length : 0) > 0;
    const head = failed
      ? [
          mismatches ? `${mismatches} of ${pairs.length} tables differ: ${differing.slice(0, 3).join(', ')}${differing.length > 3 ? ', …' : ''}` : '',
          missing.length ? `${missing.length} missing in target: ${missing.map((m) => m.source).join(', ')}` : '',
          this.#options.failOnExtraTables && extra.length ? `${extra.length} unexpected in target` : '',
        ].filter(Boolean)
      : [`${pairs.length} tables match (${sourceRows} rows)`];
    return {
      status: failed ? 'failed' : 'passed',
      summary: [...head, ...notes].join('; '),
      examples: failed ? examples.slice(0, context.maxExamples) : [],
      metrics: { tables: pairs.length, sourceRows, targetRows, mismatches },
      tables,
    };
  }

  #plan(sourceTables: string[], targetTables: string[]) {
    const mapping = this.#options.tables ?? {};
    const differences = this.#options.expectedDifferences ?? {};
    for (const name of [...Object.keys(mapping), ...Object.keys(differences)]) {
      if (!findTable(sourceTables, name) && !this.#ignored(name)) {
        throw new BadInputError(
          `check ${this.id}: "${name}" (in tables or expectedDifferences) is not a source table. Source tables: ${sourceTables.join(', ') || '(none)'}`,
        );
      }
      if (name in mapping && name in differences && typeof mapping[name] === 'object' && mapping[name] && 'expected' in mapping[name]) {
        throw new BadInputError(`check ${this.id}: table "${name}" has both tables.${name}.expected and expectedDifferences.${name}; keep one`);
      }
    }
    const lookup = <T>(record: Readonly<Record<string, T>>, table: string): T | undefined => {
      const key = findTable(Object.keys(record), table);
      return key === undefined ? undefined : record[key];
    };
    const pairs: Pair[] = [];
    const dropped: string[] = [];
    const missing: { source: string; target: string }[] = [];
    for (const source of sourceTables) {
      const map = lookup(mapping, source);
      if (map === false) {
        dropped.push(source);
        continue;
      }
      const wanted = typeof map === 'string' ? map : (map?.table ?? source);
      const target = findTable(targetTables, wanted);
      if (target === undefined) {
        missing.push({ source, target: wanted });
        continue;
      }
      const delta = lookup(differences, source);
      const expected = typeof map === 'object' ? map.expected : delta === undefined ? undefined : (n: number) => n + delta;
      pairs.push({ source, target, expected });
    }
    return { pairs, dropped, missing };
  }
}

/** Compares row counts table by table; see the module comment for the options. */
export function rowCounts(options: RowCountsOptions = {}): Check {
  return new RowCountsCheck(parseCheckOptions('rowCounts', OPTIONS, options));
}
