/**
 * Esup-Pod v3.8 → v4.0 as seed 002 describes it, on one engine (the source and the target run the same
 * engine, as the two Pod installations do): export_data_from_v3_to_v4 to a JSON file, a fresh v4 schema
 * filled by import_data_from_v3_to_v4 (tags converted to tagulous), the v3 MEDIA_ROOT made accessible
 * unchanged. The snapshot is a Pod v3 snapshot (`rehearse generate pod --version v3`), whose dump holds
 * the v3 schema.
 *
 * `group_concat_max_len` on the MariaDB source is set to 1024 bytes, MySQL's default and MariaDB's
 * before 10.2.4 (https://mariadb.com/kb/en/server-system-variables/#group_concat_max_len): the export's
 * GROUP_CONCAT then cuts long tag lists as on such servers. Set it to your production server's value.
 */
import { defineScenario, type Scenario } from 'rehearse';
import { POD_MARIADB_OPTIONS } from '../esup-pod/server-options.ts';
import { exportStep } from './export-step.ts';
import { importStep } from './import-step.ts';
import { mediaStep } from './media-step.ts';
import { podV4Checks, type PodEngine } from './pod-v4-checks.ts';

const SIDES = {
  mariadb: {
    source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { ...POD_MARIADB_OPTIONS, 'group-concat-max-len': 1024 } },
    target: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: POD_MARIADB_OPTIONS, setup: ['../esup-pod/schema/v4/mariadb.sql'] },
  },
  postgres: {
    source: { engine: 'postgres', image: 'postgres:15' },
    target: { engine: 'postgres', image: 'postgres:15', setup: ['../esup-pod/schema/v4/postgres.sql'] },
  },
} as const;

export function podV3ToV4Scenario(engine: PodEngine): Scenario {
  return defineScenario({
    name: engine === 'mariadb' ? 'pod-v3-to-v4' : 'pod-v3-to-v4-postgres',
    description: `Esup-Pod 3.8 -> 4.0 on ${engine}: export_data_from_v3_to_v4, import_data_from_v3_to_v4 (tags to tagulous), media carried unchanged`,
    source: SIDES[engine].source,
    target: SIDES[engine].target,
    steps: [exportStep(), importStep(), mediaStep()],
    checks: podV4Checks(engine),
  });
}
