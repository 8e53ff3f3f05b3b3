/**
 * `schema(...)`: the tables and columns the migrated application needs exist on the target, optionally
 * with the right types. Names match case-insensitively; types are tested against the engine's own
 * declared type in lower case ({@link ColumnInfo.type}, e.g. "varchar(255)", "character varying(255)").
 *
 * ```ts
 * schema({ tables: {
 *   video_encode_transcript_encoding: ['id', 'video_id', 'source_file'],
 *   tagging_tag: { columns: ['id', 'name'], types: { name: /char/ } },
 * } })
 * ```
 */
import { z } from 'zod';
import type { ColumnInfo } from '../engine/engine.ts';
import type { Check, CheckContext, CheckExample, CheckOptionsBase, CheckOutcome, Severity } from './check.ts';
import { CHECK_OPTIONS_BASE, parseCheckOptions } from './check-options.ts';

export type TableRequirement =
  | readonly string[]
  | { readonly columns?: readonly string[]; readonly types?: Readonly<Record<string, RegExp | string>> };

export interface SchemaCheckOptions extends CheckOptionsBase {
  /** Table → required columns, or `{ columns, types }` where a type is a pattern or an exact type name. */
  readonly tables: Readonly<Record<string, TableRequirement>>;
}

const COLUMNS = z.array(z.string().min(1), { error: 'must be a list of column names' });
const OPTIONS = z
  .object({
    ...CHECK_OPTIONS_BASE,
    tables: z.record(
      z.string().min(1),
      z.union(
        [
          COLUMNS,
          z
            .object({
              columns: COLUMNS.optional(),
              types: z.record(z.string(), z.union([z.string().min(1), z.instanceof(RegExp)])).optional(),
            })
            .strict(),
        ],
        { error: "must be a list of columns or { columns: [...], types: { column: /pattern/ or 'type' } }" },
      ),
      { error: 'must map table names to their required columns' },
    ),
  })
  .strict();

type Options = z.output<typeof OPTIONS>;

function typeMatches(expected: RegExp | string, actual: string): boolean {
  return typeof expected === 'string' ? expected.toLowerCase() === actual.toLowerCase() : expected.test(actual);
}

class SchemaCheck implements Check {
  readonly kind = 'schema';
  readonly id: string;
  readonly severity: Severity;
  #tables: Options['tables'];

  constructor(options: Options) {
    this.id = options.id ?? 'schema';
    this.severity = options.severity ?? 'blocking';
    this.#tables = options.tables;
  }

  describe(): string {
    const names = Object.keys(this.#tables);
    return `target has tables ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''} with their columns`;
  }

  async run(context: CheckContext): Promise<CheckOutcome> {
    const existing = (await context.target.introspector.listTables()).map((t) => t.name);
    const examples: CheckExample[] = [];
    const missingTables: string[] = [];
    const missingColumns: string[] = [];
    const typeMismatches: string[] = [];
    let columnsChecked = 0;
    for (const [wanted, requirement] of Object.entries(this.#tables)) {
      context.signal.throwIfAborted();
      const table = existing.find((n) => n === wanted) ?? existing.find((n) => n.toLowerCase() === wanted.toLowerCase());
      if (table === undefined) {
        missingTables.push(wanted);
        examples.push({ subject: `table "${wanted}"`, detail: 'missing in target' });
        continue;
      }
      const columns = await context.target.introspector.listColumns(table);
      const byName = (name: string): ColumnInfo | undefined => columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
      const listed = Array.isArray(requirement) ? requirement : (requirement.columns ?? []);
      const types = Array.isArray(requirement) ? {} : ('types' in requirement ? (requirement.types ?? {}) : {});
      const required = [...new Set([...listed, ...Object.keys(types)].map((c) => c))];
      const absent = required.filter((c) => !byName(c));
      columnsChecked += required.length;
      for (const c of absent) missingColumns.push(`${wanted}.${c}`);
      const wrongTypes: string[] = [];
      for (const [column, expected] of Object.entries(types)) {
        const actual = byName(column);
        if (actual && !typeMatches(expected, actual.type)) {
          wrongTypes.push(`${column}: ${actual.type}, expected ${String(expected)}`);
          typeMismatches.push(`${wanted}.${column}`);
        }
      }
      if (absent.length || wrongTypes.length) {
        const lines = [
          absent.length ? `missing columns: ${absent.join(', ')}` : '',
          ...wrongTypes.map((t) => `wrong type: ${t}`),
          `target columns: ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}`,
        ];
        examples.push({ subject: `table "${wanted}"`, detail: lines.filter(Boolean).join('\n') });
      }
    }
    const tables = Object.keys(this.#tables).length;
    const metrics = {
      tables,
      columns: columnsChecked,
      missingTables: missingTables.length,
      missingColumns: missingColumns.length,
      typeMismatches: typeMismatches.length,
    };
    if (examples.length === 0) {
      return { status: 'passed', summary: `${tables} tables and ${columnsChecked} columns present`, examples: [], metrics };
    }
    const summary = [
      missingTables.length ? `missing tables: ${missingTables.join(', ')}` : '',
      missingColumns.length ? `missing columns: ${missingColumns.slice(0, 10).join(', ')}${missingColumns.length > 10 ? ', …' : ''}` : '',
      typeMismatches.length ? `wrong types: ${typeMismatches.slice(0, 10).join(', ')}` : '',
    ];
    return { status: 'failed', summary: summary.filter(Boolean).join('; '), examples: examples.slice(0, context.maxExamples), metrics };
  }
}

/** Checks that the target has the given tables and columns (and types, when given). */
export function schema(options: SchemaCheckOptions): Check {
  return new SchemaCheck(parseCheckOptions('schema', OPTIONS, options));
}
