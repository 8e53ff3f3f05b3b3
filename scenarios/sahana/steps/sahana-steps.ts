/**
 * The migration as the Haiti plan ran it (seed 004, "Migration plan" steps 2, 5 and the import), as
 * steps a scenario lists:
 *
 * 1. `export-csv`: `db.export_to_csv_file(open('db.csv', 'w'))` in a web2py shell on the SQLite
 *    production app, into the work directory;
 * 2. `create-schema`: web2py switched to MySQL creates the tables (`migrate=True`), here InnoDB in
 *    utf8mb4 with a case- and accent-insensitive collation;
 * 3. `import-csv`: `db.import_from_csv_file(open('db.csv', 'r'), id_map={})` and `db.commit()` in a
 *    shell on the MySQL app. Where pydal would raise, the step records it in `web2py-import.json` and ends
 *    normally, so that the checks run and say which data caused it; the `import-completed` check fails then.
 */
import { join } from 'node:path';
import { sql, task, type Step } from 'rehearse';
import { mariadbSchema } from '../model/render-ddl.ts';
import { exportToCsvFile } from '../web2py/export-csv.ts';
import { importFromCsvFile } from '../web2py/import-csv.ts';
import { writeImportJournal } from '../web2py/import-journal.ts';
import type { NewlineMode } from '../web2py/python-lines.ts';

/** The CSV file the export writes and the import reads, in the work directory. */
export const CSV_FILE = 'db.csv';

export function exportCsvStep(): Step {
  return task({
    id: 'export-csv',
    description: `db.export_to_csv_file(open('${CSV_FILE}', 'w')) on the SQLite source`,
    async run({ source, workdir, progress }) {
      const tables = await exportToCsvFile(source, join(workdir, CSV_FILE));
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      progress(`${rows} rows exported`);
      return { rows, output: tables.map((t) => `${t.table}: ${t.rows}`).join('\n') };
    },
  });
}

export function createSchemaStep(): Step {
  return sql({ id: 'create-schema', on: 'target', text: mariadbSchema() });
}

export interface ImportStepOptions {
  /** How the shell opens the file: `universal` is `open(f, 'r')` (the seed's command in Python 3),
   * `untranslated` is `open(f, 'r', newline='')`. @default 'universal' */
  readonly newline?: NewlineMode;
}

export function importCsvStep(options: ImportStepOptions = {}): Step {
  const newline = options.newline ?? 'universal';
  const mode = newline === 'universal' ? "'r'" : "'r', newline=''";
  return task({
    id: 'import-csv',
    description: `db.import_from_csv_file(open('${CSV_FILE}', ${mode}), id_map={}); db.commit() on the MariaDB target`,
    async run({ target, workdir, progress }) {
      const journal = await importFromCsvFile(target, join(workdir, CSV_FILE), { newline, onTable: (table) => progress(`importing ${table}`) });
      writeImportJournal(workdir, journal);
      const rows = journal.tables.reduce((sum, t) => sum + t.inserted + t.updated, 0);
      const lines = journal.tables.map((t) => `${t.table}: ${t.inserted} inserted, ${t.updated} updated, ${t.skipped} skipped`);
      if (journal.stopped) {
        const { table, line, csvId, error } = journal.stopped;
        lines.push(`stopped in ${table} at line ${line}${csvId === undefined ? '' : ` (id ${csvId})`}: ${error}; nothing since the last commit kept`);
      }
      return { rows, output: lines.join('\n') };
    },
  });
}
