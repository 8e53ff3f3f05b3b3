/**
 * A dump that names its own database loads: a MariaDB dump with `CREATE DATABASE sakila; USE sakila;` and
 * a view selecting from `sakila.film` gives GO on the container and process providers, its throwaway
 * database being created as `sakila` (read from the dump before anything starts). The scenario's
 * `source.database` wins over the dump's name (then the qualified view fails, and the error says why).
 * On a shared server (--provider server) the database keeps its unique name: the qualified view fails for
 * lack of a right on the server's real `sakila`, which is left untouched, and a dump without qualified
 * references still loads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, rowCounts } from '../../harness/index.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import type { DatabaseProvider, StartedDatabase } from '../../harness/provider/provider.ts';
import { ServerProvider } from '../../harness/provider/server/server-provider.ts';
import { runRehearsal } from '../../harness/run/rehearsal.ts';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { defineScenario, type SideConfig } from '../../harness/scenario/define-scenario.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { newRunId } from '../provider/provider-support.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const FILM_ROWS = "INSERT INTO film VALUES (1,'ACADEMY DINOSAUR'),(2,'ACE GOLDFINGER'),(3,'ADAPTATION HOLES');";

/** What mysqldump --databases sakila writes, cut down: the database statements, a table, and a view
 * qualified with the database's name, as Sakila's are. */
function sakilaDump(qualifiedView: boolean): string {
  return [
    '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB',
    '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
    '/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;',
    '--',
    '-- Current Database: `sakila`',
    '--',
    'CREATE DATABASE /*!32312 IF NOT EXISTS*/ `sakila` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;',
    'USE `sakila`;',
    'CREATE TABLE `film` (`film_id` int NOT NULL, `title` varchar(128) NOT NULL, PRIMARY KEY (`film_id`));',
    FILM_ROWS,
    `CREATE VIEW \`film_list\` AS SELECT f.film_id, f.title FROM ${qualifiedView ? '`sakila`.`film`' : '`film`'} f;`,
    '/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;',
    '-- Dump completed on 2026-01-01 10:00:00',
    '',
  ].join('\n');
}

/** The target as the migration would leave it: the same rows behind the same view. */
const TARGET_SETUP = ['CREATE TABLE film (film_id int NOT NULL PRIMARY KEY, title varchar(128) NOT NULL);', FILM_ROWS, 'CREATE VIEW film_list AS SELECT film_id, title FROM film;', ''].join('\n');

async function rehearse(provider: DatabaseProvider, options: { qualifiedView?: boolean; source?: Partial<SideConfig>; target?: Partial<SideConfig> } = {}): Promise<RehearsalResult> {
  const dir = makeTempDir('rehearse-dump-database-');
  const dump = join(dir, 'sakila.sql');
  writeFileSync(dump, sakilaDump(options.qualifiedView ?? true));
  writeFileSync(join(dir, 'target.sql'), TARGET_SETUP);
  const scenario = defineScenario({
    name: 'sakila-named',
    source: { engine: 'mariadb', ...options.source },
    target: { engine: 'mariadb', setup: ['target.sql'], ...options.target },
    contents: false,
    steps: [],
    checks: [rowCounts(), query('SELECT film_id, title FROM film_list ORDER BY film_id')],
  });
  return runRehearsal({
    loaded: { scenario, file: join(dir, 'scenario.ts'), dir, sha256: '0' },
    snapshot: await openSnapshot(dump),
    provider,
    outDir: dir,
  });
}

function detail(result: RehearsalResult, phase: string): string {
  return result.phases.find((p) => p.name === phase)?.detail ?? '';
}

function expectGoInSakila(result: RehearsalResult): void {
  expect(result.error, JSON.stringify(result.phases)).toBeUndefined();
  expect(result.verdict).toBe('GO');
  expect(detail(result, 'verify snapshot')).toMatch(/the dump expects database sakila \(sakila\.sql byte \d+\)/);
  expect(detail(result, 'start databases')).toMatch(/^source [^,]+ \(database sakila\), target [^,]+ \(database rehearse\)$/);
  expect(result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
}

describe('a dump that names its database', () => {
  it('container: loads into a database named as the dump expects, and gives GO', async () => {
    expectGoInSakila(await rehearse(new ContainerProvider()));
  }, 300_000);

  it('process: loads into a database named as the dump expects, and gives GO', async () => {
    expectGoInSakila(await rehearse(new ProcessProvider()));
  }, 300_000);

  it("the scenario's own names win: the source is created as shop (the qualified view then fails, saying why), the target as inventory", async () => {
    const result = await rehearse(new ContainerProvider(), { source: { database: 'shop' }, target: { database: 'inventory' } });
    expect(detail(result, 'verify snapshot')).toMatch(/the dump expects database sakila .*the scenario's source\.database shop is used instead/);
    expect(detail(result, 'start databases')).toMatch(/^source [^,]+ \(database shop\), target [^,]+ \(database inventory\)$/);
    expect(result.verdict).toBe('ERROR');
    expect(result.error?.phase).toBe('load snapshot');
    expect(result.error?.message).toMatch(/(doesn't exist|denied).*`sakila`.`film`.*the dump expects database sakila but the throwaway database is shop/is);
  }, 300_000);
});

describe('on a shared server the database keeps its unique name', () => {
  let server: StartedDatabase;

  beforeAll(async () => {
    server = await new ContainerProvider().start({ engine: 'mariadb' }, { role: 'source', runId: newRunId() });
    // The shared server's own `sakila`, which a rehearsal must neither read nor write.
    const admin = await server.connect();
    try {
      await admin.execute('CREATE DATABASE sakila');
      await admin.execute('CREATE TABLE sakila.film (film_id int NOT NULL PRIMARY KEY, title varchar(128) NOT NULL)');
      await admin.execute("INSERT INTO sakila.film VALUES (99, 'PRODUCTION ONLY')");
    } finally {
      await admin.close();
    }
  }, 180_000);
  afterAll(() => server?.stop(), 60_000);

  it("a view qualified with the dump's name fails for lack of a right there (ERROR, saying why), and the server's sakila is untouched", async () => {
    const result = await rehearse(new ServerProvider({ urls: [server.getConnectionUri()] }));
    expect(detail(result, 'verify snapshot')).toMatch(/the dump expects database sakila/);
    expect(detail(result, 'start databases')).toMatch(/^source [^,]+ \(database rehearse_\w+_source\), target [^,]+ \(database rehearse_\w+_target\)$/);
    expect(result.verdict).toBe('ERROR');
    expect(result.error?.phase).toBe('load snapshot');
    expect(result.error?.message).toMatch(/denied.*the dump expects database sakila but the throwaway database is rehearse_\w+_source/is);
    const admin = await server.connect();
    try {
      expect(await admin.query('SELECT film_id, title FROM sakila.film')).toEqual([{ film_id: 99, title: 'PRODUCTION ONLY' }]);
      expect(await admin.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'sakila' AND table_name <> 'film'")).toEqual([]);
    } finally {
      await admin.close();
    }
  }, 300_000);

  it('a dump that names its database without qualifying anything with it loads under the unique name and gives GO', async () => {
    const result = await rehearse(new ServerProvider({ urls: [server.getConnectionUri()] }), { qualifiedView: false });
    expect(result.error, JSON.stringify(result.phases)).toBeUndefined();
    expect(result.verdict).toBe('GO');
    expect(detail(result, 'start databases')).toMatch(/\(database rehearse_\w+_source\)/);
  }, 300_000);
});
