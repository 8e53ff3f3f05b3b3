/**
 * Step 1 of seed 002: `python manage.py export_data_from_v3_to_v4`, run on the v3 side. Every exported
 * table that exists in v3 is read with a plain SELECT of all its columns and written to
 * WORKDIR/data_from_v3_to_v4/v3_exported_tables.json, then the two synthetic tag tables built by the
 * tag query (research notes §8.2-§8.4). Rows are streamed from the database to the file.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { task, type Step, type StepContext, type StepOutput } from 'rehearse';
import { exportedJsonPath } from './export-paths.ts';
import { isSyntheticTagTable, V3_EXPORTED_TABLES } from './exported-tables.ts';
import { ExportedJsonWriter } from './exported-json-writer.ts';
import { replayGroupConcatWarnings } from './group-concat-warnings.ts';
import { jsonRowWriter } from './json-row-format.ts';
import { listColumns, listTables, tagQuery, type ExportColumn } from './v3-catalog.ts';

export function exportStep(): Step {
  return task({
    id: 'export',
    description: 'export_data_from_v3_to_v4: v3 tables and synthetic tag tables to data_from_v3_to_v4/v3_exported_tables.json',
    run: exportFromV3,
  });
}

async function exportFromV3(context: StepContext): Promise<StepOutput> {
  const { source } = context;
  const file = exportedJsonPath(context.workdir);
  await mkdir(dirname(file), { recursive: true });
  const existing = await listTables(source);
  const tables = V3_EXPORTED_TABLES.filter((t) => existing.has(t) || isSyntheticTagTable(t));
  const writer = new ExportedJsonWriter(file);
  let total = 0;
  let cutTagLists = 0;
  for (const table of tables) {
    context.signal.throwIfAborted();
    const { sql, columns } = isSyntheticTagTable(table)
      ? tagQuery(source, table)
      : { sql: `SELECT * FROM ${source.dialect.quoteIdentifier(table)}`, columns: await listColumns(source, table) };
    await writer.beginTable(table);
    total += await writeRows(context, writer, table, sql, columns);
    await writer.endTable();
    if (isSyntheticTagTable(table)) cutTagLists += await replayGroupConcatWarnings(source);
    context.progress(`exported ${table} (${total.toLocaleString('en')} rows so far)`);
  }
  await writer.close();
  const cut = cutTagLists ? `; ${cutTagLists} tag lists cut by GROUP_CONCAT (warning 1260)` : '';
  return { rows: total, output: `${tables.length} tables, ${total} rows written to ${file}${cut}` };
}

async function writeRows(context: StepContext, writer: ExportedJsonWriter, table: string, sql: string, columns: readonly ExportColumn[]): Promise<number> {
  const jsonRow = jsonRowWriter(columns, table);
  let rows = 0;
  for await (const row of context.source.stream(sql)) {
    await writer.row(jsonRow(row));
    rows++;
  }
  return rows;
}
