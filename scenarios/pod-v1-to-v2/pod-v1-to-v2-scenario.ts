/**
 * Esup-Pod v1 (1.8.1) → v2 on MariaDB, the way seed 000 (Université de Montpellier, "Reprise de
 * l'existant, entre la version 1.x et 2.x") does it, step by step: the v1 shell script exports 14 JSON
 * files; on a freshly created v2 database the minimal configuration is applied, then `import_data` runs
 * for each type in the documented order; finally every video's source file is downloaded. Re-encoding is
 * not rehearsed (encodings are dropped on purpose). See each step's module for what it reproduces.
 *
 * The v2 settings are those the generator assumes: USE_PODFILE = True, LANGUAGES fr + en, and the
 * generator's fake SECRET_KEY (owner hashkeys, media paths).
 */
import { defineScenario, sql, task, type Scenario, type Step } from 'rehearse';
import { POD_MARIADB_OPTIONS } from '../esup-pod/server-options.ts';
import { GENERATOR_SECRET_KEY } from '../esup-pod/generator/pod-world.ts';
import { v1ToV2Checks } from './checks/v1-v2-checks.ts';
import { exportV1Step, type ExportOptions } from './export/export-v1-step.ts';
import { importFiles } from './import/file-import.ts';
import { IMPORT_TYPES, type SerializedType } from './import/import-types.ts';
import { importSerialized } from './import/serialized-import.ts';
import { importTags } from './import/tags-import.ts';
import { importUserProfiles, importUsers } from './import/user-import.ts';
import { downloadVideoSourceFiles } from './import/video-download.ts';

export interface PodV1ToV2Options extends ExportOptions {
  readonly name: string;
  readonly description: string;
  /** Path from the scenario file's folder to scenarios/pod-v1-to-v2/ ('.' or '..'). */
  readonly home: string;
}

const serialized = (type: SerializedType): Step =>
  task({ id: `import-${type.toLowerCase()}`, description: `python manage.py import_data ${type}`, run: (c) => importSerialized(c, IMPORT_TYPES[type]) });

/** The 14 imports of seed 000, "Import effectif des données", in its order. */
function importSteps(secretKey: string): Step[] {
  return [
    task({ id: 'import-user', description: 'python manage.py import_data User (+ Owner post_save)', run: (c) => importUsers(c, secretKey) }),
    serialized('Channel'),
    serialized('Theme'),
    serialized('Type'),
    serialized('Discipline'),
    serialized('FlatPage'),
    task({ id: 'import-userprofile', description: 'python manage.py import_data UserProfile', run: importUserProfiles }),
    serialized('Pod'),
    task({ id: 'import-tags', description: 'python manage.py import_data tags (STRICT mode off, as the seed does)', run: importTags }),
    serialized('Chapter'),
    serialized('Contributor'),
    ...(['docpods', 'trackpods', 'enrichpods'] as const).map((kind) =>
      task({ id: `import-${kind}`, description: `python manage.py import_data ${kind}`, run: (c) => importFiles(c, kind) }),
    ),
  ];
}

export function podV1ToV2Scenario(options: PodV1ToV2Options): Scenario {
  const secretKey = GENERATOR_SECRET_KEY;
  return defineScenario({
    name: options.name,
    description: options.description,
    source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: POD_MARIADB_OPTIONS },
    target: {
      engine: 'mariadb',
      image: 'mariadb:10.11',
      serverOptions: POD_MARIADB_OPTIONS,
      setup: [`${options.home}/../esup-pod/schema/v2/mariadb.sql`, `${options.home}/sql/v2-initial-data.sql`],
    },
    steps: [
      exportV1Step({ userWrites: options.userWrites }),
      sql({ id: 'configure-v2', on: 'target', file: `${options.home}/sql/v2-minimal-configuration.sql` }),
      ...importSteps(secretKey),
      task({ id: 'download-videos', description: "download_video_source_file for every video (seed: 'Téléchargement des vidéos')", run: downloadVideoSourceFiles }),
    ],
    checks: v1ToV2Checks(secretKey),
  });
}
