/**
 * `copyTables()`: a ready-made migration step that copies every table from source to target across
 * engines, like pgloader: the target schema is derived from the source (types mapped by
 * type-mapping.ts, names lower-cased by default as pgloader does), rows are streamed in batches, and
 * foreign keys are added once all rows are in.
 */
import { z } from 'zod';
import type { Connection, Row, SqlValue } from '../engine/engine.ts';
import type { Step, StepContext, StepOutput } from '../step/step.ts';
import { parseStepOptions, stepIdSchema } from '../step/step-options.ts';
import { task } from '../step/task-step.ts';
import { mapColumnType } from './type-mapping.ts';

export interface CopyTablesOptions {
  /** @default 'copy-tables' */
  readonly id?: string;
  /** Only these source tables (default: all). */
  readonly tables?: readonly string[];
  /** Target name of a source table or column. @default lower case */
  readonly rename?: (name: string) => string;
  /** Rows per INSERT. @default 500 */
  readonly batchSize?: number;
}

const copyTablesSchema = z
  .object({
    id: stepIdSchema.optional(),
    tables: z.array(z.string().min(1)).optional(),
    rename: z.custom<(name: string) => string>((value) => typeof value === 'function', 'must be a function (name) => targetName').optional(),
    batchSize: z.number().int().positive().optional(),
  })
  .strict();

/** Dates go over as UTC wall-clock text: drivers would otherwise shift them by the local time zone. */
function portable(value: SqlValue): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

async function insertBatch(target: Connection, table: string, columns: readonly string[], rows: readonly Row[], sourceColumns: readonly string[]): Promise<void> {
  const q = target.dialect;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const marks = sourceColumns.map((column) => {
      params.push(portable(row[column] ?? null));
      return q.placeholder(params.length);
    });
    return `(${marks.join(', ')})`;
  });
  await target.execute(`INSERT INTO ${q.quoteIdentifier(table)} (${columns.map((c) => q.quoteIdentifier(c)).join(', ')}) VALUES ${tuples.join(', ')}`, params);
}

export function copyTables(given: CopyTablesOptions = {}): Step {
  const options: CopyTablesOptions = parseStepOptions('copyTables', copyTablesSchema, given);
  const rename = options.rename ?? ((name: string) => name.toLowerCase());
  const batchSize = options.batchSize ?? 500;
  return task({
    id: options.id ?? 'copy-tables',
    description: `copy ${options.tables ? options.tables.join(', ') : 'every table'} from source to target (schema derived, rows streamed)`,
    async run(context: StepContext): Promise<StepOutput> {
      const { source, target } = context;
      const wanted = new Set(options.tables ?? []);
      const tables = (await source.introspector.listTables()).filter((t) => wanted.size === 0 || wanted.has(t.name));
      const sq = source.dialect;
      const tq = target.dialect;
      let copied = 0;
      for (const table of tables) {
        const columns = await source.introspector.listColumns(table.name);
        const key = await source.introspector.primaryKey(table.name);
        const targetTable = rename(table.name);
        const definitions = columns.map(
          (c) => `${tq.quoteIdentifier(rename(c.name))} ${mapColumnType(c.type, target.kind, `table ${table.name} column ${c.name}`)}${c.nullable ? '' : ' NOT NULL'}`,
        );
        if (key.length) definitions.push(`PRIMARY KEY (${key.map((k) => tq.quoteIdentifier(rename(k))).join(', ')})`);
        await target.execute(`CREATE TABLE ${tq.quoteIdentifier(targetTable)} (${definitions.join(', ')})`);
        const order = key.length ? ` ORDER BY ${key.map((k) => sq.quoteIdentifier(k)).join(', ')}` : '';
        const names = columns.map((c) => c.name);
        let batch: Row[] = [];
        for await (const row of source.stream(`SELECT * FROM ${sq.quoteIdentifier(table.name)}${order}`)) {
          batch.push(row);
          if (batch.length >= batchSize) {
            await insertBatch(target, targetTable, names.map(rename), batch, names);
            copied += batch.length;
            batch = [];
            context.progress(`${table.name}: ${copied.toLocaleString('en')} rows copied`);
          }
          if (context.signal.aborted) throw context.signal.reason;
        }
        if (batch.length) await insertBatch(target, targetTable, names.map(rename), batch, names);
        copied += batch.length;
      }
      for (const fk of await source.introspector.foreignKeys()) {
        if (wanted.size && !(wanted.has(fk.table) && wanted.has(fk.referencedTable))) continue;
        if (!target.capabilities.supportsAddForeignKey) continue;
        await target.execute(
          `ALTER TABLE ${tq.quoteIdentifier(rename(fk.table))} ADD CONSTRAINT ${tq.quoteIdentifier(rename(fk.name))} FOREIGN KEY (${fk.columns.map((c) => tq.quoteIdentifier(rename(c))).join(', ')}) ` +
            `REFERENCES ${tq.quoteIdentifier(rename(fk.referencedTable))} (${fk.referencedColumns.map((c) => tq.quoteIdentifier(rename(c))).join(', ')})`,
        );
      }
      return { rows: copied, output: `${tables.length} tables, ${copied} rows copied` };
    },
  });
}
