/**
 * The plan's advice taken literally: the new installation's first run (models/zzz_1st_run.py) has filled
 * gis_marker in its own order with fresh uuids, so the admin removes gis_marker from the CSV before the
 * import. id_map then has no gis_marker entries, the markers of feature classes and locations keep their
 * old ids, and those ids now name other markers: the import completes, and only the comparison of the
 * tables and of the remapped references can tell.
 */
import { defineScenario, sql } from 'rehearse';
import { sahanaChecks } from '../../../scenarios/sahana/checks/sahana-checks.ts';
import { removeCsvTablesStep } from '../../../scenarios/sahana/steps/remove-csv-tables.ts';
import { createSchemaStep, exportCsvStep, importCsvStep } from '../../../scenarios/sahana/steps/sahana-steps.ts';

const FIRST_RUN_MARKERS = ['marker_blue', 'marker_green', 'marker_red', 'marker_yellow', 'marker_amber', 'office', 'hospital', 'shelter', 'person'];

export default defineScenario({
  name: 'sahana-first-run-markers',
  source: { engine: 'sqlite' },
  target: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'character-set-server': 'utf8mb4' } },
  steps: [
    exportCsvStep(),
    createSchemaStep(),
    sql({
      id: 'first-run',
      on: 'target',
      text: `INSERT INTO gis_marker (uuid, name, image) VALUES ${FIRST_RUN_MARKERS.map((name, i) => `('first-run-${i + 1}', '${name}', 'gis_marker.image.${name}.png')`).join(', ')};`,
    }),
    removeCsvTablesStep(['gis_marker']),
    importCsvStep(),
  ],
  checks: sahanaChecks(),
});
