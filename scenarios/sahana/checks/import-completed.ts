/**
 * `import-completed`: the web2py import read the whole file, skipped no record and reached `db.commit()`.
 * Its example is where it stopped and pydal's error (a 1062 duplicate, a 1452 foreign key, a KeyError of
 * an id in a `|…|` list), so that the report shows the symptom beside the checks that name the cause.
 */
import type { Check, CheckOutcome } from 'rehearse';
import { readImportJournal } from '../web2py/import-journal.ts';

export function importCompleted(): Check {
  return {
    id: 'import-completed',
    kind: 'sahana-import-completed',
    severity: 'blocking',
    describe: () => 'the web2py CSV import read every record and committed',
    run({ workdir }): Promise<CheckOutcome> {
      const journal = readImportJournal(workdir);
      const skipped = journal.tables.filter((t) => t.skipped > 0);
      const examples = [
        ...(journal.stopped
          ? [{ subject: `import stopped in ${journal.stopped.table} at line ${journal.stopped.line}${journal.stopped.csvId === undefined ? '' : `, id ${journal.stopped.csvId}`}`, detail: journal.stopped.error }]
          : []),
        ...skipped.map((t) => ({ subject: `table ${t.table}`, detail: `${t.skipped} record(s) skipped silently: their field count differs from the header` })),
      ];
      const imported = journal.tables.reduce((sum, t) => sum + t.inserted + t.updated, 0);
      const failed = !journal.completed || skipped.length > 0;
      const summary = journal.stopped
        ? `import stopped in ${journal.stopped.table}: ${journal.stopped.error}`
        : skipped.length > 0
          ? `${skipped.reduce((sum, t) => sum + t.skipped, 0)} record(s) skipped silently`
          : journal.completed
            ? `${imported} rows imported in ${journal.tables.length} tables`
            : 'import did not reach the end of the file';
      return Promise.resolve({ status: failed ? 'failed' : 'passed', summary, examples, metrics: { rowsImported: imported } });
    },
  };
}
