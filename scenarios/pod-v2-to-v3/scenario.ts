/**
 * Esup-Pod v2 → v3 on MariaDB, as seed 001 (procedure 2, Montpellier, February 2023) did it: a fresh v3
 * (`make createDB`, data emptied except django_migrations), the v2 data exported without
 * django_migrations and live_broadcaster, loaded with INSERT IGNORE and foreign-key checks off, the
 * encoding tables under their v3 names with the threshold defaulted to 0 (procedure 1's advice), channels
 * and disciplines moved from site 0 to site 1, MEDIA_ROOT kept. Research: /work/shared/research/esup-pod.md §7.
 *
 * The snapshot is a generated Pod v2: `rehearse generate pod --version v2 --engine mariadb --out v2.tar`,
 * then `rehearse run pod-v2-to-v3 --snapshot v2.tar`.
 */
import { defineScenario, sql, task } from 'rehearse';
import { POD_MARIADB_OPTIONS } from '../esup-pod/server-options.ts';
import { carryMediaUnchanged } from './carry-media.ts';
import { podV2ToV3Checks } from './pod-v2-v3-checks.ts';
import { RENDITION_TABLE, SITE_DEFAULTED_TABLES, THRESHOLD_COLUMN } from './pod-v2-v3-tables.ts';
import { exportPodV2 } from './v2-export.ts';
import { importIntoV3 } from './v3-import.ts';

export default defineScenario({
  name: 'pod-v2-to-v3',
  description: 'Esup-Pod v2 -> v3 on MariaDB 10.11: v2 data loaded into a fresh v3 with INSERT IGNORE (seed 001)',
  source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: POD_MARIADB_OPTIONS },
  target: {
    engine: 'mariadb',
    image: 'mariadb:10.11',
    serverOptions: POD_MARIADB_OPTIONS,
    setup: ['../esup-pod/schema/v3/mariadb.sql', 'v3-createdb.sql'],
  },
  steps: [
    task({ id: 'dump', description: 'export the v2 data (no django_migrations, no live_broadcaster) to WORKDIR/pod_v2.sql', run: exportPodV2 }),
    sql({ id: 'default-threshold', on: 'target', text: `ALTER TABLE \`${RENDITION_TABLE}\` ALTER COLUMN \`${THRESHOLD_COLUMN}\` SET DEFAULT 0` }),
    task({ id: 'load', description: 'load pod_v2.sql into v3 with INSERT IGNORE, encoding tables under their v3 names', run: importIntoV3 }),
    sql({ id: 'fix-site-zero', on: 'target', text: SITE_DEFAULTED_TABLES.map((t) => `UPDATE \`${t}\` SET site_id = 1 WHERE site_id = 0`).join(';\n') }),
    task({ id: 'media', description: 'MEDIA_ROOT unchanged: target catalogue = source media manifest', run: carryMediaUnchanged }),
  ],
  checks: podV2ToV3Checks(),
});
