/**
 * Fresh, empty source and target databases of one engine for each test, for checks whose tests build
 * different tables each time. A server engine is started once per `describe` (through the providers) and
 * each pair is two new databases created in it by name, dropped after the test; a file engine gets two
 * new files from its provider. Which applies is read from the engine's capabilities, as the harness does.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { parseDatabaseUrl } from '../../harness/engine/connection-url.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { getEngine } from '../../harness/engine/engine-registry.ts';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { startTestDatabase, startTestDatabasePair, type TestDatabase, type TestDatabaseOptions, type TestEngine } from '../support/test-databases.ts';

export interface FreshPair {
  readonly source: Connection;
  readonly target: Connection;
  /** The source database's URL (e.g. to attach an SQLite file to the target). */
  readonly sourceUrl: string;
}

export interface FreshPairs {
  /** Two new databases with `sourceSql` / `targetSql` run as scripts; closed and removed after the test. */
  pair(sourceSql: string, targetSql: string): Promise<FreshPair>;
}

/** Registers the hooks that give each test of the enclosing `describe` its own databases of `engine`. */
export function useFreshPairs(engine: TestEngine, options: Pick<TestDatabaseOptions, 'serverOptions'> = {}): FreshPairs {
  const needsServer = getEngine(engine).capabilities.needsServer;
  let server: TestDatabase | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  let created = 0;

  beforeAll(async () => {
    if (needsServer) server = await startTestDatabase(engine, options);
  }, 180_000);
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function serverDatabase(): Promise<{ url: string; connection: Connection }> {
    const name = `fresh_${++created}`;
    const admin = await server!.connect();
    const q = (id: string) => admin.dialect.quoteIdentifier(id);
    try {
      await admin.execute(`CREATE DATABASE ${q(name)}`);
    } finally {
      await admin.close();
    }
    cleanups.push(async () => {
      const dropper = await server!.connect();
      try {
        await dropper.execute(`DROP DATABASE ${q(name)}`);
      } finally {
        await dropper.close();
      }
    });
    const url = new URL(server!.url);
    url.pathname = `/${name}`;
    const connection = await openConnection(url.toString());
    cleanups.push(() => connection.close());
    return { url: url.toString(), connection };
  }

  async function fileDatabases(): Promise<Array<{ url: string; connection: Connection }>> {
    const files = await startTestDatabasePair(engine);
    cleanups.push(() => files.stop());
    return Promise.all(
      [files.source, files.target].map(async (database) => {
        const connection = await database.connect();
        cleanups.push(() => connection.close());
        return { url: database.url, connection };
      }),
    );
  }

  return {
    async pair(sourceSql, targetSql) {
      const [source, target] = needsServer ? [await serverDatabase(), await serverDatabase()] : await fileDatabases();
      if (sourceSql) await source!.connection.runScript(sourceSql);
      if (targetSql) await target!.connection.runScript(targetSql);
      return { source: source!.connection, target: target!.connection, sourceUrl: source!.url };
    },
  };
}

/** The file of a file engine's database URL (SQLite), for ATTACH. */
export function databaseFile(url: string): string {
  const { file } = parseDatabaseUrl(url);
  if (!file) throw new Error(`${url} names no file`);
  return file;
}
