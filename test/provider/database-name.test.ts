/**
 * The throwaway database takes the name it is given: the container and process providers create it under
 * that name (quoted: mixed case and "-" survive), its URLs point at it, and the confined loading user
 * owns it and nothing else. A name that is not an identifier, or a server's own database, is refused in
 * one line before anything starts. Named after a dump's database, the throwaway database still refuses a
 * dump that switches to a different database afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../harness/engine/connection-url.ts';
import type { EngineDefinition } from '../../harness/engine/engine-definition.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { BadInputError } from '../../harness/errors.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import { databaseNameProblem, DEFAULT_DATABASE_NAME } from '../../harness/provider/database-name.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import type { DatabaseProvider, StartedDatabase } from '../../harness/provider/provider.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { enginesWhere, newRunId } from './provider-support.ts';

const PROVIDERS: Record<'container' | 'process', () => DatabaseProvider> = {
  container: () => new ContainerProvider(),
  process: () => new ProcessProvider(),
};

/** Mixed case and a dash: a name that only survives when every statement quotes it. */
const NAME = 'Sakila_name-1';

async function withConnection<T>(open: () => Promise<Connection>, work: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await open();
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

describe('database names, before anything starts', () => {
  it('accepts identifiers of at most 63 characters, and refuses the rest in words', () => {
    expect(databaseNameProblem('sakila', 'mariadb')).toBeUndefined();
    expect(databaseNameProblem(NAME, 'postgres')).toBeUndefined();
    expect(databaseNameProblem('a'.repeat(63), 'postgres')).toBeUndefined();
    expect(databaseNameProblem('a'.repeat(64), 'postgres')).toMatch(/1 to 63 characters/);
    expect(databaseNameProblem('', 'mariadb')).toMatch(/1 to 63 characters/);
    expect(databaseNameProblem('shop; DROP', 'mariadb')).toMatch(/letters, digits/);
    expect(databaseNameProblem('shop`x', 'mariadb')).toMatch(/letters, digits/);
    expect(databaseNameProblem('1shop', 'mariadb')).toMatch(/starting with a letter/);
    expect(databaseNameProblem('MySQL', 'mariadb')).toMatch(/server's own databases/);
    expect(databaseNameProblem('information_schema', 'mariadb')).toMatch(/server's own databases/);
    expect(databaseNameProblem('template1', 'postgres')).toMatch(/server's own databases/);
    // Only the engine's own: "mysql" is an ordinary name on PostgreSQL.
    expect(databaseNameProblem('mysql', 'postgres')).toBeUndefined();
    expect(DEFAULT_DATABASE_NAME).toBe('rehearse');
  });

  it.each(Object.keys(PROVIDERS) as Array<keyof typeof PROVIDERS>)('%s: a bad name is one line of bad input, and nothing starts', async (provider) => {
    const start = PROVIDERS[provider]().start({ engine: 'mariadb', database: 'mysql' }, { role: 'source', runId: newRunId() });
    await expect(start).rejects.toBeInstanceOf(BadInputError);
    await expect(start).rejects.toThrow(/^source\.database "mysql" is one of the server's own databases[^\n]*$/);
  });
});

const cases = enginesWhere((e) => e.containerFlavour !== undefined && e.processRecipe !== undefined).flatMap((engine) =>
  (Object.keys(PROVIDERS) as Array<keyof typeof PROVIDERS>).map((provider) => ({ engine, provider })),
);

describe.each(cases)('$provider, $engine.kind: the throwaway database under its given name', ({ engine, provider }: { engine: EngineDefinition; provider: keyof typeof PROVIDERS }) => {
  let database: StartedDatabase | undefined;
  afterAll(() => database?.stop(), 60_000);
  const current = engine.family === 'mysql' ? 'SELECT DATABASE() AS db' : 'SELECT current_database() AS db';

  it('is created under that name; the administrator and the loading user are both in it, and the loading user owns it', async () => {
    database = await PROVIDERS[provider]().start({ engine: engine.kind, database: NAME }, { role: 'source', runId: newRunId() });
    expect(parseDatabaseUrl(database.getConnectionUri()).database).toBe(NAME);
    expect(parseDatabaseUrl(database.getLoadUri()).database).toBe(NAME);
    for (const open of [() => database!.connect(), () => database!.connectForLoad()]) {
      expect(await withConnection(open, (c) => c.query(current))).toEqual([{ db: NAME }]);
    }
    await withConnection(() => database!.connectForLoad(), (c) => c.execute('CREATE TABLE owned (id INTEGER)'));
    // Nothing beyond it: a second database is refused to the loading user.
    await expect(withConnection(() => database!.connectForLoad(), (c) => c.execute('CREATE DATABASE elsewhere'))).rejects.toThrow(/denied|permission/i);
    const rows = await withConnection(() => database!.connect(), (c) => c.query('SELECT COUNT(*) AS n FROM owned'));
    expect(Number(rows[0]?.n)).toBe(0);
  }, 180_000);

  it.runIf(engine.family === 'mysql')('a dump that names this database and then switches to another is still refused, and loads nothing there', async () => {
    const dir = makeTempDir('rehearse-database-name-');
    const file = join(dir, 'two-databases.sql');
    writeFileSync(file, [
      `CREATE DATABASE \`${NAME}\`;`, `USE \`${NAME}\`;`, 'CREATE TABLE first_part (id INT);',
      'CREATE DATABASE other_db;', 'USE other_db;', 'CREATE TABLE second_part (id INT);', '-- Dump completed on 2026-01-01  0:00:00', '',
    ].join('\n'));
    const load = withConnection(() => database!.connectForLoad(), async (c) => loadSnapshot(await openSnapshot(file), c));
    await expect(load).rejects.toThrow(/names database other_db after Sakila_name-1/);
    const tables = await withConnection(() => database!.connect(), (c) => c.query("SELECT table_name AS t FROM information_schema.tables WHERE table_name = 'second_part'"));
    expect(tables).toEqual([]);
  }, 60_000);
});
