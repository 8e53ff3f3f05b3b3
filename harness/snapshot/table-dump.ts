/**
 * The SQL text of one table's dump, produced while its rows stream from the source: session settings,
 * DDL, multi-row INSERTs in batches of about {@link BATCH_ROWS} rows or {@link BATCH_BYTES} bytes
 * (big enough to load fast, small enough to stay under max_allowed_packet), then the post-row statements.
 * Only the current batch is in memory.
 */
import type { Connection, SqlValue } from '../engine/engine.ts';
import type { DumpSource } from '../engine/dump-source.ts';

export const BATCH_ROWS = 500;
export const BATCH_BYTES = 1024 * 1024;

export interface TableDumpCounter {
  rows: number;
}

export async function* tableDump(
  connection: Connection,
  source: DumpSource,
  table: string,
  counter: TableDumpCounter,
  onBatch?: () => void,
): AsyncGenerator<string> {
  const literal = (value: SqlValue, where: () => string): string => connection.dialect.literal(value, where);
  for (const statement of source.preamble) yield `${statement};\n`;
  yield '\n';
  for (const statement of await source.createTable(table)) yield `${statement};\n\n`;
  const columns = await source.columns(table);
  if (columns.length > 0) {
    const prefix = await source.insertPrefix(table, columns);
    const select = `SELECT ${columns.map((c) => c.select).join(', ')} FROM ${await source.qualified(table)}`;
    let batch: string[] = [];
    let bytes = 0;
    for await (const row of connection.stream(select)) {
      const n = counter.rows + 1;
      const values = columns.map((c) => literal(row[c.name] ?? null, () => `table ${table}, row ${n}, column ${c.name}`));
      const tuple = `(${values.join(',')})`;
      batch.push(tuple);
      bytes += tuple.length;
      counter.rows = n;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) {
        yield `${prefix}\n${batch.join(',\n')};\n`;
        batch = [];
        bytes = 0;
        onBatch?.();
      }
    }
    if (batch.length > 0) yield `${prefix}\n${batch.join(',\n')};\n`;
    onBatch?.();
  }
  yield '\n';
  for (const statement of await source.afterRows(table)) yield `${statement};\n`;
  for (const statement of source.postamble) yield `${statement};\n`;
}

/** The final dump: constraints and indexes after all rows. */
export async function* statementsDump(source: DumpSource, statements: readonly string[]): AsyncGenerator<string> {
  for (const statement of source.preamble) yield `${statement};\n`;
  for (const statement of statements) yield `${statement};\n`;
  for (const statement of source.postamble) yield `${statement};\n`;
}
