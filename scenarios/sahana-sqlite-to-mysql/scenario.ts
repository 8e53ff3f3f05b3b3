/**
 * Sahana Eden, Haiti 2010: the SQLite production database moved to MariaDB through web2py's
 * whole-database CSV (seed 004, "Migration plan"). Run with a generated snapshot:
 * `rehearse generate sahana --people 1000 --out haiti.db`, then
 * `rehearse run sahana-sqlite-to-mysql --snapshot haiti.db`.
 */
import { defineScenario } from 'rehearse';
import { sahanaChecks } from '../sahana/checks/sahana-checks.ts';
import { createSchemaStep, exportCsvStep, importCsvStep } from '../sahana/steps/sahana-steps.ts';

export default defineScenario({
  name: 'sahana-sqlite-to-mysql',
  description: 'Sahana Eden (Haiti 2010) SQLite -> MariaDB InnoDB utf8mb4_unicode_ci through db.export_to_csv_file / db.import_from_csv_file',
  source: { engine: 'sqlite' },
  target: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'character-set-server': 'utf8mb4', 'collation-server': 'utf8mb4_unicode_ci' } },
  steps: [exportCsvStep(), createSchemaStep(), importCsvStep()],
  checks: sahanaChecks(),
});
