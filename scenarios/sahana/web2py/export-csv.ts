/**
 * `db.export_to_csv_file(open('db.csv', 'w'))` (pydal 1.20260520.0, pydal/base.py `DAL.export_to_csv_file`
 * and pydal/objects.py `Rows.export_to_csv_file`): for every table in `db.tables` order, a line
 * `TABLE name`, a header row of `table.field` names, the rows with `id > 0` in id order (pydal orders
 * by the primary key when it selects with limitby), then two empty lines; `END` after the last table, no
 * line end. Rows are streamed from the source and written with the file's back-pressure respected.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Connection } from 'rehearse';
import { SAHANA_TABLES, type TableSpec } from '../model/sahana-model.ts';
import { csvRecord } from './python-csv.ts';
import { exportText } from './field-values.ts';

export interface ExportedTable {
  readonly table: string;
  readonly rows: number;
}

/** Writes the whole-database CSV of `source` to `file`; returns the rows written per table. */
export async function exportToCsvFile(source: Connection, file: string, tables: readonly TableSpec[] = SAHANA_TABLES): Promise<ExportedTable[]> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const done: ExportedTable[] = [];
  try {
    for (const table of tables) {
      await write(`TABLE ${table.name}\r\n`);
      await write(csvRecord(table.fields.map((f) => `${table.name}.${f.name}`)));
      const q = (name: string): string => source.dialect.quoteIdentifier(name);
      const columns = table.fields.map((f) => q(f.name)).join(', ');
      let rows = 0;
      for await (const row of source.stream(`SELECT ${columns} FROM ${q(table.name)} WHERE ${q('id')} > 0 ORDER BY ${q('id')}`)) {
        await write(csvRecord(table.fields.map((f) => exportText(f, row[f.name] ?? null))));
        rows++;
      }
      await write('\r\n\r\n');
      done.push({ table: table.name, rows });
    }
    await write('END');
  } finally {
    out.end();
    await once(out, 'close');
  }
  return done;
}
