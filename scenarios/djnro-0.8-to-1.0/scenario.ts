/**
 * DjNRO 0.8 -> 1.0 as GRNET did it (seed 003): the 0.8 data dumped with Django's dumpdata (natural keys,
 * without contenttypes and auth.Permission), the fixture reordered so that parents come before the rows
 * that point at them, the 0.8 schema created on an InnoDB host by migrate, loaddata, then the upgrade to
 * 1.0 by the remaining migrations. Every command is Django's own, run in the images/djnro image
 * (Debian's python3-django 3.2) on the stand-in project scenarios/djnro/app.
 *
 *   rehearse generate djnro --institutions 200 --seed 1 --out djnro-0.8.tar
 *   rehearse run djnro-0.8-to-1.0 --snapshot djnro-0.8.tar
 */
import { fileURLToPath } from 'node:url';
import { defineScenario, exec, type Scenario } from 'rehearse';
import { djnroChecks } from '../djnro/checks/djnro-checks.ts';

/** The application image; `images/build-images.sh` builds it from Debian packages. */
export const DJNRO_IMAGE = 'localhost/rehearse/djnro:bookworm';

/** The document's reorder list: parents before children, for a loader that checks each row at once. */
export const FIXTURE_ORDER = [
  'edumanage.name_i18n', 'edumanage.url_i18n', 'edumanage.contact', 'edumanage.realm', 'edumanage.realmdata',
  'edumanage.institution', 'edumanage.institutiondetails', 'edumanage.institutioncontactpool', 'edumanage.serviceloc',
  'edumanage.instserver', 'edumanage.instrealm', 'edumanage.instrealmmon', 'edumanage.monlocalauthnparam', 'edumanage.monproxybackclient',
] as const;

const MANAGE = '/work/djnro-app/manage.py';
const onSource = { DJNRO_DATABASE: 'SOURCE_URL', DJNRO_VERSION: '0.8' };
const onTarget08 = { DJNRO_DATABASE: 'TARGET_URL', DJNRO_VERSION: '0.8' };
const onTarget10 = { DJNRO_DATABASE: 'TARGET_URL', DJNRO_VERSION: '1.0' };
const UTF8 = { 'character-set-server': 'utf8', 'collation-server': 'utf8_unicode_ci' };
// Absolute, so that variants of this scenario defined in other folders find the project and the setup.
const APP_DIR = fileURLToPath(new URL('../djnro/app', import.meta.url));
const TARGET_SETUP = fileURLToPath(new URL('target-database.sql', import.meta.url));

export interface DjnroScenarioOptions {
  /** The target server's default-storage-engine, which decides the engine of every table Django creates.
   * @default 'InnoDB' (what the move was for) */
  readonly targetStorageEngine?: string;
}

/** The scenario, with the target server's default engine as a parameter (its default is the document's). */
export function djnroScenario(options: DjnroScenarioOptions = {}): Scenario {
  return defineScenario({
    name: 'djnro-0.8-to-1.0',
    description: 'DjNRO 0.8 -> 1.0: MyISAM to InnoDB through Django dumpdata / reorder_fixtures / loaddata (seed 003)',
    source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'default-storage-engine': 'MyISAM', ...UTF8 } },
    target: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'default-storage-engine': options.targetStorageEngine ?? 'InnoDB', ...UTF8 }, setup: [TARGET_SETUP] },
    steps: [
      // The project is mounted through the working directory: steps in a container see only /work and this folder.
      exec({ id: 'stage-app', description: 'copy the DjNRO stand-in project into WORKDIR', command: 'sh', args: ['-c', `rm -rf "$WORKDIR/djnro-app" && cp -R ${JSON.stringify(APP_DIR)} "$WORKDIR/djnro-app"`] }),
      exec({
        id: 'dumpdata',
        description: 'dumpdata --natural-foreign --exclude=contenttypes --exclude=auth.Permission on the 0.8 host',
        image: DJNRO_IMAGE,
        env: onSource,
        command: 'python3',
        args: [MANAGE, 'dumpdata', '--indent=4', '--natural-foreign', '--exclude=contenttypes', '--exclude=auth.Permission', '--output=/work/eduroam_production.json'],
      }),
      exec({
        id: 'reorder-fixtures',
        description: 'reorder_fixtures in the document\'s order',
        image: DJNRO_IMAGE,
        env: onTarget08,
        command: 'sh',
        args: ['-c', `python3 ${MANAGE} reorder_fixtures /work/eduroam_production.json ${FIXTURE_ORDER.join(' ')} > /work/eduroam_production.ordered.json`],
      }),
      exec({
        id: 'migrate-0.8',
        description: 'the 0.8 schema on the new host (syncdb + migrate): auth, contenttypes, edumanage up to 0.8, accounts',
        image: DJNRO_IMAGE,
        env: onTarget08,
        command: 'sh',
        args: ['-c', `python3 ${MANAGE} migrate auth --no-input && python3 ${MANAGE} migrate accounts --no-input`],
      }),
      exec({ id: 'loaddata', description: 'loaddata of the reordered fixture', image: DJNRO_IMAGE, env: onTarget08, command: 'python3', args: [MANAGE, 'loaddata', '/work/eduroam_production.ordered.json'] }),
      exec({ id: 'migrate-1.0', description: 'upgrade to 1.0: the remaining migrations', image: DJNRO_IMAGE, env: onTarget10, command: 'python3', args: [MANAGE, 'migrate', '--no-input'] }),
    ],
    checks: djnroChecks(),
  });
}

export default djnroScenario();
